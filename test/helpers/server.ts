import { afterAll, beforeAll } from "vitest";
import { loadConfig } from "../../src/config.js";
import { startServer, type RunningServer } from "../../src/server.js";
import { createTestDatabase, type TestDatabase } from "./database.js";

export interface GraphQLResponse<Data> {
  data?: Data | null;
  errors?: { message: string; path?: (string | number)[]; extensions?: { code?: string; argumentName?: string } }[];
}

export interface TestServer {
  server: RunningServer;
  url: string;
  /** POSTs a GraphQL request to the running server and returns the parsed body. */
  query<Data = any>(query: string, variables?: Record<string, unknown>): Promise<GraphQLResponse<Data>>;
}

/**
 * Starts the real server on a free port over a fresh database (seeded) for the calling test
 * file, and stops it and drops the database after the file's tests.
 */
export function useTestServer(env: NodeJS.ProcessEnv = {}): TestServer {
  let database: TestDatabase;
  const handle = {} as TestServer;
  beforeAll(async () => {
    database = await createTestDatabase();
    const config = loadConfig({ HOST: "127.0.0.1", PORT: "0", ...env });
    handle.server = await startServer({ ...config, ...database.settings });
    handle.url = handle.server.url;
    handle.query = async (query, variables) => {
      const response = await fetch(handle.url, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ query, variables }),
      });
      return (await response.json()) as GraphQLResponse<any>;
    };
  });
  afterAll(async () => {
    await handle.server?.stop();
    await database?.drop();
  });
  return handle;
}
