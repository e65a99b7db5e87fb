import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { print } from "graphql";
import type { TypedDocumentNode } from "@graphql-typed-document-node/core";
import { loadConfig } from "../src/config.js";
import { startServer, type RunningServer } from "../src/server.js";
import { createApiKey } from "../src/modules/auth/api-key.service.js";
import { createPostgresCluster, type PostgresCluster } from "./helpers/postgres-cluster.js";
import { ActorCountDocument, CreateActorDocument } from "./generated/graphql.js";

// A PostgreSQL of this file's own, so that stopping and freezing it disturbs no other test.
let cluster: PostgresCluster;
let server: RunningServer;
let key: string;
const CONNECTION_TIMEOUT_MS = 4_000;
const STATEMENT_TIMEOUT_MS = 3_000;

beforeAll(async () => {
  cluster = await createPostgresCluster();
  const config = loadConfig({
    HOST: "127.0.0.1", PORT: "0", LOG_LEVEL: "silent", DATABASE_URL: cluster.url, DATABASE_POOL_SIZE: "2",
    DATABASE_CONNECTION_TIMEOUT_MS: String(CONNECTION_TIMEOUT_MS), DATABASE_STATEMENT_TIMEOUT_MS: String(STATEMENT_TIMEOUT_MS),
  });
  server = await startServer(config);
  key = (await createApiKey(server.database.prisma, "Outage test", "EDITOR")).key;
});
afterAll(async () => {
  await cluster?.thaw();
  await server?.stop();
  await cluster?.destroy();
});

async function send<Data, Variables>(document: TypedDocumentNode<Data, Variables>, variables?: Variables) {
  const started = Date.now();
  const response = await fetch(server.url, {
    method: "POST",
    headers: { "content-type": "application/json", authorization: `Bearer ${key}` },
    body: JSON.stringify({ query: print(document), variables }),
  });
  const body = (await response.json()) as { data?: Data | null; errors?: { message: string; extensions?: { code?: string } }[] };
  return { status: response.status, retryAfter: response.headers.get("retry-after"), body, ms: Date.now() - started };
}

const readyz = async () => (await fetch(new URL("/readyz", server.url))).status;
let written = 0;
const createActor = () => send(CreateActorDocument, { input: { kind: "PERSON", name: `Outage person ${++written}`, slug: `outage-person-${written}` } });

function expectUnavailable(result: Awaited<ReturnType<typeof send>>) {
  expect(result.status).toBe(503);
  expect(result.retryAfter).toMatch(/^\d+$/);
  expect(result.body.errors?.map((error) => error.extensions?.code)).toEqual(["DATABASE_UNAVAILABLE"]);
  expect(JSON.stringify(result.body)).not.toMatch(/127\.0\.0\.1|ECONNREFUSED|postgres/i);
}

async function expectRecovered() {
  await vi.waitFor(async () => expect((await send(ActorCountDocument)).status).toBe(200), { timeout: 30_000, interval: 200 });
  const write = await createActor();
  expect(write.status).toBe(200);
  expect(write.body.data?.createActor.errors).toEqual([]);
  expect(await readyz()).toBe(200);
}

describe("a database that is down or frozen", () => {
  it("serves normally while the database is up", async () => {
    expect((await send(ActorCountDocument)).body.data?.actors.totalCount).toBeGreaterThan(0);
    expect(await readyz()).toBe(200);
  });

  it("answers 503 DATABASE_UNAVAILABLE at once when it is stopped, and recovers without a restart", async () => {
    await cluster.stop();
    const read = await send(ActorCountDocument);
    expectUnavailable(read);
    expect(read.ms).toBeLessThan(CONNECTION_TIMEOUT_MS + 5_000);
    expectUnavailable(await createActor());
    expect(await readyz()).toBe(503);
    await cluster.start();
    await expectRecovered();
  });

  it("answers 503 within the timeouts when it is frozen, and recovers when it answers again", async () => {
    await cluster.freeze();
    try {
      const [read, write] = await Promise.all([send(ActorCountDocument), createActor()]);
      expectUnavailable(read);
      expectUnavailable(write);
      for (const result of [read, write]) expect(result.ms).toBeLessThan(STATEMENT_TIMEOUT_MS + CONNECTION_TIMEOUT_MS + 5_000);
      expect(await readyz()).toBe(503);
    } finally {
      await cluster.thaw();
    }
    await expectRecovered();
  });
});

describe("a busy pool", () => {
  // Both of the pool's connections taken (as by two slow requests) for `ms`.
  const holdBothConnections = (ms: number) =>
    Promise.all([1, 2].map(() => server.database.withSession(() => new Promise((resolve) => setTimeout(resolve, ms)))));

  it("makes writes wait for a connection as long as reads, past Prisma's 2 s default", async () => {
    const held = holdBothConnections(2_500);
    const [write, read] = await Promise.all([createActor(), send(ActorCountDocument), held]);
    expect(write.status).toBe(200);
    expect(write.body.data?.createActor.errors).toEqual([]);
    expect(write.ms).toBeGreaterThan(2_000);
    expect(read.status).toBe(200);
  });

  it("answers 503 DATABASE_UNAVAILABLE to reads and writes once the connection timeout passes", async () => {
    const held = holdBothConnections(CONNECTION_TIMEOUT_MS + 1_500);
    const [write, read] = await Promise.all([createActor(), send(ActorCountDocument)]);
    await held;
    expectUnavailable(write);
    expectUnavailable(read);
  });

  it("answers 503 DATABASE_UNAVAILABLE to a read that outlasts the statement timeout (PostgreSQL cancels it)", async () => {
    // A lock held on the table makes the read wait on a live server until PostgreSQL's statement_timeout cancels it (57014).
    const locked = server.database.withSession(async (session) => {
      await session.exec(`BEGIN; LOCK TABLE "Actor" IN ACCESS EXCLUSIVE MODE`);
      await new Promise((resolve) => setTimeout(resolve, STATEMENT_TIMEOUT_MS + 1_000));
      await session.exec("ROLLBACK");
    });
    const read = await send(ActorCountDocument);
    await locked;
    expectUnavailable(read);
    expect(read.ms).toBeLessThan(STATEMENT_TIMEOUT_MS + 1_000);
  });

  it("serves many writes and reads at once on two connections", async () => {
    const results = await Promise.all([...Array.from({ length: 60 }, createActor), ...Array.from({ length: 60 }, () => send(ActorCountDocument))]);
    expect(results.map((result) => result.status)).toEqual(results.map(() => 200));
    expect(results.flatMap((result) => result.body.errors ?? [])).toEqual([]);
  });
});
