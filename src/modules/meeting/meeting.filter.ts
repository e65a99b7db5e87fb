import { Field, ID, InputType } from "type-graphql";
import { MeetingStatus } from "../../common/enums.js";
import { DateRange, MAX_SEARCH_LENGTH } from "../../common/filters.js";
import { AttributionFilter } from "../../common/attribution.js";

@InputType({ description: "Which meetings to list; the conditions given must all hold." })
export class MeetingFilter extends AttributionFilter {
  @Field(() => DateRange, { nullable: true, description: "Only meetings starting in this span (undated meetings never match)." })
  startsAt?: DateRange | null;

  @Field(() => ID, { nullable: true, description: "Only meetings this actor attends, attended or was invited to (an Actor id)." })
  attendee?: string | null;

  @Field(() => ID, { nullable: true, description: "Only meetings at this place (a Place id)." })
  place?: string | null;

  @Field(() => [MeetingStatus], { nullable: true, description: "Only meetings with one of these statuses." })
  status?: MeetingStatus[] | null;

  @Field(() => String, {
    nullable: true,
    description: `Only meetings whose title holds these words, at most ${MAX_SEARCH_LENGTH} characters: English full text (stemming: "guarantee" finds "guarantees"), web-search syntax as in \`QuoteFilter.search\`. The list keeps its time order.`,
  })
  title?: string | null;

  @Field(() => String, { nullable: true, description: "Only meetings at a place whose name — or a word of it — starts with this text, ignoring case and accents (\"paris\", \"washington\")." })
  placeName?: string | null;
}
