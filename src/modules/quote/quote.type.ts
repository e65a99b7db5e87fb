import { Field, Float, ObjectType } from "type-graphql";
import { DatePrecision, MeetingTiming, QuoteKind } from "../../common/enums.js";
import { Node, Recorded } from "../../common/node.js";
import { connectionOf } from "../../common/pagination.js";

@ObjectType({ simpleResolvers: true, implements: [Node, Recorded], description: "A statement: the speaker's own words (DIRECT) or the article's rendering of them (PARAPHRASE)." })
export class Quote extends Recorded {
  speakerId!: string | null;
  speakerAffiliationId!: string | null;
  meetingId!: string | null;
  placeId!: string | null;
  aboutIncidentId!: string | null;
  aboutMeetingId!: string | null;

  @Field(() => QuoteKind, { description: "Verbatim or paraphrased." })
  kind!: QuoteKind;

  @Field({ description: "The words: verbatim for DIRECT quotes." })
  text!: string;

  @Field({ description: "Language of `text` (BCP 47 tag, e.g. \"en\")." })
  language!: string;

  @Field(() => String, { nullable: true, description: "How the article describes a speaker it does not name: \"a Ukrainian presidency official speaking on condition of anonymity\"." })
  speakerDescription!: string | null;

  @Field(() => Date, { nullable: true, description: "When it was said, to `saidAtPrecision`; null when the article does not say." })
  saidAt!: Date | null;

  @Field(() => DatePrecision, { nullable: true, description: "How precisely `saidAt` is known." })
  saidAtPrecision!: DatePrecision | null;

  @Field(() => MeetingTiming, { nullable: true, description: "When it was said relative to `meeting`: before, during or after it." })
  meetingTiming!: MeetingTiming | null;
}

@ObjectType({ simpleResolvers: true, description: "How a quote matches a full-text search (fields of `QuoteEdge`)." })
export class QuoteMatch {
  @Field(() => Float, { nullable: true, description: "How well the quote matches `filter.search` (PostgreSQL ts_rank; higher is better); null without a search." })
  rank?: number | null;

  @Field(() => String, { nullable: true, description: "The quote text, HTML-escaped, with the words matching `filter.search` wrapped in <mark>…</mark>; null without a search." })
  highlight?: string | null;
}

export const QuoteConnection = connectionOf(Quote, "Quote", QuoteMatch);
