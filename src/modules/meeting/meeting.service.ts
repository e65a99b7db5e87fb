import { writtenThroughApi } from "../../graph/support.js";
import type { Transaction } from "../../common/mutation.js";
import { existingId, optionalId } from "../../common/references.js";
import type { UnitOfWork } from "../../write/unit.js";
import { attendances, meetings } from "../../write/commands.js";
import type { AttendanceInput, MeetingInput } from "./meeting.inputs.js";

async function meetingData(tx: Transaction, input: MeetingInput) {
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

export async function createMeeting(unit: UnitOfWork, input: MeetingInput) {
  return writtenThroughApi(unit, "MEETING", await meetings.create(unit, await meetingData(unit.tx, input)));
}

export async function updateMeeting(unit: UnitOfWork, globalId: string, input: MeetingInput) {
  const id = await existingId(unit.tx, "Meeting", globalId, "id");
  return writtenThroughApi(unit, "MEETING", await meetings.update(unit, id, await meetingData(unit.tx, input)));
}

async function attendanceData(tx: Transaction, input: AttendanceInput) {
  return {
    meetingId: await existingId(tx, "Meeting", input.meeting, "input.meeting"),
    actorId: await existingId(tx, "Actor", input.actor, "input.actor"),
    role: input.role,
  };
}

export async function createAttendance(unit: UnitOfWork, input: AttendanceInput) {
  return writtenThroughApi(unit, "ATTENDANCE", await attendances.create(unit, await attendanceData(unit.tx, input)));
}

export async function updateAttendance(unit: UnitOfWork, globalId: string, input: AttendanceInput) {
  const id = await existingId(unit.tx, "Attendance", globalId, "id");
  return writtenThroughApi(unit, "ATTENDANCE", await attendances.update(unit, id, await attendanceData(unit.tx, input)));
}
