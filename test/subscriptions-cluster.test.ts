import { randomBytes } from "node:crypto";
import type { ChildProcess } from "node:child_process";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Redis } from "ioredis";
import type { Client } from "graphql-ws";
import { createTestDatabase, type TestDatabase } from "./helpers/database.js";
import { runScript, runToEnd, stop, waitForOutput } from "./helpers/process.js";
import { subscribe, wsClient } from "./helpers/subscription.js";

// Two processes cannot share an embedded database: this test always uses the PostgreSQL server.
const serverUrl = process.env.TEST_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/postgres";
const redisUrl = process.env.TEST_REDIS_URL ?? "redis://127.0.0.1:6379";
// A channel prefix of this run's own, so parallel runs on one Redis do not hear each other.
const redisPrefix = `dossier-test-${randomBytes(6).toString("hex")}:`;

let database: TestDatabase;
let env: NodeJS.ProcessEnv;
const servers: ChildProcess[] = [];
let client: Client | undefined;
let redis: Redis;

async function startInstance(): Promise<string> {
  const child = runScript("src/index.ts", [], env);
  servers.push(child);
  return (await waitForOutput(child, /serving GraphQL at (\S+)/))[1];
}

beforeAll(async () => {
  database = await createTestDatabase({ contents: process.env.TEST_DATABASE_URL ? "migrated" : "empty", serverUrl });
  env = { HOST: "127.0.0.1", PORT: "0", SEED: "false", DATABASE_URL: database.settings.databaseUrl, REDIS_URL: redisUrl, REDIS_PREFIX: redisPrefix };
  redis = new Redis(redisUrl);
});

afterAll(async () => {
  await client?.dispose();
  await Promise.all(servers.map(stop));
  redis?.disconnect();
  await database?.drop();
});

describe("subscriptions across instances (Redis)", () => {
  it("a subscriber on one instance receives a quote recorded through another", async () => {
    const first = await startInstance();
    const second = await startInstance();
    const created = await runToEnd("src/cli/apikey.ts", ["create", "--role", "editor", "--name", "cluster test"], env);
    expect(created.code).toBe(0);
    const key = created.stdout.match(/^dsk_\S+$/m)![0];

    client = wsClient(first);
    const quotes = subscribe(client, `subscription { quoteRecorded { text speaker { name } } }`);
    // The subscription is live once the first instance listens on its Redis channel.
    for (let attempt = 0; attempt < 100; attempt++) {
      const [, listeners] = (await redis.pubsub("NUMSUB", `${redisPrefix}quoteRecorded`)) as [string, number];
      if (listeners > 0) break;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }

    const write = async (query: string) => {
      const response = await fetch(second, { method: "POST", headers: { "content-type": "application/json", authorization: `Bearer ${key}` }, body: JSON.stringify({ query }) });
      return (await response.json()) as any;
    };
    const actor = await write(`mutation { createActor(input: { kind: PERSON, name: "Ursula von der Leyen", slug: "ursula-von-der-leyen" }) { actor { id } } }`);
    const quote = await write(`mutation { createQuote(input: { kind: DIRECT, text: "Europe is ready.", speaker: "${actor.data.createActor.actor.id}" }) { errors { code } } }`);
    expect(quote.data.createQuote.errors).toEqual([]);
    expect(await quotes.next(15_000)).toEqual({ data: { quoteRecorded: { text: "Europe is ready.", speaker: { name: "Ursula von der Leyen" } } } });
  });
});
