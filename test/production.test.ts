import { describe, expect, it } from "vitest";
import { createClient } from "graphql-ws";
import WebSocket from "ws";
import { useTestServer, type TestServer } from "./helpers/server.js";

const introspection = `{ __schema { queryType { name } } }`;

function openSandbox(api: TestServer) {
  return fetch(api.url, { headers: { accept: "text/html" } });
}

async function overWebSocket(api: TestServer, query: string) {
  const client = createClient({ url: api.url.replace(/^http/, "ws"), webSocketImpl: WebSocket, retryAttempts: 0 });
  try {
    const { value } = await client.iterate({ query }).next();
    return value;
  } finally {
    await client.dispose();
  }
}

describe("outside production", () => {
  const api = useTestServer({ SEED: "false" });

  it("serves the Apollo Sandbox landing page to a browser", async () => {
    const response = await openSandbox(api);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toContain("text/html");
    expect(await response.text()).toMatch(/embeddable-sandbox/);
  });

  it("allows introspection over HTTP and WebSocket", async () => {
    expect(await api.query(introspection)).toEqual({ data: { __schema: { queryType: { name: "Query" } } }, extensions: { cost: expect.any(Object) } });
    expect(await overWebSocket(api, introspection)).toEqual({ data: { __schema: { queryType: { name: "Query" } } } });
  });
});

describe("with NODE_ENV=production", () => {
  const api = useTestServer({ NODE_ENV: "production", SEED: "false" });

  it("serves no landing page", async () => {
    const response = await openSandbox(api);
    expect(response.status).toBe(400);
    expect(response.headers.get("content-type")).toContain("application/json");
    expect(await response.text()).not.toMatch(/sandbox/i);
  });

  it("refuses introspection over HTTP and WebSocket, but still answers __typename", async () => {
    const { data, errors } = await api.query(introspection);
    expect(data).toBeUndefined();
    expect(errors?.[0]).toMatchObject({ message: expect.stringMatching(/introspection is not allowed/), extensions: { code: "GRAPHQL_VALIDATION_FAILED" } });
    await expect(overWebSocket(api, introspection)).rejects.toContainEqual(
      expect.objectContaining({ message: 'GraphQL introspection has been disabled, but the requested query contained the field "__schema".' }),
    );
    expect(await api.query(`{ __typename }`)).toEqual({ data: { __typename: "Query" }, extensions: { cost: expect.any(Object) } });
  });

  it("sends errors without stack traces", async () => {
    const badInput = await api.query(`{ actor(id: "nope") { name } }`);
    const invalid = await api.query(`{ actor { nope } }`);
    const notJson = await fetch(api.url, { method: "POST", headers: { "content-type": "application/json" }, body: "{" }).then((r) => r.json());
    for (const body of [badInput, invalid, notJson]) {
      expect(body.errors.length).toBeGreaterThan(0);
      for (const error of body.errors) expect(error.extensions).not.toHaveProperty("stacktrace");
      expect(JSON.stringify(body)).not.toMatch(/\bat .*\.[jt]s:\d+|node_modules/);
    }
    expect(badInput.errors?.[0].extensions?.code).toBe("BAD_USER_INPUT");
  });
});

describe("with NODE_ENV=production and INTROSPECTION=true", () => {
  const api = useTestServer({ NODE_ENV: "production", INTROSPECTION: "true", SEED: "false" });

  it("allows introspection, still with no landing page", async () => {
    expect(await api.query(introspection)).toEqual({ data: { __schema: { queryType: { name: "Query" } } }, extensions: { cost: expect.any(Object) } });
    expect((await openSandbox(api)).status).toBe(400);
  });
});
