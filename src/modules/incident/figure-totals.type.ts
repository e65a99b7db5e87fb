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

  @Field(() => ID, { nullable: true, description: "Only figures claimed by this actor (an Actor id): competing claims are otherwise summed side by side." })
  claimant?: string | null;

  @Field(() => ID, { nullable: true, description: "Only figures about incidents this actor takes part in (an Actor id)." })
  participant?: string | null;
}

@ObjectType({ description: "The sum of the figures of one metric and unit over one period." })
export class FigureTotal {
  @Field({ description: "What is counted: \"drones_launched\"." })
  metric!: string;

  @Field({ description: "Unit of `total`: \"drones\"." })
  unit!: string;

  @Field(() => Date, { nullable: true, description: "Start of the period (UTC); null when grouped by ALL." })
  period!: Date | null;

  @Field(() => Float, { description: "Sum of the figures' values." })
  total!: number;

  @Field(() => Int, { description: "How many figures were summed." })
  count!: number;
}
