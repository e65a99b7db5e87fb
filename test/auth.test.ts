import { describe, expect, it } from "vitest";
import { useTestServer } from "./helpers/server.js";
import { nodeExists } from "./helpers/graph.js";
import { createApiKey, revokeApiKey } from "../src/modules/auth/api-key.service.js";

const api = useTestServer();

const CREATE_PLACE = `mutation { createPlace(input: { name: "Brussels", slug: "brussels" }) { place { id } errors { code } } }`;

async function attempt(authorization?: string, query = CREATE_PLACE) {
  const response = await api.post(query, undefined, authorization);
  return { status: response.status, header: response.headers.get("www-authenticate"), body: (await response.json()) as any };
}

describe("API keys", () => {
  it("lets anyone read", async () => {
    const { status, body } = await attempt(undefined, `{ actors(first: 1) { totalCount } }`);
    expect(status).toBe(200);
    expect(body.data.actors.totalCount).toBeGreaterThan(0);
  });

  it("refuses a write without a key as UNAUTHENTICATED, with HTTP 401", async () => {
    const { status, header, body } = await attempt();
    expect(status).toBe(401);
    expect(header).toContain("Bearer");
    expect(body.errors[0]).toMatchObject({ message: expect.stringContaining("Authorization: Bearer"), extensions: { code: "UNAUTHENTICATED" } });
    expect(body.data).toBeNull();
  });

  it("refuses a malformed header, an unknown key and a revoked key", async () => {
    expect((await attempt("Basic dXNlcjpwYXNz")).body.errors[0].extensions.code).toBe("UNAUTHENTICATED");
    const unknown = await attempt("Bearer dsk_00000000_notakey");
    expect(unknown.status).toBe(401);
    expect(unknown.body.errors[0].message).toBe("The API key is unknown or revoked");
    const { key, apiKey } = await createApiKey(api.server.database.prisma, "Soon revoked", "EDITOR");
    await revokeApiKey(api.server.database.prisma, apiKey.prefix);
    expect((await attempt(`Bearer ${key}`)).body.errors[0].extensions.code).toBe("UNAUTHENTICATED");
  });

  it("lets an editor write but not delete (FORBIDDEN, HTTP 403); an admin may", async () => {
    const created = await attempt(`Bearer ${api.keys.editor}`);
    expect(created.status).toBe(200);
    const id = created.body.data.createPlace.place.id;
    const DELETE = `mutation { deletePlace(id: "${id}") { deletedId errors { code } } }`;
    const forbidden = await attempt(`Bearer ${api.keys.editor}`, DELETE);
    expect(forbidden.status).toBe(403);
    expect(forbidden.body.errors[0]).toMatchObject({ message: expect.stringContaining("ADMIN"), extensions: { code: "FORBIDDEN" } });
    expect(await nodeExists(api, id)).toBe(true);
    const deleted = await attempt(`Bearer ${api.keys.admin}`, DELETE);
    expect(deleted.body.data.deletePlace).toEqual({ deletedId: id, errors: [] });
    expect(await nodeExists(api, id)).toBe(false);
  });
});

describe("audit fields", () => {
  it("are null on facts from outside the API and name the key on facts written through it", async () => {
    const { data } = await api.query(`{ quotes(first: 1) { edges { node { createdAt updatedAt createdBy { name } updatedBy { name } } } } }`);
    expect(data.quotes.edges[0].node).toMatchObject({ createdBy: null, updatedBy: null, createdAt: expect.any(String) });
    const { body } = await attempt(`Bearer ${api.keys.editor}`, `mutation { createPlace(input: { name: "Kyiv", slug: "kyiv" }) {
      place { createdAt updatedAt createdBy { id name role } updatedBy { name } } } }`);
    const place = body.data.createPlace.place;
    expect(place).toMatchObject({ createdBy: { name: "Test editor", role: "EDITOR" }, updatedBy: { name: "Test editor" } });
    expect(Date.parse(place.createdAt)).toBeGreaterThan(Date.now() - 60_000);
  });
});
