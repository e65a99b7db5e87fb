import { randomBytes } from "node:crypto";
import type { ChildProcess } from "node:child_process";
import { afterAll, beforeAll } from "vitest";
import { createTestDatabase, type TestDatabase } from "./database.js";
import { runScript, stop, waitForOutput } from "./process.js";

export interface Cluster {
  /** The environment every instance runs with: one PostgreSQL database, one Redis, a channel and key prefix of this file's own. */
  env: NodeJS.ProcessEnv;
  redisUrl: string;
  redisPrefix: string;
  /** Starts one more `npm start` instance; resolves with its GraphQL URL. */
  start(): Promise<string>;
}

/**
 * Several server processes sharing a PostgreSQL database and Redis, as behind a load balancer.
 * Two processes cannot share an embedded database: this always uses a PostgreSQL server
 * (TEST_DATABASE_URL, or the machine's).
 */
export function useCluster(extraEnv: NodeJS.ProcessEnv = {}): Cluster {
  const serverUrl = process.env.TEST_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/postgres";
  const redisUrl = process.env.TEST_REDIS_URL ?? "redis://127.0.0.1:6379";
  // A prefix of this run's own, so parallel runs on one Redis do not hear or count each other.
  const redisPrefix = `dossier-test-${randomBytes(6).toString("hex")}:`;
  const servers: ChildProcess[] = [];
  let database: TestDatabase;
  const cluster: Cluster = {
    env: {},
    redisUrl,
    redisPrefix,
    start: async () => {
      const child = runScript("src/index.ts", [], cluster.env);
      servers.push(child);
      return (await waitForOutput(child, /serving GraphQL at (\S+)/))[1];
    },
  };
  beforeAll(async () => {
    database = await createTestDatabase({ contents: serverUrl === process.env.TEST_DATABASE_URL ? "migrated" : "empty", serverUrl });
    Object.assign(cluster.env, { HOST: "127.0.0.1", PORT: "0", SEED: "false", DATABASE_URL: database.settings.databaseUrl, REDIS_URL: redisUrl, REDIS_PREFIX: redisPrefix, ...extraEnv });
  });
  afterAll(async () => {
    await Promise.all(servers.map(stop));
    await database?.drop();
  });
  return cluster;
}
