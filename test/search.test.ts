import { describe, expect, it } from "vitest";
import { useTestServer } from "./helpers/server.js";
import { actorId, mutate } from "./helpers/graph.js";

const api = useTestServer();

const QUOTE_SEARCH = `query ($filter: QuoteFilter, $first: Int, $after: String) {
  quotes(filter: $filter, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor }
    edges { rank highlight node { text speaker { name } } }
  }
}`;

async function searchQuotes(filter: object, first = 100, after?: string) {
  const { data, errors } = await api.query(QUOTE_SEARCH, { filter, first, after });
  expect(errors).toBeUndefined();
  return data.quotes;
}

describe("quotes(filter: { search })", () => {
  it("finds quotes by stemmed words, best match first, with the matches highlighted", async () => {
    const quotes = await searchQuotes({ search: "guarantee" });
    const texts = quotes.edges.map((edge: any) => edge.node.text);
    expect(texts).toEqual(expect.arrayContaining([
      "We Europeans are ready to provide security guarantees to Ukraine and the Ukrainians on the day peace is signed.",
      "Preparatory work had been done and the guarantees are now awaiting political approval.",
      "The goal was to discuss the security guarantees in depth.",
    ]));
    expect(quotes.totalCount).toBe(texts.length);
    const ranks = quotes.edges.map((edge: any) => edge.rank);
    expect(ranks.every((rank: number) => rank > 0)).toBe(true);
    expect(ranks).toEqual([...ranks].sort((a, b) => b - a));
    expect(quotes.edges.find((edge: any) => edge.node.text.startsWith("The goal")).highlight).toBe(
      "The goal was to discuss the security <mark>guarantees</mark> in depth.",
    );
  });

  it("ranks a quote matching more of the words above one matching fewer", async () => {
    const quotes = await searchQuotes({ search: "security guarantees Ukraine" });
    expect(quotes.edges[0].node.text).toMatch(/^We Europeans/);
    expect(quotes.edges[0].highlight).toBe(
      "We Europeans are ready to provide <mark>security</mark> <mark>guarantees</mark> to <mark>Ukraine</mark> and the Ukrainians on the day peace is signed.",
    );
  });

  it("composes with the other filters", async () => {
    const macron = await actorId(api, "Macron");
    const quotes = await searchQuotes({ search: "guarantees", speaker: macron });
    expect(quotes.edges.map((edge: any) => edge.node.speaker.name)).toEqual(["Emmanuel Macron", "Emmanuel Macron"]);
    expect(await searchQuotes({ search: "guarantees", saidAt: { to: "2025-01-01T00:00:00Z" } })).toMatchObject({ totalCount: 0, edges: [] });
  });

  it("pages through ranked results with cursors, ties broken by id", async () => {
    const all = await searchQuotes({ search: "guarantees" });
    const walked: string[] = [];
    let after: string | undefined;
    for (;;) {
      const page = await searchQuotes({ search: "guarantees" }, 1, after);
      walked.push(...page.edges.map((edge: any) => edge.node.text));
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    expect(walked).toEqual(all.edges.map((edge: any) => edge.node.text));
  });

  it("leaves rank and highlight null without a search", async () => {
    const quotes = await searchQuotes({}, 3);
    expect(quotes.edges.map((edge: any) => [edge.rank, edge.highlight])).toEqual([[null, null], [null, null], [null, null]]);
  });

  const texts = (quotes: any) => quotes.edges.map((edge: any) => edge.node.text);

  it.each(["guarantee:*", "guarantee&", "'guarantee'", "!guarantee", "guarantee\\", "(((guarantee"])(
    "treats the syntax characters in %j as text: the same hits as the bare word",
    async (search) => {
      const bare = texts(await searchQuotes({ search: "guarantee" }));
      expect(bare.length).toBeGreaterThan(0);
      expect(texts(await searchQuotes({ search }))).toEqual(bare);
    },
  );

  it.each(["'", "&", "!", ":*", "\\", "(((", "<mark>"])("finds nothing, and no error, for %j, which holds no word", async (search) => {
    expect(await searchQuotes({ search })).toMatchObject({ totalCount: 0, edges: [] });
  });

  it("ignores & and ! between words, and runs no SQL from the search text", async () => {
    expect(texts(await searchQuotes({ search: "security & !guarantees" }))).toEqual(texts(await searchQuotes({ search: "security guarantees" })));
    const before = (await searchQuotes({})).totalCount;
    expect(await searchQuotes({ search: "'; DROP TABLE \"Quote\"; --" })).toMatchObject({ totalCount: 0, edges: [] });
    expect((await searchQuotes({})).totalCount).toBe(before);
  });

  it("excludes a word after a leading -, as the README says", async () => {
    const all = texts(await searchQuotes({ search: "guarantees" }));
    const europeans = all.filter((text: string) => text.includes("Europeans"));
    expect(europeans).toHaveLength(1);
    expect(texts(await searchQuotes({ search: "guarantees -Europeans" }))).toEqual(all.filter((text: string) => !europeans.includes(text)));
  });

  it("escapes HTML in the highlight", async () => {
    await mutate(api, `mutation($input: QuoteInput!) { createQuote(input: $input) { quote { id } errors { code } } }`,
      { input: { kind: "DIRECT", text: "<b>Tom & Jerry</b> promise" } });
    const quotes = await searchQuotes({ search: "Jerry" });
    expect(quotes.edges.map((edge: any) => [edge.node.text, edge.highlight])).toEqual([
      ["<b>Tom & Jerry</b> promise", "&lt;b&gt;Tom &amp; <mark>Jerry</mark>&lt;/b&gt; promise"],
    ]);
  });

  it.each([
    ["empty", "", /must not be empty/],
    ["blank", "   ", /must not be empty/],
    ["10,000 characters long", "x".repeat(10_000), /at most 1000 characters, got 10000/],
  ])("rejects a search that is %s", async (_, search, message) => {
    const { data, errors } = await api.query(QUOTE_SEARCH, { filter: { search } });
    expect(data).toBeNull();
    expect(errors?.[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", argumentName: "filter.search" });
    expect(errors?.[0].message).toMatch(message);
  });

  it("rejects orderBy with a search, whose order is by rank", async () => {
    const { errors } = await api.query(`{ quotes(filter: { search: "guarantees" }, orderBy: NEWEST_FIRST) { totalCount } }`);
    expect(errors?.[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", argumentName: "orderBy" });
  });
});

describe("search(query)", () => {
  const SEARCH = `query ($query: String!, $first: Int, $after: String) { search(query: $query, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor }
    edges { rank node { __typename ... on Actor { name } ... on Quote { text } ... on Meeting { title } } }
  } }`;
  const hits = async (query: string) => {
    const { data, errors } = await api.query(SEARCH, { query });
    expect(errors).toBeUndefined();
    return data.search;
  };

  it("finds actors by name or alias, ignoring case and accents", async () => {
    for (const query of ["zelenskyy", "Zélenskyy", "ZELEN"]) {
      expect((await hits(query)).edges[0]).toMatchObject({ node: { __typename: "Actor", name: "Volodymyr Zelenskyy" } });
    }
    expect((await hits("Associated Press")).edges[0].node).toEqual({ __typename: "Actor", name: "The Associated Press" });
  });

  it("mixes actors, quotes and meetings in one list, best first", async () => {
    const result = await hits("coalition of the willing");
    const types = new Set(result.edges.map((edge: any) => edge.node.__typename));
    expect(types).toEqual(new Set(["Actor", "Meeting"]));
    const ranks = result.edges.map((edge: any) => edge.rank);
    expect(ranks).toEqual([...ranks].sort((a, b) => b - a));
    expect(result.totalCount).toBe(result.edges.length);
    const guarantees = await hits("security guarantees");
    expect(new Set(guarantees.edges.map((edge: any) => edge.node.__typename))).toEqual(new Set(["Quote", "Meeting"]));
  });

  it("pages across the three kinds with cursors", async () => {
    const all = await hits("security guarantees");
    const walked: unknown[] = [];
    let after: string | undefined;
    do {
      const { data } = await api.query(SEARCH, { query: "security guarantees", first: 1, after });
      walked.push(...data.search.edges.map((edge: any) => edge.node));
      after = data.search.pageInfo.hasNextPage ? data.search.pageInfo.endCursor : undefined;
    } while (after);
    expect(walked).toEqual(all.edges.map((edge: any) => edge.node));
  });

  it.each(["'", "&!", ":*", "\\", "%_"])("finds nothing, and no error, for %j, which holds no word", async (query) => {
    expect(await hits(query)).toMatchObject({ totalCount: 0, edges: [] });
  });

  it.each(["coalition%", "coalition_", "'coalition'", "coalition&!", "coalition:*", "coalition\\"])(
    "treats the syntax characters in %j as text: the same hits as the bare word",
    async (query) => {
      const bare = (await hits("coalition")).edges.map((edge: any) => edge.node);
      expect(bare.length).toBeGreaterThan(0);
      expect((await hits(query)).edges.map((edge: any) => edge.node)).toEqual(bare);
    },
  );

  it.each([["", /must not be empty/], ["y".repeat(10_000), /at most 1000 characters/]])("rejects the query %#", async (query, message) => {
    const { errors } = await api.query(SEARCH, { query });
    expect(errors?.[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", argumentName: "query" });
    expect(errors?.[0].message).toMatch(message);
  });
});
