import { Field, ID, InputType } from "type-graphql";
import { DateRange, MAX_SEARCH_LENGTH } from "../../common/filters.js";

@InputType({ description: "Which quotes to list; the conditions given must all hold." })
export class QuoteFilter {
  @Field(() => ID, { nullable: true, description: "Only quotes by this speaker (an Actor id)." })
  speaker?: string | null;

  @Field(() => DateRange, { nullable: true, description: "Only quotes said in this span (undated quotes never match)." })
  saidAt?: DateRange | null;

  @Field(() => ID, { nullable: true, description: "Only quotes linked to this meeting (a Meeting id)." })
  meeting?: string | null;

  @Field(() => String, {
    nullable: true,
    description: `Full-text search over the quote text (English stemming: "guarantee" finds "guarantees"), at most ${MAX_SEARCH_LENGTH} characters. Web-search syntax: words must all occur, "a quoted phrase" in order, \`or\` between alternatives, \`-word\` to exclude; any other character is plain text. With it, quotes come best match first and each edge carries \`rank\` and \`highlight\`.`,
  })
  search?: string | null;
}
