import { Field, Float, ID, InputType, Int, ObjectType, registerEnumType } from "type-graphql";
import { IncidentKind } from "../../common/enums.js";
import { DateRange } from "../../common/filters.js";

export enum TimeBucket {
  DAY = "DAY",
  MONTH = "MONTH",
  YEAR = "YEAR",
  ALL = "ALL",
}

registerEnumType(TimeBucket, {
  name: "TimeBucket",
  description: "The periods totals are grouped by (UTC calendar periods of the incident's start).",
  valuesConfig: {
    DAY: { description: "One total per calendar day." },
    MONTH: { description: "One total per calendar month." },
    YEAR: { description: "One total per calendar year." },
    ALL: { description: "One total over the whole span; undated incidents count too unless `startsAt` is given." },
  },
});

@InputType({ description: "Which incident figures to sum; the conditions given must all hold." })
export class FigureTotalsFilter {
  @Field(() => [String], { nullable: true, description: "Only these metrics, e.g. [\"drones_launched\", \"drones_intercepted_or_jammed\"]." })
  metric?: string[] | null;

  @Field(() => [IncidentKind], { nullable: true, description: "Only figures about incidents of these kinds." })
  incidentKind?: IncidentKind[] | null;

  @Field(() => DateRange, { nullable: true, description: "Only figures about incidents starting in this span." })
  startsAt?: DateRange | null;

  @Field(() => ID, { nullable: true, description: "Only figures claimed by this actor (an Actor id); otherwise claimants are kept apart (see `FigureTotal.claimants`, `min`, `max`)." })
  claimant?: string | null;

  @Field(() => ID, { nullable: true, description: "Only figures about incidents this actor takes part in (an Actor id)." })
  participant?: string | null;
}

@ObjectType({ simpleResolvers: true, description: "One claimant's part of a total: the sum of its claims (one per incident)." })
export class ClaimantFigureTotal {
  claimantId!: string | null;

  @Field(() => Float, { description: "Sum over the incidents of this claimant's claim (its largest, when it made several)." })
  total!: number;

  @Field(() => Int, { description: "How many distinct claims (incident, metric, claimant, value) of this claimant were combined." })
  count!: number;
}

@ObjectType({
  simpleResolvers: true,
  description: "The figures of one metric and unit over one period, each claim counted once: one value per incident, metric and claimant however many articles report it, competing claimants kept apart.",
})
export class FigureTotal {
  @Field({ description: "What is counted: \"drones_launched\"." })
  metric!: string;

  @Field({ description: "Unit of `total`: \"drones\"." })
  unit!: string;

  @Field(() => Date, { nullable: true, description: "Start of the period (UTC); null when grouped by ALL." })
  period!: Date | null;

  @Field(() => Float, { description: "The conservative total: over the incidents, the sum of the lowest claim of each (as ACLED counts competing reports); equals `min`." })
  total!: number;

  @Field(() => Float, { description: "Sum over the incidents of the lowest claim among the claimants." })
  min!: number;

  @Field(() => Float, { description: "Sum over the incidents of the highest claim among the claimants." })
  max!: number;

  @Field(() => Int, { description: "How many distinct claims (incident, metric, claimant, value) were combined; a claim several articles report counts once." })
  count!: number;

  @Field({ description: "Some combined claim is only a lower bound (\"more than 400\"): the true total may be higher." })
  atLeast!: boolean;

  @Field({ description: "Some combined claim is only an upper bound (\"up to 50\"): the true total may be lower." })
  atMost!: boolean;

  @Field({ description: "Some combined claim is approximate (\"about 300\")." })
  approximate!: boolean;

  @Field(() => [ClaimantFigureTotal], { description: "The total of each claimant (null claimant: figures nobody is named for), in claimant id order." })
  claimants!: ClaimantFigureTotal[];
}
