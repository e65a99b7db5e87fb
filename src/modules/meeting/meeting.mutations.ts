import { Arg, Authorized, Ctx, ID, Mutation, Resolver } from "type-graphql";
import type { Context } from "../../context.js";
import type { MeetingChangeKind } from "../../events.js";
import { mutationOf, type Transaction } from "../../common/mutation.js";
import { DeleteMutationResolver } from "../../common/delete-mutation.js";
import { Attendance, Meeting } from "./meeting.type.js";
import { AttendanceInput, MeetingInput } from "./meeting.inputs.js";
import { attendeeIds, createAttendance, createMeeting, updateAttendance, updateMeeting } from "./meeting.service.js";

const WRITE_CODES = ["BLANK", "TOO_LONG", "INVALID", "NOT_FOUND", "END_BEFORE_START"] as const;
const CreateMeeting = mutationOf("CreateMeeting", "meeting", () => Meeting, WRITE_CODES);
const UpdateMeeting = mutationOf("UpdateMeeting", "meeting", () => Meeting, WRITE_CODES);
const CreateAttendance = mutationOf("CreateAttendance", "attendance", () => Attendance, ["INVALID", "NOT_FOUND", "DUPLICATE"]);
const UpdateAttendance = mutationOf("UpdateAttendance", "attendance", () => Attendance, ["INVALID", "NOT_FOUND", "DUPLICATE"]);

/** Announces, after commit, a change to `meetingIds` to subscribers following any of their attendees. */
async function announce(ctx: Context, tx: Transaction, change: MeetingChangeKind, meetingIds: string[], formerAttendees: string[] = []) {
  const events = await Promise.all(meetingIds.map(async (meetingId) => ({
    meetingId, change, actorIds: [...new Set([...formerAttendees, ...(await attendeeIds(tx, meetingId))])],
  })));
  return () => events.forEach((event) => ctx.events.meetingChanged(event));
}

@Resolver()
export class MeetingMutations {
  @Authorized("EDITOR")
  @Mutation(() => CreateMeeting.Payload, { description: "Records a meeting, summit, call or talks." })
  createMeeting(@Arg("input", { description: "The meeting's fields." }) input: MeetingInput, @Ctx() ctx: Context) {
    let publish = () => {};
    return CreateMeeting.run(ctx, { input }, async (tx) => {
      const meeting = await createMeeting(tx, input);
      publish = await announce(ctx, tx, "CREATED", [meeting.id]);
      return meeting;
    }, { afterCommit: () => publish() });
  }

  @Authorized("EDITOR")
  @Mutation(() => UpdateMeeting.Payload, { description: "Replaces a meeting's fields." })
  updateMeeting(
    @Arg("id", () => ID, { description: "The meeting to change." }) id: string,
    @Arg("input", { description: "The meeting's new fields." }) input: MeetingInput,
    @Ctx() ctx: Context,
  ) {
    let publish = () => {};
    return UpdateMeeting.run(ctx, { input }, async (tx) => {
      const meeting = await updateMeeting(tx, id, input);
      publish = await announce(ctx, tx, "UPDATED", [meeting.id]);
      return meeting;
    }, { afterCommit: () => publish() });
  }

  @Authorized("EDITOR")
  @Mutation(() => CreateAttendance.Payload, { description: "Records that an actor attends (or attended, or was invited to) a meeting." })
  createAttendance(@Arg("input", { description: "The attendance's fields." }) input: AttendanceInput, @Ctx() ctx: Context) {
    let publish = () => {};
    return CreateAttendance.run(ctx, { input }, async (tx) => {
      const attendance = await createAttendance(tx, input);
      publish = await announce(ctx, tx, "UPDATED", [attendance.meetingId]);
      return attendance;
    }, { afterCommit: () => publish() });
  }

  @Authorized("EDITOR")
  @Mutation(() => UpdateAttendance.Payload, { description: "Replaces an attendance's fields." })
  updateAttendance(
    @Arg("id", () => ID, { description: "The attendance to change." }) id: string,
    @Arg("input", { description: "The attendance's new fields." }) input: AttendanceInput,
    @Ctx() ctx: Context,
  ) {
    let publish = () => {};
    return UpdateAttendance.run(ctx, { input }, async (tx) => {
      const { attendance, before } = await updateAttendance(tx, id, input);
      publish = await announce(ctx, tx, "UPDATED", [...new Set([before.meetingId, attendance.meetingId])], [before.actorId]);
      return attendance;
    }, { afterCommit: () => publish() });
  }
}

export const DeleteMeeting = DeleteMutationResolver("Meeting", "Its attendances and citations go with it; quotes linked to it lose the link.", {
  collect: (tx, id) => attendeeIds(tx, id),
  publish: (events, actorIds, meetingId) => events.meetingChanged({ meetingId, change: "DELETED", actorIds }),
});

export const DeleteAttendance = DeleteMutationResolver("Attendance", "Its citations go with it.", {
  collect: async (tx, id) => {
    const { meetingId } = await tx.attendance.findUniqueOrThrow({ where: { id } });
    return { meetingId, actorIds: await attendeeIds(tx, meetingId) };
  },
  publish: (events, { meetingId, actorIds }) => events.meetingChanged({ meetingId, change: "UPDATED", actorIds }),
});
