import { describe, expect, it } from "vitest";
import { useTestServer } from "./helpers/server.js";
import { actorId, mutate, nodeExists } from "./helpers/graph.js";

const api = useTestServer();

const MEETING = `mutation($input: MeetingInput!) { createMeeting(input: $input) { meeting { id title status startsAt endsAt } errors { field message code } } }`;
const UPDATE_MEETING = `mutation($id: ID!, $input: MeetingInput!) { updateMeeting(id: $id, input: $input) { meeting { title status attendees { totalCount } } errors { field message code } } }`;
const ATTEND = `mutation($input: AttendanceInput!) { createAttendance(input: $input) { attendance { id role actor { name } meeting { title } } errors { field message code } } }`;
const UPDATE_ATTENDANCE = `mutation($id: ID!, $input: AttendanceInput!) { updateAttendance(id: $id, input: $input) { attendance { role } errors { field message code } } }`;

describe("meetings and attendances", () => {
  it("creates a meeting, adds, changes and removes an attendee, and deletes it", async () => {
    const meeting = await mutate(api, MEETING, { input: { title: "Call on security guarantees", status: "PLANNED", startsAt: "2025-09-10T14:00:00Z", startPrecision: "TIME" } });
    expect(meeting).toMatchObject({ meeting: { title: "Call on security guarantees", status: "PLANNED", startsAt: "2025-09-10T14:00:00.000Z" }, errors: [] });
    const actor = await actorId(api, "Keir Starmer");
    const attendance = await mutate(api, ATTEND, { input: { meeting: meeting.meeting.id, actor, role: "INVITED" } });
    expect(attendance.attendance).toMatchObject({ role: "INVITED", actor: { name: "Keir Starmer" }, meeting: { title: "Call on security guarantees" } });
    const changed = await mutate(api, UPDATE_ATTENDANCE, { id: attendance.attendance.id, input: { meeting: meeting.meeting.id, actor, role: "HOST" } });
    expect(changed).toEqual({ attendance: { role: "HOST" }, errors: [] });
    const held = await mutate(api, UPDATE_MEETING, { id: meeting.meeting.id, input: { title: "Call on security guarantees", status: "HELD" } });
    expect(held).toEqual({ meeting: { title: "Call on security guarantees", status: "HELD", attendees: { totalCount: 1 } }, errors: [] });
    await mutate(api, `mutation($id: ID!) { deleteAttendance(id: $id) { deletedId } }`, { id: attendance.attendance.id }, api.keys.admin);
    expect(await nodeExists(api, attendance.attendance.id)).toBe(false);
    const deleted = await mutate(api, `mutation($id: ID!) { deleteMeeting(id: $id) { deletedId } }`, { id: meeting.meeting.id }, api.keys.admin);
    expect(deleted.deletedId).toBe(meeting.meeting.id);
    expect(await nodeExists(api, meeting.meeting.id)).toBe(false);
  });

  it("refuses an end before the start and a 100,000-character title", async () => {
    const payload = await mutate(api, MEETING, { input: { title: "t".repeat(100_000), status: "HELD" } });
    expect(payload.errors).toEqual([{ field: ["input", "title"], message: "title must be at most 500 characters", code: "TOO_LONG" }]);
    const backwards = await mutate(api, MEETING, { input: { title: "Summit", status: "HELD", startsAt: "2025-09-04T10:00:00Z", endsAt: "2025-09-04T09:00:00Z" } });
    expect(backwards.errors).toEqual([{ field: ["input", "endsAt"], message: "endsAt must not be before startsAt", code: "END_BEFORE_START" }]);
  });

  it("refuses the same actor twice at one meeting and an unknown meeting", async () => {
    const meeting = await mutate(api, MEETING, { input: { title: "Bilateral", status: "HELD" } });
    const actor = await actorId(api, "Emmanuel Macron");
    await mutate(api, ATTEND, { input: { meeting: meeting.meeting.id, actor, role: "HOST" } });
    const twice = await mutate(api, ATTEND, { input: { meeting: meeting.meeting.id, actor, role: "PARTICIPANT" } });
    expect(twice.errors).toEqual([{ field: ["input", "actor"], message: "actor is already taken", code: "DUPLICATE" }]);
    const nowhere = Buffer.from("Meeting:00000000-0000-7000-8000-000000000002").toString("base64url");
    const unknown = await mutate(api, ATTEND, { input: { meeting: nowhere, actor, role: "HOST" } });
    expect(unknown.errors).toEqual([{ field: ["input", "meeting"], message: `meeting names no Meeting: "${nowhere}"`, code: "NOT_FOUND" }]);
  });
});
