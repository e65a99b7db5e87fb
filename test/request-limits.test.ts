import { afterAll, describe, expect, it } from "vitest";
import type { Client } from "graphql-ws";
import { useTestServer } from "./helpers/server.js";
import { actorId, mutate } from "./helpers/graph.js";
import { subscribe, untilListening, wsClient } from "./helpers/subscription.js";

const api = useTestServer();
let client: Client | undefined;
afterAll(() => client?.dispose());

/** `actors(first: 100)` with `levels` of `quotes(first: 100) { speaker { … } }` below it. */
function nestedQuotes(levels: number): string {
  let selection = "name";
  for (let level = 0; level < levels; level++) selection = `name quotes(first: 100) { edges { node { speaker { ${selection} } } } }`;
  return `{ actors(first: 100) { edges { node { ${selection} } } } }`;
}

async function post(query: string, variables?: Record<string, unknown>) {
  const response = await api.post(query, variables);
  return { status: response.status, body: (await response.json()) as { data?: unknown; errors?: { message: string; extensions: Record<string, unknown> }[] } };
}

describe("request limits over HTTP", () => {
  it("runs the nested meetings page of the benchmark", async () => {
    const { status, body } = await post(`{ meetings(first: 20) { edges { node { title
      attendees { edges { node { role actor { name roles { edges { node { title } } } } } } }
      statements { edges { node { text speaker { name } } } } } } } }`);
    expect(status).toBe(200);
    expect(body.errors).toBeUndefined();
  });

  it.each([
    ["nested pages three deep", nestedQuotes(3)],
    ["twenty aliases of a full page", `{ ${Array.from({ length: 20 }, (_, i) => `a${i}: actors(first: 100) { edges { node { quotes(first: 100) { totalCount } } } }`).join(" ")} }`],
    ["a page size passed as a variable", `query ($n: Int) { actors(first: $n) { edges { node { quotes(first: $n) { edges { node { speaker { quotes(first: $n) { totalCount } } } } } } } } }`],
  ])("refuses %s before running it, with 400 and QUERY_TOO_COMPLEX", async (_, query) => {
    const { status, body } = await post(query, { n: 100 });
    expect(status).toBe(400);
    expect(body.data).toBeUndefined();
    expect(body.errors?.[0].extensions).toMatchObject({ code: "QUERY_TOO_COMPLEX", maximumComplexity: 200_000 });
    expect(body.errors?.[0].message).toMatch(/^Query is too complex: it could fetch about [\d,]+ objects, more than the 200,000 allowed/);
  });

  it("costs one document anew for each page size and @include it is sent with", async () => {
    const query = `query ($n: Int, $q: Boolean!) { actors(first: $n) { edges { node { name quotes(first: 10) @include(if: $q) { totalCount } } } } }`;
    const requested = async (variables: Record<string, unknown>) => {
      const { status, body } = await post(query, variables);
      expect(status).toBe(200);
      return (body as { extensions: { cost: { requested: number } } }).extensions.cost.requested;
    };
    // actors: 1 + n × (edges 1 + node 1 + name 1, + quotes 1 + 10 × totalCount 1 when included)
    expect(await requested({ n: 5, q: false })).toBe(1 + 5 * 3);
    expect(await requested({ n: 50, q: false })).toBe(1 + 50 * 3);
    expect(await requested({ n: 5, q: true })).toBe(1 + 5 * 14);
    expect(await requested({ n: 5, q: false })).toBe(1 + 5 * 3);
  });

  it("refuses the NUL character, which PostgreSQL cannot store, naming the variable or argument", async () => {
    const inVariable = await post(`query ($q: String!) { search(query: $q) { totalCount } }`, { q: "ma\u0000cron" });
    expect(inVariable.status).toBe(400);
    expect(inVariable.body.errors?.[0]).toMatchObject({ message: expect.stringContaining('variable "$q"'), extensions: { code: "BAD_USER_INPUT" } });
    const inline = await post(`{ actors(filter: { namePrefix: "a\\u0000b" }) { totalCount } }`);
    expect(inline.status).toBe(400);
    expect(inline.body.errors?.[0]).toMatchObject({ message: expect.stringContaining('argument "filter.namePrefix"'), extensions: { code: "BAD_USER_INPUT" } });
  });

  it("answers a subscription sent over HTTP with 400, pointing to WebSocket", async () => {
    const { status, body } = await post(`subscription { quoteRecorded { text } }`);
    expect(status).toBe(400);
    expect(body.errors?.[0]).toMatchObject({ message: expect.stringMatching(/WebSocket/), extensions: { code: "BAD_REQUEST" } });
  });

  it("answers a subscription whose root field has @skip without its argument as invalid (400), not as an internal error", async () => {
    const { status, body } = await post(`subscription { quoteRecorded @skip { text } }`);
    expect(status).toBe(400);
    expect(body.errors?.[0]).toMatchObject({ message: expect.stringContaining('"if"'), extensions: { code: "GRAPHQL_VALIDATION_FAILED" } });
  });
});

describe("request limits over graphql-ws", () => {
  const firstError = async (subscription: ReturnType<typeof subscribe>) => (await subscription.next()).errors.flat()[0];

  it("answers a broken or too costly subscription on its own, with a code, and keeps the connection for the others", async () => {
    client = wsClient(api.url);
    const macron = await actorId(api, "Emmanuel Macron");
    const healthy = subscribe(client, `subscription ($a: ID) { quoteRecorded(actor: $a) { text } }`, { a: macron });
    const QUOTE = `mutation($input: QuoteInput!) { createQuote(input: $input) { errors { code } } }`;
    await untilListening(healthy, () => mutate(api, QUOTE, { input: { kind: "DIRECT", text: "probe", speaker: macron } }));

    expect(await firstError(subscribe(client, `subscription {`))).toMatchObject({ extensions: { code: "GRAPHQL_PARSE_FAILED" } });
    expect(await firstError(subscribe(client, `subscription { quoteRecorded(nope: 1) { text } }`))).toMatchObject({
      message: expect.stringContaining('Unknown argument "nope"'),
      extensions: { code: "GRAPHQL_VALIDATION_FAILED" },
    });
    // A subscription's root field may not be conditional (the specification's rule), whether the condition is written or missing.
    expect(await firstError(subscribe(client, `subscription Quotes { quoteRecorded @skip(if: true) { text } }`))).toMatchObject({
      message: expect.stringContaining("@skip or @include on its root field"),
      extensions: { code: "GRAPHQL_VALIDATION_FAILED" },
    });
    const inFragment = `subscription { ...Root } fragment Root on Subscription { ... @include(if: false) { quoteRecorded { text } } }`;
    expect(await firstError(subscribe(client, inFragment))).toMatchObject({ extensions: { code: "GRAPHQL_VALIDATION_FAILED" } });
    expect(await firstError(subscribe(client, `subscription { quoteRecorded @skip { text } }`))).toMatchObject({
      message: expect.stringContaining('"if"'),
      extensions: { code: "GRAPHQL_VALIDATION_FAILED" },
    });
    const costly = `subscription { quoteRecorded { speaker { quotes(first: 100) { edges { node { speaker { quotes(first: 100) { edges { node { speaker { quotes(first: 100) { totalCount } } } } } } } } } } } }`;
    expect(await firstError(subscribe(client, costly))).toMatchObject({ extensions: { code: "QUERY_TOO_COMPLEX" } });

    await mutate(api, QUOTE, { input: { kind: "DIRECT", text: "Still listening.", speaker: macron } });
    expect(await healthy.next()).toEqual({ data: { quoteRecorded: { text: "Still listening." } } });
  });
});
