import { afterAll, beforeAll, expect, it } from "vitest";
import { print } from "graphql";
import { loadConfig } from "../src/config.js";
import { openDatabase } from "../src/db/database.js";
import { migrate } from "../src/db/migrate.js";
import { seed } from "../src/db/seed.js";
import { startServer, type RunningServer } from "../src/server.js";
import { createApiKey } from "../src/modules/auth/api-key.service.js";
import { createTestDatabase, type TestDatabase } from "./helpers/database.js";
import { CreateActorDocument } from "./generated/graphql.js";

// Replicas are PostgreSQL servers: this file needs one whatever the setting. A second database plays the replica,
// so that what is read from where shows: an actor only the "replica" has, and writes only the primary gets.
const serverUrl = process.env.TEST_DATABASE_URL || "postgres://postgres@127.0.0.1:5432/postgres";
let primary: TestDatabase;
let replica: TestDatabase;
let server: RunningServer;
let key: string;

async function onDatabase<T>(url: string, work: (query: <Row>(sql: string) => Promise<Row[]>) => Promise<T>): Promise<T> {
  const database = await openDatabase({ databaseUrl: url, dataDir: "" });
  try {
    return await database.withSession((session) => work((sql) => session.query(sql)));
  } finally {
    await database.close();
  }
}

beforeAll(async () => {
  [primary, replica] = await Promise.all([createTestDatabase({ contents: "empty", serverUrl }), createTestDatabase({ contents: "empty", serverUrl })]);
  const replicaUrl = replica.settings.databaseUrl!;
  const copy = await openDatabase({ databaseUrl: replicaUrl, dataDir: "" });
  try {
    await migrate(copy);
    await seed(copy.prisma);
  } finally {
    await copy.close();
  }
  await onDatabase(replicaUrl, (query) =>
    query(`INSERT INTO "Actor" (id, kind, name, slug, aliases, "updatedAt") VALUES (gen_random_uuid(), 'PERSON', 'Replica Only', 'replica-only', '{}', now())`),
  );
  server = await startServer({
    ...loadConfig({ HOST: "127.0.0.1", PORT: "0", LOG_LEVEL: "silent", DATABASE_REPLICA_URLS: replicaUrl }),
    ...primary.settings,
  });
  key = (await createApiKey(server.database.prisma, "Replica test", "EDITOR")).key;
});
afterAll(async () => {
  await server?.stop();
  await Promise.all([primary?.drop(), replica?.drop()]);
});

async function post(query: string, variables?: object, authorization?: string) {
  const response = await fetch(server.url, {
    method: "POST",
    headers: { "content-type": "application/json", ...(authorization ? { authorization } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  return (await response.json()) as { data?: any; errors?: unknown[] };
}

const actorNamed = `query ($name: String!) { actors(filter: { namePrefix: $name }) { edges { node { name } } } }`;

it("queries read from the replica", async () => {
  const { data } = await post(actorNamed, { name: "Replica Only" });
  expect(data.actors.edges).toEqual([{ node: { name: "Replica Only" } }]);
});

it("writes, and the reads of the payload they return, go to the primary", async () => {
  const created = await post(print(CreateActorDocument), { input: { kind: "PERSON", name: "Primary Only", slug: "primary-only" } }, `Bearer ${key}`);
  expect(created.errors).toBeUndefined();
  expect(created.data.createActor.actor.name).toBe("Primary Only");
  const count = (url: string) => onDatabase(url, (query) => query<{ n: number }>(`SELECT count(*)::int AS n FROM "Actor" WHERE slug = 'primary-only'`));
  expect(await count(primary.settings.databaseUrl!)).toEqual([{ n: 1 }]);
  expect(await count(replica.settings.databaseUrl!)).toEqual([{ n: 0 }]);
  // Not replicated here, so a query (on the replica) does not see it.
  expect((await post(actorNamed, { name: "Primary Only" })).data.actors.edges).toEqual([]);
});

it("/readyz checks the replicas too", async () => {
  expect(await (await fetch(new URL("/readyz", server.url))).json()).toMatchObject({ status: "ready", checks: { database: "ok" } });
});
