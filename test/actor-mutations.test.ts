import { describe, expect, it } from "vitest";
import { useTestServer } from "./helpers/server.js";

const api = useTestServer();

const CREATE = `mutation($input: ActorInput!) { createActor(input: $input) { actor { id name slug aliases createdAt updatedAt createdBy { name role } updatedBy { name } } errors { field message code } } }`;

describe("createActor", () => {
  it("records an actor and who recorded it", async () => {
    const { data, errors } = await api.write(CREATE, { input: { kind: "PERSON", name: "Antonio Costa", slug: "antonio-costa", aliases: ["Costa"] } });
    expect(errors).toBeUndefined();
    expect(data.createActor.errors).toEqual([]);
    expect(data.createActor.actor).toMatchObject({ name: "Antonio Costa", aliases: ["Costa"], createdBy: { name: "Test editor", role: "EDITOR" }, updatedBy: { name: "Test editor" } });
  });

  it("refuses a blank name and a 100,000-character description, naming the fields", async () => {
    const { data } = await api.write(CREATE, { input: { kind: "PERSON", name: "  ", slug: "x", description: "a".repeat(100_000) } });
    expect(data.createActor.actor).toBeNull();
    expect(data.createActor.errors).toEqual([
      { field: ["input", "name"], message: "name must not be blank", code: "BLANK" },
      { field: ["input", "description"], message: "description must be at most 10,000 characters", code: "TOO_LONG" },
    ]);
  });

  it("refuses a taken slug", async () => {
    const { data } = await api.write(CREATE, { input: { kind: "PERSON", name: "Another Macron", slug: "emmanuel-macron" } });
    expect(data.createActor.errors).toEqual([{ field: ["input", "slug"], message: expect.stringContaining("slug"), code: "DUPLICATE" }]);
  });
});
