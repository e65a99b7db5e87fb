import { Prisma } from "../../generated/prisma/client.js";
import { englishQuery, folded, searchDocument } from "../../common/filters.js";
import type { SortKey } from "../../common/pagination.js";
import type { ListQuery } from "../../common/lists.js";
import { actorNames } from "../actor/actor.lists.js";
import { quoteRank, quotesMatching } from "./quote-search.js";

type SearchPart = ListQuery & { typename: "Actor" | "Quote" | "Meeting" | "Incident" };

/** A part of a search: the rows `t` of `from` under `where`, best `rank` first. */
function ranked(typename: SearchPart["typename"], from: Prisma.Sql, where: Prisma.Sql[], rank: Prisma.Sql): SearchPart {
  const sort: SortKey = { name: "search", expression: Prisma.sql`(${rank})::float8`, sqlType: "double precision", descending: true };
  return { typename, from, where, sort, edge: Prisma.sql`json_build_object('rank', ${sort.expression})` };
}

/** The rows `t` of a table. */
function rowsOf(typename: SearchPart["typename"]): Prisma.Sql {
  return Prisma.sql`${Prisma.raw(`"${typename}"`)} t`;
}

/**
 * ts_rank's weights of the labels {D, C, B, A}: a quote's text (D, unlabelled) and a meeting's or
 * incident's title (A) count alike, as PostgreSQL's default for D, so the kinds rank on one scale; a
 * description (B) counts half.
 */
const rankWeights = Prisma.sql`'{0.1, 0.1, 0.05, 0.1}'::float4[]`;

/** Meetings or incidents whose stored full-text document matches `query`, ranked. */
function fullText(typename: "Meeting" | "Incident", query: Prisma.Sql): SearchPart {
  return ranked(typename, rowsOf(typename), [Prisma.sql`${searchDocument} @@ ${query}`], Prisma.sql`ts_rank(${rankWeights}, ${searchDocument}, ${query})`);
}

/**
 * The parts of a search, one per table, each ranked: actors whose name or an alias is similar to
 * the query (pg_trgm's word similarity, at least its threshold of 0.6); quotes (their text), meetings
 * and incidents (their title, then description) that match it as English full text.
 */
export function searchParts(text: string): SearchPart[] {
  const query = englishQuery(text);
  return [
    ranked("Actor", rowsOf("Actor"), [Prisma.sql`${folded(text)} <% ${actorNames}`], Prisma.sql`word_similarity(${folded(text)}, ${actorNames})`),
    // A quote's document has unlabelled words only (D), which rankWeights weigh as ts_rank's default does.
    ranked("Quote", quotesMatching(query), [], quoteRank.expression),
    fullText("Meeting", query),
    fullText("Incident", query),
  ];
}
