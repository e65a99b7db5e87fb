import { Prisma } from "../../generated/prisma/client.js";
import { englishDocument, englishQuery } from "../../common/filters.js";
import type { SortKey } from "../../common/pagination.js";
import type { ListQuery } from "../../common/lists.js";
import { actorNames, folded } from "../actor/actor.lists.js";
import { quoteDocument } from "../quote/quote.lists.js";

type SearchPart = ListQuery & { typename: "Actor" | "Quote" | "Meeting" };

function ranked(typename: SearchPart["typename"], table: string, match: Prisma.Sql, rank: Prisma.Sql): SearchPart {
  const sort: SortKey = { name: "search", expression: Prisma.sql`(${rank})::float8`, sqlType: "double precision", descending: true };
  return { typename, from: Prisma.sql`${Prisma.raw(`"${table}"`)} t`, where: [match], sort, edge: Prisma.sql`json_build_object('rank', ${sort.expression})` };
}

/**
 * The parts of a search, one per table, each ranked: actors whose name or an alias is similar to
 * the query (pg_trgm's word similarity, at least its threshold of 0.6), quotes and meetings whose
 * text or title match it as English full text.
 */
export function searchParts(text: string): SearchPart[] {
  const query = englishQuery(text);
  const meetingTitle = englishDocument(Prisma.sql`t.title`);
  return [
    ranked("Actor", "Actor", Prisma.sql`${folded(text)} <% ${actorNames}`, Prisma.sql`word_similarity(${folded(text)}, ${actorNames})`),
    ranked("Quote", "Quote", Prisma.sql`${quoteDocument} @@ ${query}`, Prisma.sql`ts_rank(${quoteDocument}, ${query})`),
    ranked("Meeting", "Meeting", Prisma.sql`${meetingTitle} @@ ${query}`, Prisma.sql`ts_rank(${meetingTitle}, ${query})`),
  ];
}
