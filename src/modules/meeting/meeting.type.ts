import { Field, ObjectType } from "type-graphql";
import { AttendanceRole, DatePrecision, MeetingStatus } from "../../common/enums.js";
import { Node, Recorded } from "../../common/node.js";
import { connectionOf } from "../../common/pagination.js";

@ObjectType({ simpleResolvers: true, implements: [Node, Recorded], description: "A meeting, summit, call or talks: held, planned or cancelled." })
export class Meeting extends Recorded {
  placeId!: string | null;

  @Field({ description: "What the meeting is called or about." })
  title!: string;

  @Field(() => String, { nullable: true, description: "What the meeting was for, as reported." })
  description!: string | null;

  @Field(() => MeetingStatus, { description: "Whether it was held, is planned, or was cancelled." })
  status!: MeetingStatus;

  @Field(() => Date, { nullable: true, description: "When it starts or started, to `startPrecision`; null when the report gives no date." })
  startsAt!: Date | null;

  @Field(() => DatePrecision, { nullable: true, description: "How precisely `startsAt` is known." })
  startPrecision!: DatePrecision | null;

  @Field(() => Date, { nullable: true, description: "When it ends or ended, when reported." })
  endsAt!: Date | null;
}

@ObjectType({ simpleResolvers: true, implements: [Node, Recorded], description: "One actor at one meeting, with the part they play in it." })
export class Attendance extends Recorded {
  meetingId!: string;
  actorId!: string;

  @Field(() => AttendanceRole, { description: "The actor's part in the meeting." })
  role!: AttendanceRole;
}

export const MeetingConnection = connectionOf(Meeting);
export const AttendanceConnection = connectionOf(Attendance);
