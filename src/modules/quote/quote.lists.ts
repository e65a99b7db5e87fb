import { Prisma } from "../../generated/prisma/client.js";
import { chronological, inTimeOrder, type TimeOrder } from "../../common/sort.js";
import { englishDocument, englishQuery, filterId, inDateRange, searchText } from "../../common/filters.js";
import { attributed } from "../../common/attribution.js";
import { readableColumns, type ListQuery } from "../../common/lists.js";
import { badUserInput } from "../../common/errors.js";
import { quoteRank, quotesMatching } from "../search/quote-search.js";
import type { QuoteFilter } from "./quote.filter.js";

export const quotesBySaidAt = chronological("saidAt", Prisma.sql`t."saidAt"`);

/** Quote rows as lists read them: every column but the stored search document (see `readableColumns`). */
export const quoteRows = { from: Prisma.sql`"Quote" t`, columns: readableColumns("Quote") };

/** The quote text, HTML-escaped, with the words matching `query` in <mark>…</mark>. */
function highlight(query: Prisma.Sql): Prisma.Sql {
  const escaped = Prisma.sql`replace(replace(replace(t.text, '&', '&amp;'), '<', '&lt;'), '>', '&gt;')`;
  return Prisma.sql`ts_headline('english', ${escaped}, ${query}, 'StartSel=<mark>, StopSel=</mark>, HighlightAll=true')`;
}

/** Conditions on who said a quote: named or not, how described, affiliated with whom. */
function speakerConditions(filter: QuoteFilter | null | undefined): Prisma.Sql[] {
  const where: Prisma.Sql[] = [];
  // The very condition of the partial index of unnamed speakers' quotes in time order.
  if (filter?.unnamedSpeaker === true) where.push(Prisma.sql`t."speakerId" IS NULL AND t."speakerDescription" IS NOT NULL`);
  if (filter?.unnamedSpeaker === false) where.push(Prisma.sql`t."speakerId" IS NOT NULL`);
  if (filter?.speakerDescription != null) {
    const query = englishQuery(searchText(filter.speakerDescription, "filter.speakerDescription"));
    where.push(Prisma.sql`${englishDocument(Prisma.sql`t."speakerDescription"`)} @@ ${query}`);
  }
  const affiliation = filterId("Actor", filter?.speakerAffiliation, "filter.speakerAffiliation");
  if (affiliation) where.push(Prisma.sql`t."speakerAffiliationId" = CAST(${affiliation} AS uuid)`);
  return where;
}

/** The root `quotes` list under a filter: in time order, or best match first with `search`. */
export function quoteList(filter: QuoteFilter | null | undefined, order: TimeOrder | null | undefined): ListQuery {
  const where: Prisma.Sql[] = [...speakerConditions(filter), ...attributed("quoteId", filter)];
  const speaker = filterId("Actor", filter?.speaker, "filter.speaker");
  if (speaker) where.push(Prisma.sql`t."speakerId" = CAST(${speaker} AS uuid)`);
  if (filter?.saidAt) where.push(...inDateRange(Prisma.sql`t."saidAt"`, filter.saidAt, "filter.saidAt"));
  const meeting = filterId("Meeting", filter?.meeting, "filter.meeting");
  if (meeting) where.push(Prisma.sql`t."meetingId" = CAST(${meeting} AS uuid)`);
  const list = { ...quoteRows, where, sort: inTimeOrder("saidAt", Prisma.sql`t."saidAt"`, order) };
  if (filter?.search == null) return list;
  if (order) throw badUserInput("orderBy", "cannot be combined with filter.search: search results come best match first");
  const query = englishQuery(searchText(filter.search, "filter.search"));
  return {
    ...list,
    from: quotesMatching(query),
    sort: quoteRank,
    edge: Prisma.sql`json_build_object('rank', ${quoteRank.expression}, 'highlight', ${highlight(query)})`,
  };
}
