import { Field, Float, ID, InputType } from "type-graphql";
import { ValidateNested } from "class-validator";
import { DatePrecision, FigureBound, IncidentKind, IncidentRole } from "../../common/enums.js";
import { FIGURE_MAGNITUDE, formats, LONG_TEXT, SHORT_TEXT } from "../../common/formats.js";
import { Between, OptionalText, Shaped, Text } from "../../common/validation.js";

@InputType({ description: "One actor's part in an incident." })
export class IncidentParticipantInput {
  @Field(() => ID, { description: "The actor (an Actor)." })
  actor!: string;

  @Field(() => IncidentRole, { description: "Their part: perpetrator, target, responder…" })
  role!: IncidentRole;
}

@InputType({ description: "An incident's fields and participants. `updateIncident` replaces all of them, participants included: an optional field left out is cleared. Figures are recorded with `createFigure`." })
export class IncidentInput {
  @Field(() => IncidentKind, { description: "What sort of event it was." })
  kind!: IncidentKind;

  @Field({ description: "A short title." })
  @Text(SHORT_TEXT)
  title!: string;

  @Field(() => String, { nullable: true, description: "What happened, as reported." })
  @OptionalText(LONG_TEXT)
  description?: string | null;

  @Field(() => Date, { nullable: true, description: "When it began." })
  startsAt?: Date | null;

  @Field(() => DatePrecision, { nullable: true, description: "How precisely `startsAt` is known." })
  startPrecision?: DatePrecision | null;

  @Field(() => Date, { nullable: true, description: "When it ended; not before `startsAt`." })
  endsAt?: Date | null;

  @Field(() => String, { nullable: true, description: "The article's own words for when it happened: \"overnight Thursday\"." })
  @OptionalText(SHORT_TEXT)
  timeSpan?: string | null;

  @Field(() => ID, { nullable: true, description: "Where it happened (a Place)." })
  place?: string | null;

  @Field(() => [IncidentParticipantInput], { nullable: true, description: "Who took part, each with their part; an actor plays each part at most once." })
  @ValidateNested({ each: true })
  participants?: IncidentParticipantInput[] | null;
}

@InputType({ description: "A figure's fields. `updateFigure` replaces all of them: an optional field left out is cleared." })
export class FigureInput {
  @Field(() => ID, { description: "The incident the number is about (an Incident)." })
  incident!: string;

  @Field({ description: "What is counted, in snake_case: \"drones_launched\"." })
  @Text(SHORT_TEXT)
  @Shaped(formats.metric)
  metric!: string;

  @Field(() => Float, { description: "The claimed number, at most 10^15 in magnitude." })
  @Between(-FIGURE_MAGNITUDE, FIGURE_MAGNITUDE)
  value!: number;

  @Field(() => FigureBound, { nullable: true, description: "Whether `value` is exact (the default), a bound or approximate." })
  bound?: FigureBound | null;

  @Field({ description: "Unit of `value`: \"drones\", \"percent\"." })
  @Text(SHORT_TEXT)
  unit!: string;

  @Field(() => String, { nullable: true, description: "The article's wording of what is counted." })
  @OptionalText(SHORT_TEXT)
  qualifier?: string | null;

  @Field(() => ID, { nullable: true, description: "Who claims the number (an Actor)." })
  claimant?: string | null;
}
