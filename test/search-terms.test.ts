import { describe, expect, it } from "vitest";
import { useTestServer } from "./helpers/server.js";
import { mutate } from "./helpers/graph.js";
import { RankedQuotesDocument } from "./generated/graphql.js";

const api = useTestServer();

const CREATE_QUOTE = `mutation($input: QuoteInput!) { createQuote(input: $input) { quote { id } errors { code } } }`;
const UPDATE_QUOTE = `mutation($id: ID!, $input: QuoteInput!) { updateQuote(id: $id, input: $input) { quote { id } errors { code } } }`;
const DELETE_QUOTE = `mutation($id: ID!) { deleteQuote(id: $id) { deletedId } }`;

async function createQuote(text: string): Promise<string> {
  return (await mutate(api, CREATE_QUOTE, { input: { kind: "DIRECT", text } })).quote.id;
}

/** Every page of a search, one quote per page, walked by cursor: [text, rank] in the order served. */
async function walk(search: string): Promise<[string, number][]> {
  const walked: [string, number][] = [];
  let after: string | undefined;
  for (;;) {
    const { quotes } = await api.request(RankedQuotesDocument, { search, first: 1, after });
    walked.push(...quotes.edges.map((edge): [string, number] => [edge.node.text, edge.rank!]));
    if (!quotes.pageInfo.hasNextPage) return walked;
    after = quotes.pageInfo.endCursor!;
  }
}

/** What ranking every match with ts_rank, as the GIN index finds them, gives for `search`: [text, rank], best first, ties by id. */
async function rankedInSql(search: string): Promise<[string, number][]> {
  const rows = await api.server.database.withSession((session) =>
    session.query<{ text: string; rank: number }>(
      `SELECT text, ts_rank("searchDocument", websearch_to_tsquery('english', $1))::float8 AS rank FROM "Quote"
       WHERE "searchDocument" @@ websearch_to_tsquery('english', $1) ORDER BY 2 DESC, id DESC`,
      [search],
    ),
  );
  return rows.map((row) => [row.text, Number(row.rank)]);
}

/** Quote terms that differ from what the quotes' documents give now, either way (none when the triggers kept up). */
async function staleTerms(): Promise<number> {
  const [{ count }] = await api.server.database.withSession((session) =>
    session.query<{ count: number }>(`SELECT count(*)::int AS count FROM (
      (SELECT term.* FROM "Quote" q CROSS JOIN LATERAL dossier_quote_terms(q.id, q."searchDocument") AS term
       EXCEPT SELECT "quoteId", lexeme, rank FROM "QuoteSearchTerm")
      UNION ALL
      (SELECT "quoteId", lexeme, rank FROM "QuoteSearchTerm"
       EXCEPT SELECT term.* FROM "Quote" q CROSS JOIN LATERAL dossier_quote_terms(q.id, q."searchDocument") AS term)) AS differing`),
  );
  return count;
}

describe("one-word quote search, read from the quotes' terms", () => {
  it("ranks and orders as ranking every match does: a word said more often first, ties by id, every match reachable", async () => {
    await createQuote("Quarantine, quarantine and again quarantine.");
    await createQuote("The quarantine ends; the quarantine was long.");
    for (const place of ["ports", "airports", "borders"]) await createQuote(`A quarantine of the ${place} was announced.`);
    const walked = await walk("quarantine");
    expect(walked.map(([text]) => text).slice(0, 2)).toEqual(["Quarantine, quarantine and again quarantine.", "The quarantine ends; the quarantine was long."]);
    expect(walked).toHaveLength(5);
    expect(walked).toEqual(await rankedInSql("quarantine"));
    const { quotes } = await api.request(RankedQuotesDocument, { search: "quarantined" });
    expect(quotes.totalCount).toBe(5);
    expect(quotes.edges[2].highlight).toMatch(/<mark>quarantine<\/mark>/);
  });

  it("gives a word's search the ranks of the same word searched with an operator, which ranks every match", async () => {
    // "a & a" is one word to ts_rank, but two operands to the query: it takes the GIN index.
    const bare = await walk("guarantees");
    expect(bare.length).toBeGreaterThan(2);
    expect(await walk("guarantees guarantees")).toEqual(bare);
  });

  it("reads a one-word search from the terms, any other from the documents", async () => {
    const id = await createQuote("Xylophones were tuned.");
    const uuid = Buffer.from(id, "base64url").toString("utf8").split(":")[1];
    const sql = (text: string) => api.server.database.withSession((session) => session.query(text, [uuid]));
    await sql(`DELETE FROM "QuoteSearchTerm" WHERE "quoteId" = $1`);
    expect(await walk("xylophones")).toEqual([]);
    expect((await walk("xylophones xylophones")).map(([text]) => text)).toEqual(["Xylophones were tuned."]);
    await sql(`INSERT INTO "QuoteSearchTerm" SELECT term.* FROM "Quote" q CROSS JOIN LATERAL dossier_quote_terms(q.id, q."searchDocument") AS term WHERE q.id = $1`);
    expect((await walk("xylophones")).map(([text]) => text)).toEqual(["Xylophones were tuned."]);
  });

  it("follows the quotes' text: an edited quote is found by its new words only, a deleted one not at all", async () => {
    const id = await createQuote("An embargo on grain was lifted.");
    expect((await walk("embargo")).map(([text]) => text)).toEqual(["An embargo on grain was lifted."]);
    await mutate(api, UPDATE_QUOTE, { id, input: { kind: "DIRECT", text: "A blockade of grain was lifted." } });
    expect(await walk("embargo")).toEqual([]);
    expect((await walk("blockade")).map(([text]) => text)).toEqual(["A blockade of grain was lifted."]);
    await mutate(api, DELETE_QUOTE, { id }, api.keys.admin);
    expect(await walk("blockade")).toEqual([]);
    expect(await staleTerms()).toBe(0);
  });

  it("finds nothing for a word that is a stop word, as for any query without a word", async () => {
    expect(await walk("the")).toEqual([]);
  });
});
