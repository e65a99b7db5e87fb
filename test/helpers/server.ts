import { afterAll, beforeAll } from "vitest";
import { print } from "graphql";
import type { TypedDocumentNode } from "@graphql-typed-document-node/core";
import { loadConfig } from "../../src/config.js";
import { startServer, type RunningServer } from "../../src/server.js";
import { createApiKey } from "../../src/modules/auth/api-key.service.js";
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
  /** API keys created for the test file: `editor` has role EDITOR, `admin` ADMIN. */
  keys: { editor: string; admin: string };
  /** POSTs a GraphQL request to the running server, with `authorization` as the header when given. */
  post(query: string, variables?: Record<string, unknown>, authorization?: string): Promise<Response>;
  /** POSTs a GraphQL request anonymously and returns the parsed body. */
  query<Data = any>(query: string, variables?: Record<string, unknown>): Promise<GraphQLResponse<Data>>;
  /**
   * POSTs a generated document (test/operations → test/generated) and returns its typed data;
   * throws with the errors' messages when the response has any.
   */
  request<Data, Variables>(document: TypedDocumentNode<Data, Variables>, ...[variables]: VariablesArgument<Variables>): Promise<Data>;
  /** POSTs a GraphQL request with an API key (the editor's unless told) and returns the parsed body. */
  write<Data = any>(query: string, variables?: Record<string, unknown>, key?: string): Promise<GraphQLResponse<Data>>;
}

/**
 * Starts the real server on a free port over a fresh database (seeded) for the calling test
 * file, and stops it and drops the database after the file's tests.
 */
export function useTestServer(env: NodeJS.ProcessEnv = {}): TestServer {
  let database: TestDatabase;
  const handle = {} as TestServer;
  beforeAll(async () => {
    database = await createTestDatabase({ contents: env.SEED === "false" ? "migrated" : "seeded" });
    const config = loadConfig({ HOST: "127.0.0.1", PORT: "0", LOG_LEVEL: "silent", ...env });
    handle.server = await startServer({ ...config, ...database.settings });
    handle.url = handle.server.url;
    const prisma = handle.server.database.prisma;
    handle.keys = {
      editor: (await createApiKey(prisma, "Test editor", "EDITOR")).key,
      admin: (await createApiKey(prisma, "Test admin", "ADMIN")).key,
    };
    handle.post = (query, variables, authorization) =>
      fetch(handle.url, {
        method: "POST",
        headers: { "content-type": "application/json", ...(authorization ? { authorization } : {}) },
        body: JSON.stringify({ query, variables }),
      });
    handle.query = async (query, variables) => (await handle.post(query, variables)).json() as Promise<GraphQLResponse<any>>;
    handle.request = async (document, ...[variables]) => {
      const { data, errors } = await handle.query(print(document), variables as Record<string, unknown> | undefined);
      if (errors || !data) throw new Error(`GraphQL errors: ${errors?.map((error) => error.message).join("; ") ?? "no data"}`);
      return data;
    };
    handle.write = async (query, variables, key = handle.keys.editor) =>
      (await handle.post(query, variables, `Bearer ${key}`)).json() as Promise<GraphQLResponse<any>>;
  });
  afterAll(async () => {
    await handle.server?.stop();
    await database?.drop();
  });
  return handle;
}
