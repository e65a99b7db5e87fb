import { expect, it } from "vitest";
import { useTestServer } from "./helpers/server.js";

const api = useTestServer({ DATABASE_POOL_SIZE: "1" });

it("answers a compiled read that PostgreSQL refuses with INTERNAL_SERVER_ERROR, no SQL in it", async () => {
  const query = `{ actors(first: 2) { edges { node { name } } } }`;
  await api.server.database.withSession((session) => session.exec(`ALTER TABLE "Actor" RENAME COLUMN "name" TO "probe"`));
  try {
    const response = await api.post(query);
    const body = await response.json();
    expect(body.errors).toEqual([{ message: "Internal server error", locations: [{ line: 1, column: 3 }], path: ["actors"], extensions: { code: "INTERNAL_SERVER_ERROR" } }]);
    expect(JSON.stringify(body)).not.toMatch(/probe|does not exist|"Actor"|SELECT/);
  } finally {
    await api.server.database.withSession((session) => session.exec(`ALTER TABLE "Actor" RENAME COLUMN "probe" TO "name"`));
  }
  expect((await api.query(query)).errors).toBeUndefined();
});
