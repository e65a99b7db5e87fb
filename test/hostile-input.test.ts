import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { useTestServer } from "./helpers/server.js";

const api = useTestServer();

interface Body {
  data?: any;
  errors?: { message: string; extensions?: Record<string, unknown> }[];
  extensions?: { cost?: Record<string, number> };
}

async function send(body: object): Promise<{ status: number; body: Body }> {
  const response = await fetch(api.url, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) });
  return { status: response.status, body: (await response.json()) as Body };
}

const post = (query: string, variables?: Record<string, unknown>) => send({ query, variables });

/** Expects a refusal before anything ran: HTTP 400, no data, one error with this code and a message matching. */
function expectRefused({ status, body }: { status: number; body: Body }, code: string, message: RegExp) {
  expect({ status, data: body.data }).toEqual({ status: 400, data: undefined });
  expect(body.errors).toHaveLength(1);
  expect(body.errors![0].extensions?.code).toBe(code);
  expect(body.errors![0].message).toMatch(message);
}

function nested(depth: number): unknown {
  let value: unknown = "x";
  for (let level = 0; level < depth; level++) value = { a: value };
  return value;
}

/** A fragment that spreads the one before it twice, `levels` times: a few hundred bytes selecting 2^levels fields. */
function fanOut(levels: number): string {
  let fragments = "fragment F0 on Actor { name }";
  for (let level = 1; level <= levels; level++) fragments += ` fragment F${level} on Actor { ...F${level - 1} ...F${level - 1} }`;
  return `{ actors(first: 1) { edges { node { ...F${levels} } } } } ${fragments}`;
}

const aliased = (count: number, field = "actors(first: 1) { totalCount }") =>
  `{ ${Array.from({ length: count }, (_, index) => `a${index}: ${field}`).join(" ")} }`;

describe("variables the operation cannot take are a 400 BAD_USER_INPUT, found before the cost is counted", () => {
  const FIRST = "query ($first: Int!) { actors(first: $first) { totalCount } }";

  it.each([
    ["missing", undefined, /Variable "\$first" of required type "Int!" was not provided/],
    ["of the wrong type", { first: "ten" }, /Variable "\$first" got invalid value "ten"; Int cannot represent non-integer value/],
    ["null for a non-null type", { first: null }, /Variable "\$first" of non-null type "Int!" must not be null/],
  ])("%s", async (_, variables, message) => {
    expectRefused(await post(FIRST, variables), "BAD_USER_INPUT", message);
  });

  it("nested 4,000 levels deep: VARIABLES_TOO_DEEP, without exhausting the stack", async () => {
    const response = await post("query ($filter: ActorFilter) { actors(filter: $filter) { totalCount } }", { filter: nested(4000) });
    expectRefused(response, "VARIABLES_TOO_DEEP", /^Variable "\$filter" nests deeper than 32 levels/);
  });

  it("not an object: BAD_REQUEST", async () => {
    const { status, body } = await send({ query: "{ __typename }", variables: [1, 2] });
    expect(status).toBe(400);
    expect(body.errors?.[0].extensions?.code).toMatch(/^BAD_(REQUEST|USER_INPUT)$/);
  });
});

describe("the shape of an operation is bounded before it runs", () => {
  it("a 611-byte fragment fan-out selecting 16,384 fields: TOO_MANY_QUERY_NODES", async () => {
    const query = fanOut(14);
    expect(query.length).toBeLessThan(700);
    expectRefused(await post(query), "TOO_MANY_QUERY_NODES", /^Query node limit of 2000 exceeded/);
  });

  it("a small fan-out runs", async () => {
    const { status, body } = await post(fanOut(3));
    expect(status).toBe(200);
    expect(body.data.actors.edges[0].node.name).toEqual(expect.any(String));
  });

  it("more than 30 aliases: TOO_MANY_ALIASES (graphql-armor)", async () => {
    expectRefused(await post(aliased(31, "article(id: \"x\") { id }")), "TOO_MANY_ALIASES", /^Aliases limit of 30 exceeded, found 31/);
    expect((await post(`{ ...Aliases } fragment Aliases on Query ${aliased(30, "__typename")}`)).status).toBe(200);
  });

  it("2,000 aliased actors(first: 1) { totalCount } in 77 KB are refused before parsing ends: TOO_MANY_TOKENS", async () => {
    const query = aliased(2000);
    expect(query.length).toBeGreaterThan(70_000);
    expectRefused(await post(query), "TOO_MANY_TOKENS", /Document contains more (than|that) 10000 tokens/);
  });

  it("more than 20 root fields: TOO_MANY_ROOT_FIELDS, fragments counted", async () => {
    const fields = Array.from({ length: 21 }, (_, index) => (index % 2 ? "actors(first: 1) { totalCount }" : "meetings(first: 1) { totalCount }"));
    const query = `{ ...Root } fragment Root on Query { ${fields.map((field, index) => `r${index}: ${field}`).join(" ")} }`;
    expectRefused(await post(query), "TOO_MANY_ROOT_FIELDS", /^Root field limit of 20 exceeded, found 21/);
  });

  it("fields nested more than 20 deep: QUERY_TOO_DEEP (graphql-armor)", async () => {
    let selection = "name";
    for (let level = 0; level < 7; level++) selection = `quotes(first: 1) { edges { node { speaker { ${selection} } } } }`;
    expectRefused(await post(`{ actor(id: "x") { ${selection} } }`), "QUERY_TOO_DEEP", /^Query depth limit of 20 exceeded, found 30/);
  });
});

