import http from "node:http";
import { describe, expect, it } from "vitest";
import { auditServer } from "graphql-http";
import { useTestServer } from "./helpers/server.js";

const api = useTestServer();

const graphqlResponse = "application/graphql-response+json";
/** Apollo's CSRF prevention lets a GET through only with this header (or a non-simple content-type). */
const preflight = { "apollo-require-preflight": "true" };

function get(query: string, headers: Record<string, string> = preflight) {
  const url = new URL(api.url);
  url.searchParams.set("query", query);
  return fetch(url, { headers });
}

function post(body: string, headers: Record<string, string> = {}) {
  return fetch(api.url, { method: "POST", headers: { "content-type": "application/json", ...headers }, body });
}

describe("GraphQL over HTTP", () => {
  it.each([
    ["a plain fetch, as the audit sends it", fetch],
    ["Apollo's preflight header added", ((input, init = {}) => fetch(input, { ...init, headers: { ...init.headers, ...preflight } })) as typeof fetch],
  ])("passes graphql-http's audit with no failing MUST (%s)", async (_, fetchFn) => {
    const results = await auditServer({ url: api.url, fetchFn });
    const failures = results.filter((result) => result.status === "error").map((result) => `${result.id} ${result.name}`);
    expect(failures).toEqual([]);
    expect(results.filter((result) => result.name.startsWith("MUST")).length).toBeGreaterThan(10);
  });

  it("answers a query over GET", async () => {
    const response = await get("{ articles { totalCount } }");
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ data: { articles: { totalCount: 1 } }, extensions: { cost: expect.any(Object) } });
  });

  it("refuses a GET without a preflight header or content-type, as a possible CSRF", async () => {
    const response = await get("{ articles { totalCount } }", {});
    expect(response.status).toBe(400);
    expect((await response.json()).errors[0]).toMatchObject({ message: expect.stringMatching(/Cross-Site Request Forgery/), extensions: { code: "BAD_REQUEST" } });
  });

  it("refuses a mutation over GET with 405 and Allow: POST", async () => {
    const response = await get("mutation { __typename }", { ...preflight, accept: graphqlResponse });
    expect(response.status).toBe(405);
    expect(response.headers.get("allow")).toBe("POST");
    expect((await response.json()).errors[0].message).toMatch(/GET requests only support query operations, not mutation operations/);
  });

  it.each([
    ["a parse error", `{ articles {`, "GRAPHQL_PARSE_FAILED", /Syntax Error/],
    ["a validation error", `{ articles { noSuchField } }`, "GRAPHQL_VALIDATION_FAILED", /Cannot query field "noSuchField" on type "ArticleConnection"/],
  ])("answers %s with 400 and no data entry", async (_, query, code, message) => {
    for (const accept of ["application/json", graphqlResponse]) {
      const response = await post(JSON.stringify({ query }), { accept });
      expect(response.status).toBe(400);
      expect(response.headers.get("content-type")).toContain(accept);
      const body = await response.json();
      expect(body).not.toHaveProperty("data");
      expect(body.errors[0]).toMatchObject({ message: expect.stringMatching(message), extensions: { code } });
    }
  });

  it("answers a body that is not JSON with 400 and a JSON error, not an HTML page", async () => {
    const response = await post(`{ "query": "{ articles`, { accept: graphqlResponse });
    expect(response.status).toBe(400);
    expect(response.headers.get("content-type")).toContain("application/json");
    const body = await response.json();
    expect(body.errors[0]).toMatchObject({ message: expect.stringMatching(/^Request body is not valid JSON/), extensions: { code: "BAD_REQUEST" } });
    expect(JSON.stringify(body)).not.toMatch(/at .*\.js|node_modules/);
  });

  it("answers a body over 1 MB with 413 and a JSON error", async () => {
    const response = await post(JSON.stringify({ query: `{ __typename }`, variables: { padding: "x".repeat(1_100_000) } }));
    expect(response.status).toBe(413);
    expect((await response.json()).errors[0]).toMatchObject({ message: expect.stringMatching(/^Request body is too large/), extensions: { code: "BAD_REQUEST" } });
  });
});

describe("caching and paths", () => {
  // Without a rate limit an answer carries no remaining budget, so the same GET gets the same body.
  const cached = useTestServer({ RATE_LIMIT_ANONYMOUS: "0", SEED: "false" });

  it("gives a GET answer a weak ETag and 304 for it in If-None-Match; a POST answer no ETag", async () => {
    const url = new URL(cached.url);
    url.searchParams.set("query", "{ __typename }");
    const first = await fetch(url, { headers: preflight });
    const tag = first.headers.get("etag");
    expect(tag).toMatch(/^W\/"/);
    // By node:http: fetch adds `cache-control: no-cache` to a request with If-None-Match, which asks not to revalidate.
    const again = await new Promise<{ status?: number; body: string }>((resolve, reject) =>
      http.get(url, { headers: { ...preflight, "if-none-match": tag! } }, (response) => {
        let body = "";
        response.on("data", (chunk) => (body += chunk)).on("end", () => resolve({ status: response.statusCode, body }));
      }).on("error", reject));
    expect(again).toEqual({ status: 304, body: "" });
    const posted = await fetch(cached.url, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ query: "{ __typename }" }) });
    expect(posted.status).toBe(200);
    expect(posted.headers.get("etag")).toBeNull();
  });

  it("serves /graphql/ as /graphql, and other paths below it not at all", async () => {
    const body = JSON.stringify({ query: "{ __typename }" });
    const post = (path: string) => fetch(new URL(path, cached.url), { method: "POST", headers: { "content-type": "application/json" }, body });
    expect(await (await post("/graphql/")).json()).toMatchObject({ data: { __typename: "Query" } });
    expect((await post("/graphql/x")).status).toBe(404);
  });
});
