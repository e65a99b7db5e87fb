import { Field, ID, InputType } from "type-graphql";
import { AttendanceRole, DatePrecision, MeetingStatus } from "../../common/enums.js";
import { LONG_TEXT, SHORT_TEXT } from "../../common/formats.js";
import { OptionalText, Text } from "../../common/validation.js";

@InputType({ description: "A meeting's fields. `updateMeeting` replaces all of them: an optional field left out is cleared. Attendees are recorded with `createAttendance`." })
export class MeetingInput {
  @Field({ description: "What the meeting is called or about." })
  @Text(SHORT_TEXT)
  title!: string;

  @Field(() => String, { nullable: true, description: "What the meeting was for, as reported." })
  @OptionalText(LONG_TEXT)
  description?: string | null;

  @Field(() => MeetingStatus, { description: "Whether it was held, is planned, or was cancelled." })
  status!: MeetingStatus;

  @Field(() => Date, { nullable: true, description: "When it starts or started." })
  startsAt?: Date | null;

  @Field(() => DatePrecision, { nullable: true, description: "How precisely `startsAt` is known." })
  startPrecision?: DatePrecision | null;

  @Field(() => Date, { nullable: true, description: "When it ends or ended; not before `startsAt`." })
  endsAt?: Date | null;

  @Field(() => ID, { nullable: true, description: "Where it takes or took place (a Place)." })
  place?: string | null;
}

@InputType({ description: "An actor at a meeting. `updateAttendance` replaces all fields." })
export class AttendanceInput {
  @Field(() => ID, { description: "The meeting (a Meeting)." })
  meeting!: string;

  @Field(() => ID, { description: "Who attends (an Actor); once per meeting." })
  actor!: string;

  @Field(() => AttendanceRole, { description: "Their part in the meeting." })
  role!: AttendanceRole;
}
