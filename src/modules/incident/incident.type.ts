import { Field, Float, ObjectType } from "type-graphql";
import { DatePrecision, FigureBound, IncidentKind, IncidentRole } from "../../common/enums.js";
import { Node, Recorded } from "../../common/node.js";
import { connectionOf } from "../../common/pagination.js";

@ObjectType({ simpleResolvers: true, implements: [Node, Recorded], description: "Something that happened: an attack, a sanction, a tariff." })
export class Incident extends Recorded {
  placeId!: string | null;

  @Field(() => IncidentKind, { description: "What sort of event it was." })
  kind!: IncidentKind;

  @Field({ description: "A short title." })
  title!: string;

  @Field(() => String, { nullable: true, description: "What happened, as reported." })
  description!: string | null;

  @Field(() => Date, { nullable: true, description: "When it began, to `startPrecision`; null when not reported." })
  startsAt!: Date | null;

  @Field(() => DatePrecision, { nullable: true, description: "How precisely `startsAt` is known." })
  startPrecision!: DatePrecision | null;

  @Field(() => Date, { nullable: true, description: "When it ended, when reported." })
  endsAt!: Date | null;

  @Field(() => String, { nullable: true, description: "The article's own words for when it happened: \"overnight Thursday\"." })
  timeSpan!: string | null;
}

@ObjectType({ simpleResolvers: true, implements: [Node, Recorded], description: "One actor's part in an incident." })
export class IncidentParticipant extends Recorded {
  incidentId!: string;
  actorId!: string;

  @Field(() => IncidentRole, { description: "The actor's part: perpetrator, target, responder…" })
  role!: IncidentRole;
}

@ObjectType({ simpleResolvers: true, implements: [Node, Recorded], description: "A number about an incident as somebody claims it: \"112 drones launched\", claimed by the Ukrainian Air Force. Competing claims sit side by side." })
export class Figure extends Recorded {
  incidentId!: string;
  claimantId!: string | null;

  @Field({ description: "What is counted, in snake_case: \"drones_launched\", \"drones_intercepted_or_jammed\"." })
  metric!: string;

  @Field(() => Float, { description: "The claimed number." })
  value!: number;

  @Field(() => FigureBound, { description: "Whether `value` is exact, a lower or upper bound (\"more than 400\"), or approximate (\"about 300\")." })
  bound!: FigureBound;

  @Field({ description: "Unit of `value`: \"drones\", \"percent\", \"people\"." })
  unit!: string;

  @Field(() => String, { nullable: true, description: "The article's wording of what is counted: \"strike and decoy drones\"." })
  qualifier!: string | null;
}

export const IncidentConnection = connectionOf(Incident);
export const IncidentParticipantConnection = connectionOf(IncidentParticipant);
export const FigureConnection = connectionOf(Figure);
