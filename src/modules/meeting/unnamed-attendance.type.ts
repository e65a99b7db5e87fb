import { Field, ObjectType } from "type-graphql";
import { AttendanceRole } from "../../common/enums.js";
import { Node, Recorded } from "../../common/node.js";
import { connectionOf } from "../../common/pagination.js";

@ObjectType({
  implements: [Node, Recorded],
  description: "An attendee the reports do not name, known by how they describe it (\"European leaders\") and, when given, whom it belongs to. One per meeting, description (compared without case, accents and punctuation) and affiliation, however many articles report it.",
})
export class UnnamedAttendance extends Recorded {
  meetingId!: string;
  affiliationId!: string | null;

  @Field({ description: "How the reports describe the attendee: \"European leaders\", \"a senior US official\" (the latest report's wording)." })
  description!: string;

  @Field(() => AttendanceRole, { description: "The attendee's part in the meeting." })
  role!: AttendanceRole;
}

export const UnnamedAttendanceConnection = connectionOf(UnnamedAttendance);
