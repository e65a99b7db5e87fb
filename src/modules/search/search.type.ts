import { createUnionType, Field, Float, ObjectType } from "type-graphql";
import { connectionOf } from "../../common/pagination.js";
import { typenameOf } from "../../common/node.js";
import { Actor } from "../actor/actor.type.js";
import { Meeting } from "../meeting/meeting.type.js";
import { Quote } from "../quote/quote.type.js";
import { Incident } from "../incident/incident.type.js";

export const SearchResult = createUnionType({
  name: "SearchResult",
  description: "A search hit: an actor by name or alias, a quote by its text, a meeting or an incident by its title and description.",
  types: () => [Actor, Quote, Meeting, Incident] as const,
  resolveType: typenameOf,
});

@ObjectType({ simpleResolvers: true, description: "How well a search result matches (fields of `SearchResultEdge`)." })
export class SearchMatch {
  @Field(() => Float, {
    description: "How well the result matches, higher first: for actors the trigram word similarity of the query to a name or alias (0–1); for quotes, meetings and incidents the full-text rank (ts_rank) of the text, or of the title and description (a word of the title counts more).",
  })
  rank!: number;
}

export const SearchResultConnection = connectionOf(SearchResult, "SearchResult", SearchMatch);
