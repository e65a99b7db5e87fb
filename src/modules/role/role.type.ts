import { Field, ObjectType } from "type-graphql";
import { CalendarDate } from "../../common/dates.js";
import { DatePrecision } from "../../common/enums.js";
import { Node, Recorded } from "../../common/node.js";
import { connectionOf } from "../../common/pagination.js";

@ObjectType({ simpleResolvers: true, implements: [Node, Recorded], description: "A time-bounded position of one actor in or for another: Steve Witkoff, special envoy of the US President." })
export class Role extends Recorded {
  holderId!: string;
  ofId!: string | null;

  @Field({ description: "The position: \"Special Envoy\", \"President\", \"Chief of Staff\"." })
  title!: string;

  @Field(() => CalendarDate, { nullable: true, description: "When the position began, if known (see `startPrecision`)." })
  startDate!: Date | null;

  @Field(() => DatePrecision, { nullable: true, description: "How precisely `startDate` is known." })
  startPrecision!: DatePrecision | null;

  @Field(() => CalendarDate, { nullable: true, description: "When the position ended; null while it lasts or when unknown." })
  endDate!: Date | null;

  @Field(() => DatePrecision, { nullable: true, description: "How precisely `endDate` is known." })
  endPrecision!: DatePrecision | null;
}

export const RoleConnection = connectionOf(Role);
