import { Field, ID, InputType } from "type-graphql";
import { DatePrecision, MeetingTiming, QuoteKind } from "../../common/enums.js";
import { formats, LONG_TEXT, SHORT_TEXT } from "../../common/formats.js";
import { OptionalText, Shaped, Text } from "../../common/validation.js";

@InputType({ description: "A quote's fields. `updateQuote` replaces all of them: an optional field left out is cleared." })
export class QuoteInput {
  @Field(() => QuoteKind, { description: "Verbatim (DIRECT) or the article's rendering (PARAPHRASE)." })
  kind!: QuoteKind;

  @Field({ description: "The words." })
  @Text(LONG_TEXT)
  text!: string;

  @Field(() => String, { nullable: true, description: "Language of `text` as a BCP 47 tag; \"en\" when left out." })
  @Shaped(formats.language)
  language?: string | null;

  @Field(() => ID, { nullable: true, description: "Who said it (an Actor)." })
  speaker?: string | null;

  @Field(() => String, { nullable: true, description: "How the article describes a speaker it does not name." })
  @OptionalText(SHORT_TEXT)
  speakerDescription?: string | null;

  @Field(() => ID, { nullable: true, description: "The organization an unnamed speaker belongs to (an Actor)." })
  speakerAffiliation?: string | null;

  @Field(() => Date, { nullable: true, description: "When it was said." })
  saidAt?: Date | null;

  @Field(() => DatePrecision, { nullable: true, description: "How precisely `saidAt` is known." })
  saidAtPrecision?: DatePrecision | null;

  @Field(() => ID, { nullable: true, description: "The meeting it was said at, ahead of or after (a Meeting)." })
  meeting?: string | null;

  @Field(() => MeetingTiming, { nullable: true, description: "When it was said relative to `meeting`." })
  meetingTiming?: MeetingTiming | null;

  @Field(() => ID, { nullable: true, description: "Where it was said (a Place)." })
  place?: string | null;

  @Field(() => ID, { nullable: true, description: "The incident the quote is about (an Incident)." })
  aboutIncident?: string | null;

  @Field(() => ID, { nullable: true, description: "The meeting the quote is about, when not said at it (a Meeting)." })
  aboutMeeting?: string | null;
}
