import { Field, ID, InputType } from "type-graphql";
import { Prisma } from "../generated/prisma/client.js";
import { englishDocument, englishQuery, filterId, MAX_SEARCH_LENGTH, searchText } from "./filters.js";

/** The conditions on who reports a fact, shared by the filters of every cited list. */
@InputType({ description: "Conditions on who reports a fact (fields of the filters of cited lists)." })
export class AttributionFilter {
  @Field(() => String, {
    nullable: true,
    description: `Only facts with a citation whose attribution (the article's words for its source: "per AP", "a Ukrainian presidency official speaking on condition of anonymity") holds these words, at most ${MAX_SEARCH_LENGTH} characters. English full text (stemming: "anonymous" finds "anonymity"), web-search syntax as in \`QuoteFilter.search\`.`,
  })
  attribution?: string | null;

  @Field(() => ID, { nullable: true, description: "Only facts with a citation attributing them to this actor (an Actor id: the `Citation.attributedTo` of a citation)." })
  attributedTo?: string | null;
}

/**
 * Facts `t` of the citation column `factColumn` cited under `filter`'s attribution conditions (one
 * citation meeting them all). Written from the citations' side — by `Citation_attributedToId_idx` or the
 * full-text index on the attribution — so the cost follows the matching citations, not the facts.
 */
export function attributed(factColumn: "meetingId" | "quoteId" | "incidentId", filter: AttributionFilter | null | undefined): Prisma.Sql[] {
  const where: Prisma.Sql[] = [];
  if (filter?.attribution != null) {
    const query = englishQuery(searchText(filter.attribution, "filter.attribution"));
    where.push(Prisma.sql`${englishDocument(Prisma.sql`c.attribution`)} @@ ${query}`);
  }
  const actor = filterId("Actor", filter?.attributedTo, "filter.attributedTo");
  if (actor) where.push(Prisma.sql`c."attributedToId" = CAST(${actor} AS uuid)`);
  if (!where.length) return [];
  const fact = Prisma.sql`c.${Prisma.raw(`"${factColumn}"`)}`;
  return [Prisma.sql`t.id = ANY(ARRAY(SELECT ${fact} FROM "Citation" c WHERE ${fact} IS NOT NULL AND ${Prisma.join(where, " AND ")}))`];
}
