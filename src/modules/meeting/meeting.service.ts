import type { MeetingChanged } from "../../events.js";
import { writtenThroughApi } from "../../graph/support.js";
import type { Transaction } from "../../common/mutation.js";
import { checkOrder, existingId, optionalId } from "../../common/references.js";
import type { AttendanceInput, MeetingInput } from "./meeting.inputs.js";

async function meetingData(tx: Transaction, input: MeetingInput) {
  checkOrder(input.startsAt, input.endsAt, "endsAt", "startsAt");
  return {
    title: input.title,
    description: input.description ?? null,
    status: input.status,
    startsAt: input.startsAt ?? null,
    startPrecision: input.startPrecision ?? null,
    endsAt: input.endsAt ?? null,
    placeId: await optionalId(tx, "Place", input.place, "input.place"),
  };
}

/** Who attends a meeting: whom a meetingChanged(actor) subscriber may be following. */
export async function attendeeIds(tx: Transaction, meetingId: string): Promise<string[]> {
  const rows = await tx.attendance.findMany({ where: { meetingId }, select: { actorId: true } });
  return rows.map((row) => row.actorId);
}

/**
 * The meetings an actor attends, each with all its attendees, read before a delete or merge
 * changes who attends them, to announce as UPDATED once it has committed.
 */
export async function meetingsAttendedBy(tx: Transaction, actorId: string): Promise<MeetingChanged[]> {
  const rows = await tx.attendance.findMany({ where: { actorId }, select: { meetingId: true } });
  return Promise.all(rows.map(async ({ meetingId }) => ({ meetingId, change: "UPDATED" as const, actorIds: await attendeeIds(tx, meetingId) })));
}

export async function createMeeting(tx: Transaction, input: MeetingInput) {
  return writtenThroughApi(tx, "MEETING", await tx.meeting.create({ data: await meetingData(tx, input) }));
}

export async function updateMeeting(tx: Transaction, globalId: string, input: MeetingInput) {
  const id = await existingId(tx, "Meeting", globalId, "id");
  return writtenThroughApi(tx, "MEETING", await tx.meeting.update({ where: { id }, data: await meetingData(tx, input) }));
}

async function attendanceData(tx: Transaction, input: AttendanceInput) {
  return {
    meetingId: await existingId(tx, "Meeting", input.meeting, "input.meeting"),
    actorId: await existingId(tx, "Actor", input.actor, "input.actor"),
    role: input.role,
  };
}

export async function createAttendance(tx: Transaction, input: AttendanceInput) {
  return writtenThroughApi(tx, "ATTENDANCE", await tx.attendance.create({ data: await attendanceData(tx, input) }));
}

/** Changes an attendance; returns it with the meeting it was at before. */
export async function updateAttendance(tx: Transaction, globalId: string, input: AttendanceInput) {
  const id = await existingId(tx, "Attendance", globalId, "id");
  const before = await tx.attendance.findUniqueOrThrow({ where: { id } });
  const attendance = await writtenThroughApi(tx, "ATTENDANCE", await tx.attendance.update({ where: { id }, data: await attendanceData(tx, input) }));
  return { attendance, before };
}
