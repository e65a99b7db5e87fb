import { describe, expect, it } from "vitest";
import { useTestServer } from "./helpers/server.js";
import { actorId, mutate, nodeExists } from "./helpers/graph.js";

const api = useTestServer();

const PLACE = `mutation($input: PlaceInput!) { createPlace(input: $input) { place { id name slug latitude country { name } } errors { field message code } } }`;
const UPDATE_PLACE = `mutation($id: ID!, $input: PlaceInput!) { updatePlace(id: $id, input: $input) { place { name latitude } errors { field message code } } }`;
const ROLE = `mutation($input: RoleInput!) { createRole(input: $input) { role { id title startDate endDate holder { name } of { name } } errors { field message code } } }`;
const UPDATE_ROLE = `mutation($id: ID!, $input: RoleInput!) { updateRole(id: $id, input: $input) { role { title endDate } errors { field message code } } }`;

describe("places", () => {
  it("creates, updates and deletes a place", async () => {
    const created = await mutate(api, PLACE, { input: { name: "Elysee Palace", slug: "elysee-palace", latitude: 48.87, longitude: 2.32, country: await actorId(api, "France") } });
    expect(created).toMatchObject({ place: { name: "Elysee Palace", latitude: 48.87, country: { name: "France" } }, errors: [] });
    const updated = await mutate(api, UPDATE_PLACE, { id: created.place.id, input: { name: "Élysée Palace", slug: "elysee-palace" } });
    expect(updated).toEqual({ place: { name: "Élysée Palace", latitude: null }, errors: [] });
    const deleted = await mutate(api, `mutation($id: ID!) { deletePlace(id: $id) { deletedId } }`, { id: created.place.id }, api.keys.admin);
    expect(deleted.deletedId).toBe(created.place.id);
    expect(await nodeExists(api, created.place.id)).toBe(false);
  });

  it("refuses a latitude off the globe, a 100,000-character name and a taken slug", async () => {
    const payload = await mutate(api, PLACE, { input: { name: "x".repeat(100_000), slug: "nowhere", latitude: 91 } });
    expect(payload.errors).toEqual([
      { field: ["input", "name"], message: "name must be at most 500 characters", code: "TOO_LONG" },
      { field: ["input", "latitude"], message: "latitude must be between -90 and 90", code: "INVALID" },
    ]);
    const taken = await mutate(api, PLACE, { input: { name: "Paris again", slug: "paris" } });
    expect(taken.errors).toEqual([{ field: ["input", "slug"], message: "slug is already taken", code: "DUPLICATE" }]);
  });
});

describe("roles", () => {
  it("creates and updates a role", async () => {
    const holder = await actorId(api, "Steve Witkoff");
    const created = await mutate(api, ROLE, { input: { holder, title: "Special Envoy for Peace Missions", startDate: "2025-03-01", startPrecision: "MONTH" } });
    expect(created).toMatchObject({ role: { title: "Special Envoy for Peace Missions", startDate: "2025-03-01", holder: { name: "Steve Witkoff" } }, errors: [] });
    const updated = await mutate(api, UPDATE_ROLE, { id: created.role.id, input: { holder, title: "Former envoy", startDate: "2025-03-01", endDate: "2025-12-31" } });
    expect(updated).toEqual({ role: { title: "Former envoy", endDate: "2025-12-31" }, errors: [] });
  });

  it("refuses an end before the start, an empty title and an unknown holder", async () => {
    const holder = await actorId(api, "Steve Witkoff");
    const backwards = await mutate(api, ROLE, { input: { holder, title: "Envoy", startDate: "2025-03-01", endDate: "2025-01-01" } });
    expect(backwards.errors).toEqual([{ field: ["input", "endDate"], message: "endDate must not be before startDate", code: "END_BEFORE_START" }]);
    const empty = await mutate(api, ROLE, { input: { holder, title: "" } });
    expect(empty.errors).toEqual([{ field: ["input", "title"], message: "title must not be blank", code: "BLANK" }]);
    const nobody = Buffer.from("Actor:00000000-0000-7000-8000-000000000001").toString("base64url");
    const unknown = await mutate(api, ROLE, { input: { holder: nobody, title: "Envoy" } });
    expect(unknown.errors).toMatchObject([{ field: ["input", "holder"], code: "NOT_FOUND" }]);
  });

  it("deletes a role for an admin", async () => {
    const created = await mutate(api, ROLE, { input: { holder: await actorId(api, "Keir Starmer"), title: "Temporary" } });
    const deleted = await mutate(api, `mutation($id: ID!) { deleteRole(id: $id) { deletedId errors { code } } }`, { id: created.role.id }, api.keys.admin);
    expect(deleted).toEqual({ deletedId: created.role.id, errors: [] });
    expect(await nodeExists(api, created.role.id)).toBe(false);
  });
});
