import { Field, ID, InputType } from "type-graphql";
import { AttendanceRole } from "../../common/enums.js";
import { SHORT_TEXT } from "../../common/formats.js";
import { Text } from "../../common/validation.js";

@InputType({ description: "An attendee of a meeting the reports do not name." })
export class UnnamedAttendanceInput {
  @Field(() => ID, { description: "The meeting (a Meeting)." })
  meeting!: string;

  @Field({ description: "How the reports describe the attendee: \"European leaders\"; once per meeting and affiliation (compared without case, accents and punctuation)." })
  @Text(SHORT_TEXT)
  description!: string;

  @Field(() => ID, { nullable: true, description: "Whom the attendee belongs to (an Actor), when the reports say." })
  affiliation?: string | null;

  @Field(() => AttendanceRole, { description: "Their part in the meeting." })
  role!: AttendanceRole;
}