describe("values PostgreSQL cannot hold are the client's mistake", () => {
  it.each([
    ["year 0", "0000-06-01T00:00:00Z", /DateTimeISO must lie in the years 1 to 9999 \(UTC\), got year 0/],
    ["year 1 that a time zone moves into year 0", "0001-01-01T00:30:00+01:00", /got year 0/],
    ["a negative year", "-000100-01-01T00:00:00Z", /cannot represent an invalid date-time-string/],
  ])("a date-time in %s: 400 BAD_USER_INPUT", async (_, from, message) => {
    const response = await post("query ($from: DateTimeISO) { meetings(filter: { startsAt: { from: $from } }) { totalCount } }", { from });
    expectRefused(response, "BAD_USER_INPUT", message);
  });

  it("a role date in year 0: 400 BAD_USER_INPUT", async () => {
    const response = await api.write(`mutation ($input: RoleInput!) { createRole(input: $input) { errors { code } } }`, {
      input: { holder: "x", title: "Minister", startDate: "0000-01-01" },
    });
    expect(response.errors?.[0]).toMatchObject({ message: expect.stringMatching(/Date must lie in the years 1 to 9999/), extensions: { code: "BAD_USER_INPUT" } });
  });

  it("an edited cursor holding 30 February: BAD_USER_INPUT naming the argument", async () => {
    const { body } = await post("{ meetings(first: 1) { edges { cursor } } }");
    const [sortName, , id] = JSON.parse(Buffer.from(body.data.meetings.edges[0].cursor, "base64url").toString());
    const edited = Buffer.from(JSON.stringify([sortName, "2024-02-30T00:00:00.000Z", id])).toString("base64url");
    const response = await post("query ($after: String) { meetings(after: $after) { totalCount } }", { after: edited });
    expect(response.status).toBe(400);
    expect(response.body.errors?.[0]).toMatchObject({ message: expect.stringMatching(/^Invalid argument "after": .* is not a cursor of this list/), extensions: { code: "BAD_USER_INPUT" } });
  });

  it.each([
    ["64 dashes", "-".repeat(64)],
    ["64 spaced dashes before a word", `${"- ".repeat(64)}guarantees`],
    ["dashes between ampersands", "-&".repeat(64)],
  ])("a search of %s is a search, not an error", async (_, search) => {
    const { status, body } = await post("query ($search: String) { quotes(filter: { search: $search }) { totalCount } }", { search });
    expect(status).toBe(200);
    expect(body.errors).toBeUndefined();
    expect(body.data.quotes.totalCount).toEqual(expect.any(Number));
  });

  it("an even run of negations means the word itself, an odd run its absence", async () => {
    const count = async (search: string) => (await post("query ($s: String) { quotes(filter: { search: $s }) { totalCount } }", { s: search })).body.data.quotes.totalCount;
    const all = await count("guarantees");
    expect(all).toBeGreaterThan(0);
    expect(await count(`${"-".repeat(64)}guarantees`)).toBe(all);
    expect(await count(`security ${"-".repeat(63)}guarantees`)).toBe((await count("security")) - (await count("security guarantees")));
  });
});

describe("automatic persisted queries", () => {
  const query = "{ articles { totalCount } }";
  const sha256Hash = createHash("sha256").update(query).digest("hex");

  it("a hash that is not the query's: 400 PERSISTED_QUERY_HASH_MISMATCH", async () => {
    const response = await send({ query, extensions: { persistedQuery: { version: 1, sha256Hash: "0".repeat(64) } } });
    expectRefused(response, "PERSISTED_QUERY_HASH_MISMATCH", /^provided sha does not match query$/);
  });

  it("registers a query by its hash, then runs it from the hash alone", async () => {
    const persisted = { persistedQuery: { version: 1, sha256Hash } };
    expect((await send({ extensions: persisted })).body.errors?.[0].extensions?.code).toBe("PERSISTED_QUERY_NOT_FOUND");
    expect((await send({ query, extensions: persisted })).body.data).toEqual({ articles: { totalCount: 1 } });
    expect((await send({ extensions: persisted })).body.data).toEqual({ articles: { totalCount: 1 } });
  });
});

it("reports each response's cost in extensions.cost", async () => {
  const { body } = await post("{ actors(first: 10) { edges { node { name } } } }");
  expect(body.extensions?.cost).toEqual({ requested: 1 + 10 * (1 + 1 + 1), maximum: 200_000, points: 1, budget: 1000, remaining: expect.any(Number), resetInSeconds: expect.any(Number) });
});
