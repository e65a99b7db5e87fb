import { Prisma } from "../../generated/prisma/client.js";
import type { SortKey } from "../../common/pagination.js";

/** Quote columns Prisma reads (every scalar field), but `id`, which each way of matching takes from its own table. */
const quoteColumns = Object.values(Prisma.QuoteScalarFieldEnum).filter((column) => column !== "id");

function columnsOf(table: string): Prisma.Sql {
  return Prisma.raw(quoteColumns.map((column) => `${table}."${column}"`).join(", "));
}

/**
 * The quotes matching the full-text query `query`, as the rows `t` of a list: every quote column and
 * `"searchRank"`, `ts_rank` of the stored document for the query (double precision, as cursors hold it).
 *
 * Two ways of matching, of which the query selects one (PostgreSQL drops the other when it plans
 * the statement, the query being a constant then):
 * - a one-word query reads `QuoteSearchTerm`, the quotes' words each with that word's rank, kept by
 *   PostgreSQL: its (lexeme, rank, quoteId) index hands the matches out best first, so a page reads
 *   as many index entries as it shows, however many quotes match;
 * - any other query (several words, a phrase, a negation) finds the matches by the document's GIN
 *   index and ranks every one of them before the best are known.
 * Both give the very rank `ts_rank(document, query)` gives, the terms' rank being computed by it.
 */
export function quotesMatching(query: Prisma.Sql): Prisma.Sql {
  // The first part's own ORDER BY lets the planner read it in index order under the list's ORDER BY and LIMIT.
  return Prisma.sql`((SELECT term."quoteId" AS id, ${columnsOf("q")}, term.rank AS "searchRank"
      FROM "QuoteSearchTerm" term JOIN "Quote" q ON q.id = term."quoteId"
      WHERE term.lexeme = dossier_single_lexeme(${query}) ORDER BY term.rank DESC, term."quoteId" DESC)
    UNION ALL
    SELECT q.id, ${columnsOf("q")}, ts_rank(q."searchDocument", ${query})::float8
      FROM "Quote" q WHERE q."searchDocument" @@ ${query} AND dossier_single_lexeme(${query}) IS NULL) t`;
}

/** The order of `quotesMatching`'s rows: best match first (ties by id, as every list breaks them). */
export const quoteRank: SortKey = { name: "rank", expression: Prisma.sql`t."searchRank"`, sqlType: "double precision", descending: true };
