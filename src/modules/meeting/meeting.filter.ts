import { Field, ID, InputType } from "type-graphql";
import { MeetingStatus } from "../../common/enums.js";
import { DateRange } from "../../common/filters.js";

@InputType({ description: "Which meetings to list; the conditions given must all hold." })
export class MeetingFilter {
  @Field(() => DateRange, { nullable: true, description: "Only meetings starting in this span (undated meetings never match)." })
  startsAt?: DateRange | null;

  @Field(() => ID, { nullable: true, description: "Only meetings this actor attends, attended or was invited to (an Actor id)." })
  attendee?: string | null;

  @Field(() => ID, { nullable: true, description: "Only meetings at this place (a Place id)." })
  place?: string | null;

  @Field(() => [MeetingStatus], { nullable: true, description: "Only meetings with one of these statuses." })
  status?: MeetingStatus[] | null;
}
