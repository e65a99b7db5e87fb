import { Field, ID, InputType } from "type-graphql";
import { IncidentKind, IncidentRole } from "../../common/enums.js";
import { DateRange } from "../../common/filters.js";
import { AttributionFilter } from "../../common/attribution.js";

@InputType({ description: "Which incidents to list; the conditions given must all hold." })
export class IncidentFilter extends AttributionFilter {
  @Field(() => [IncidentKind], { nullable: true, description: "Only incidents of these kinds." })
  kind?: IncidentKind[] | null;

  @Field(() => DateRange, { nullable: true, description: "Only incidents starting in this span (undated incidents never match)." })
  startsAt?: DateRange | null;

  @Field(() => ID, { nullable: true, description: "Only incidents this actor takes part in (an Actor id)." })
  participant?: string | null;

  @Field(() => IncidentRole, { nullable: true, description: "With `participant`: only incidents in which that actor plays this part. Alone: incidents in which some actor plays it." })
  participantRole?: IncidentRole | null;

  @Field(() => ID, { nullable: true, description: "Only incidents at this place (a Place id)." })
  place?: string | null;
}
