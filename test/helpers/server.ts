import { afterAll, beforeAll } from "vitest";
import { print } from "graphql";
import type { TypedDocumentNode } from "@graphql-typed-document-node/core";
import { loadConfig } from "../../src/config.js";
import { startServer, type RunningServer } from "../../src/server.js";
import { createTestDatabase, type TestDatabase } from "./database.js";

export interface GraphQLResponse<Data> {
  data?: Data | null;
  errors?: { message: string; path?: (string | number)[]; extensions?: { code?: string; argumentName?: string } }[];
}

/** The variables argument of a typed request: optional when the operation declares none. */
type VariablesArgument<Variables> = Record<string, never> extends Variables ? [variables?: Variables] : [variables: Variables];

export interface TestServer {
  server: RunningServer;
  url: string;
  /** POSTs a GraphQL request to the running server and returns the parsed body. */
  query<Data = any>(query: string, variables?: Record<string, unknown>): Promise<GraphQLResponse<Data>>;
  /**
   * POSTs a generated document (test/operations → test/generated) and returns its typed data;
   * throws with the errors' messages when the response has any.
   */
  request<Data, Variables>(document: TypedDocumentNode<Data, Variables>, ...[variables]: VariablesArgument<Variables>): Promise<Data>;
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
    handle.request = async (document, ...[variables]) => {
      const { data, errors } = await handle.query(print(document), variables as Record<string, unknown> | undefined);
      if (errors || !data) throw new Error(`GraphQL errors: ${errors?.map((error) => error.message).join("; ") ?? "no data"}`);
      return data;
    };
  });
  afterAll(async () => {
    await handle.server?.stop();
    await database?.drop();
  });
  return handle;
}
