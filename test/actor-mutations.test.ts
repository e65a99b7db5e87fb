import { describe, expect, it } from "vitest";
import { useTestServer } from "./helpers/server.js";
import { actorId, mutate } from "./helpers/graph.js";

const api = useTestServer();

const FIELDS = `id name slug aliases wikidataId country { name } createdBy { name role } updatedBy { name }`;
const CREATE = `mutation($input: ActorInput!) { createActor(input: $input) { actor { ${FIELDS} } errors { field message code } } }`;
const UPDATE = `mutation($id: ID!, $input: ActorInput!) { updateActor(id: $id, input: $input) { actor { ${FIELDS} } errors { field message code } } }`;
const MERGE = `mutation($input: MergeActorsInput!) { mergeActors(input: $input) { actor { ${FIELDS} quotes { totalCount } meetings { totalCount } } errors { field message code } } }`;

describe("createActor", () => {
  it("records an actor and who recorded it", async () => {
    const payload = await mutate(api, CREATE, { input: { kind: "PERSON", name: "Antonio Costa", slug: "antonio-costa", aliases: ["Costa"], country: await actorId(api, "France") } });
    expect(payload.errors).toEqual([]);
    expect(payload.actor).toMatchObject({ name: "Antonio Costa", aliases: ["Costa"], country: { name: "France" }, createdBy: { name: "Test editor", role: "EDITOR" } });
  });

  it("refuses a blank name and a 100,000-character description, naming the fields", async () => {
    const payload = await mutate(api, CREATE, { input: { kind: "PERSON", name: "  ", slug: "x", description: "a".repeat(100_000) } });
    expect(payload.actor).toBeNull();
    expect(payload.errors).toEqual([
      { field: ["input", "name"], message: "name must not be blank", code: "BLANK" },
      { field: ["input", "description"], message: "description must be at most 10,000 characters", code: "TOO_LONG" },
    ]);
  });

  it("refuses a taken slug, a malformed slug and an unknown country", async () => {
    const taken = await mutate(api, CREATE, { input: { kind: "PERSON", name: "Another Macron", slug: "emmanuel-macron" } });
    expect(taken.errors).toEqual([{ field: ["input", "slug"], message: "slug is already taken", code: "DUPLICATE" }]);
    const malformed = await mutate(api, CREATE, { input: { kind: "PERSON", name: "X", slug: "Not A Slug" } });
    expect(malformed.errors).toMatchObject([{ field: ["input", "slug"], code: "INVALID" }]);
    const unknown = Buffer.from("Actor:00000000-0000-7000-8000-000000000000").toString("base64url");
    const missing = await mutate(api, CREATE, { input: { kind: "PERSON", name: "X", slug: "x", country: unknown } });
    expect(missing.errors).toEqual([{ field: ["input", "country"], message: `country names no Actor: "${unknown}"`, code: "NOT_FOUND" }]);
    const wrongType = await mutate(api, CREATE, { input: { kind: "PERSON", name: "X", slug: "x", country: "bm90LWFuLWlk" } });
    expect(wrongType.errors).toMatchObject([{ field: ["input", "country"], code: "INVALID" }]);
  });
});

describe("updateActor", () => {
  it("replaces the fields and records who changed them", async () => {
    const created = await mutate(api, CREATE, { input: { kind: "PERSON", name: "Kaja Kallas", slug: "kaja-kallas" } });
    const updated = await mutate(api, UPDATE, { id: created.actor.id, input: { kind: "PERSON", name: "Kaja Kallas", slug: "kaja-kallas", wikidataId: "Q3186200" } }, api.keys.admin);
    expect(updated.actor).toMatchObject({ wikidataId: "Q3186200", createdBy: { name: "Test editor" }, updatedBy: { name: "Test admin" } });
  });

  it("refuses a malformed Wikidata id", async () => {
    const id = await actorId(api, "Keir Starmer");
    const payload = await mutate(api, UPDATE, { id, input: { kind: "PERSON", name: "Keir Starmer", slug: "keir-starmer", wikidataId: "starmer" } });
    expect(payload.errors).toEqual([{ field: ["input", "wikidataId"], message: expect.stringContaining("wikidataId must be a Wikidata item id"), code: "INVALID" }]);
  });

  it("refuses the id of another type", async () => {
    const quoteId = Buffer.from("Quote:00000000-0000-7000-8000-000000000000").toString("base64url");
    const wrong = await mutate(api, UPDATE, { id: quoteId, input: { kind: "PERSON", name: "K", slug: "k" } });
    expect(wrong).toMatchObject({ actor: null, errors: [{ field: ["id"], code: "INVALID" }] });
  });

  it("refuses the id of an actor that does not exist, creating nothing", async () => {
    const unknown = Buffer.from("Actor:00000000-0000-7000-8000-000000000000").toString("base64url");
    const missing = await mutate(api, UPDATE, { id: unknown, input: { kind: "PERSON", name: "Nobody", slug: "nobody" } });
    expect(missing).toMatchObject({ actor: null, errors: [{ field: ["id"], code: "NOT_FOUND" }] });
    expect((await api.query(`{ actors(filter: { namePrefix: "Nobody" }) { totalCount } }`)).data.actors.totalCount).toBe(0);
  });
});

