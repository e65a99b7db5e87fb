import { Field, ID, InputType } from "type-graphql";
import { DateRange, MAX_SEARCH_LENGTH } from "../../common/filters.js";
import { AttributionFilter } from "../../common/attribution.js";

@InputType({ description: "Which quotes to list; the conditions given must all hold." })
export class QuoteFilter extends AttributionFilter {
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

  @Field(() => Boolean, {
    nullable: true,
    description: "true: only quotes of an unnamed speaker (no `speaker`, a `speakerDescription` such as \"a Ukrainian presidency official speaking on condition of anonymity\"); false: only quotes of a named speaker.",
  })
  unnamedSpeaker?: boolean | null;

  @Field(() => String, {
    nullable: true,
    description: `Only quotes whose \`speakerDescription\` holds these words, at most ${MAX_SEARCH_LENGTH} characters: English full text ("official" finds "officials"), web-search syntax as in \`search\`.`,
  })
  speakerDescription?: string | null;

  @Field(() => ID, { nullable: true, description: "Only quotes whose unnamed speaker belongs to this organization (an Actor id: the quote's `speakerAffiliation`)." })
  speakerAffiliation?: string | null;
}
