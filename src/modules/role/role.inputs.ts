import { Field, ID, InputType } from "type-graphql";
import { CalendarDate } from "../../common/dates.js";
import { DatePrecision } from "../../common/enums.js";
import { SHORT_TEXT } from "../../common/formats.js";
import { Text } from "../../common/validation.js";

@InputType({ description: "A role's fields. `updateRole` replaces all of them: an optional field left out is cleared." })
export class RoleInput {
  @Field(() => ID, { description: "Who holds the position (an Actor)." })
  holder!: string;

  @Field({ description: "The position: \"Special Envoy\"." })
  @Text(SHORT_TEXT)
  title!: string;

  @Field(() => ID, { nullable: true, description: "In or for whom the position is held (an Actor)." })
  of?: string | null;

  @Field(() => CalendarDate, { nullable: true, description: "When the position began." })
  startDate?: Date | null;

  @Field(() => DatePrecision, { nullable: true, description: "How precisely `startDate` is known." })
  startPrecision?: DatePrecision | null;

  @Field(() => CalendarDate, { nullable: true, description: "When the position ended; not before `startDate`." })
  endDate?: Date | null;

  @Field(() => DatePrecision, { nullable: true, description: "How precisely `endDate` is known." })
  endPrecision?: DatePrecision | null;
}