describe("mergeActors", () => {
  it("moves every reference to the kept actor, keeps the names as aliases and deletes the other", async () => {
    const macron = await actorId(api, "Emmanuel Macron");
    const before = (await api.query(`{ node(id: "${macron}") { ... on Actor { quotes { totalCount } meetings { totalCount } } } }`)).data.node;
    const duplicate = await mutate(api, CREATE, { input: { kind: "PERSON", name: "President Macron", slug: "president-macron", aliases: ["Manu"] } });
    const paris = (await api.query(`{ meetings(first: 50) { edges { node { id status place { name } } } } }`)).data.meetings.edges
      .map((edge: any) => edge.node).find((meeting: any) => meeting.place?.name === "Paris" && meeting.status === "HELD");
    // The duplicate attends the Paris meeting Macron chairs (a collision) and says something (a move).
    await mutate(api, `mutation($input: AttendanceInput!) { createAttendance(input: $input) { errors { code } } }`, { input: { meeting: paris.id, actor: duplicate.actor.id, role: "PARTICIPANT" } });
    await mutate(api, `mutation($input: QuoteInput!) { createQuote(input: $input) { errors { code } } }`, { input: { kind: "DIRECT", text: "Bonjour.", speaker: duplicate.actor.id } });

    const merged = await mutate(api, MERGE, { input: { keep: macron, merge: duplicate.actor.id } }, api.keys.admin);
    expect(merged.errors).toEqual([]);
    expect(merged.actor.aliases).toEqual(expect.arrayContaining(["President Macron", "president-macron", "Manu"]));
    expect(merged.actor.quotes.totalCount).toBe(before.quotes.totalCount + 1);
    expect(merged.actor.meetings.totalCount).toBe(before.meetings.totalCount);
    expect((await api.query(`{ node(id: "${duplicate.actor.id}") { id } }`)).data.node).toBeNull();
  });

  it("refuses merging an actor into itself, and editors", async () => {
    const macron = await actorId(api, "Emmanuel Macron");
    const self = await mutate(api, MERGE, { input: { keep: macron, merge: macron } }, api.keys.admin);
    expect(self.errors).toEqual([{ field: ["input", "merge"], message: "merge names the same actor as keep", code: "SAME_ACTOR" }]);
    const { errors } = await api.write(MERGE, { input: { keep: macron, merge: await actorId(api, "Keir Starmer") } });
    expect(errors?.[0].extensions?.code).toBe("FORBIDDEN");
    expect(await actorId(api, "Keir Starmer")).toBeTruthy();
  });
});

describe("deleteActor", () => {
  it("deletes an actor for an admin and reports an unknown id", async () => {
    const created = await mutate(api, CREATE, { input: { kind: "ORGANIZATION", name: "Short-lived", slug: "short-lived" } });
    const DELETE = `mutation($id: ID!) { deleteActor(id: $id) { deletedId errors { field message code } } }`;
    expect(await mutate(api, DELETE, { id: created.actor.id }, api.keys.admin)).toEqual({ deletedId: created.actor.id, errors: [] });
    const again = await mutate(api, DELETE, { id: created.actor.id }, api.keys.admin);
    expect(again).toMatchObject({ deletedId: null, errors: [{ field: ["id"], code: "NOT_FOUND" }] });
  });
});
