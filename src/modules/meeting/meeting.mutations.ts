import { Arg, Authorized, Ctx, ID, Mutation, Resolver } from "type-graphql";
import type { Context } from "../../context.js";
import { mutationOf } from "../../common/mutation.js";
import { DeleteMutationResolver } from "../../common/delete-mutation.js";
import { Attendance, Meeting } from "./meeting.type.js";
import { AttendanceInput, MeetingInput } from "./meeting.inputs.js";
import { createAttendance, createMeeting, updateAttendance, updateMeeting } from "./meeting.service.js";

const WRITE_CODES = ["BLANK", "TOO_LONG", "INVALID", "NOT_FOUND", "END_BEFORE_START"] as const;
const CreateMeeting = mutationOf("CreateMeeting", "meeting", () => Meeting, WRITE_CODES);
const UpdateMeeting = mutationOf("UpdateMeeting", "meeting", () => Meeting, WRITE_CODES);
const CreateAttendance = mutationOf("CreateAttendance", "attendance", () => Attendance, ["INVALID", "NOT_FOUND", "DUPLICATE"]);
const UpdateAttendance = mutationOf("UpdateAttendance", "attendance", () => Attendance, ["INVALID", "NOT_FOUND", "DUPLICATE"]);

// meetingChanged subscribers hear of each of these once it has committed (src/write/facts.ts).
@Resolver()
export class MeetingMutations {
  @Authorized("EDITOR")
  @Mutation(() => CreateMeeting.Payload, { description: "Records a meeting, summit, call or talks." })
  createMeeting(@Arg("input", { description: "The meeting's fields." }) input: MeetingInput, @Ctx() ctx: Context) {
    return CreateMeeting.run(ctx, { input }, (unit) => createMeeting(unit, input));
  }

  @Authorized("EDITOR")
  @Mutation(() => UpdateMeeting.Payload, { description: "Replaces a meeting's fields." })
  updateMeeting(
    @Arg("id", () => ID, { description: "The meeting to change." }) id: string,
    @Arg("input", { description: "The meeting's new fields." }) input: MeetingInput,
    @Ctx() ctx: Context,
  ) {
    return UpdateMeeting.run(ctx, { input }, (unit) => updateMeeting(unit, id, input));
  }

  @Authorized("EDITOR")
  @Mutation(() => CreateAttendance.Payload, { description: "Records that an actor attends (or attended, or was invited to) a meeting." })
  createAttendance(@Arg("input", { description: "The attendance's fields." }) input: AttendanceInput, @Ctx() ctx: Context) {
    return CreateAttendance.run(ctx, { input }, (unit) => createAttendance(unit, input));
  }

  @Authorized("EDITOR")
  @Mutation(() => UpdateAttendance.Payload, { description: "Replaces an attendance's fields." })
  updateAttendance(
    @Arg("id", () => ID, { description: "The attendance to change." }) id: string,
    @Arg("input", { description: "The attendance's new fields." }) input: AttendanceInput,
    @Ctx() ctx: Context,
  ) {
    return UpdateAttendance.run(ctx, { input }, (unit) => updateAttendance(unit, id, input));
  }
}

export const DeleteMeeting = DeleteMutationResolver("Meeting", "Its attendances and citations go with it; quotes linked to it lose the link.");
export const DeleteAttendance = DeleteMutationResolver("Attendance", "Its citations go with it.");
