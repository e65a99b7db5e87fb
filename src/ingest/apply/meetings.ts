import type { AttendeeDoc, MeetingDoc } from "../document.js";
import { changedFields, isEmpty } from "../changes.js";
import type { ApplyContext } from "./context.js";
import { createCitations, syncCitations, type StoredCitation } from "./citations.js";
import { OwnedFacts } from "./owned-facts.js";
import { instant } from "./values.js";

type StoredAttendance = { id: string; actorId: string; role: string; citations: StoredCitation[] };
type MeetingExtra = { attendances: StoredAttendance[] };

/** A meeting's attendees are the document's: matched by actor, the role updated, the rest removed. */
async function syncAttendances(ctx: ApplyContext, meetingId: string, stored: StoredAttendance[], attendees: AttendeeDoc[]) {
  const byActor = new Map(stored.map((attendance) => [attendance.actorId, attendance]));
  for (const attendee of attendees) {
    const actorId = ctx.id("actors", attendee.actor);
    const before = byActor.get(actorId);
    byActor.delete(actorId);
    if (!before) {
      await ctx.tx.attendance.create({
        data: { meetingId, actorId, role: attendee.role, citations: createCitations(ctx, attendee.citations) },
      });
      ctx.count("attendance", "created");
    } else {
      const changes = changedFields(before, { role: attendee.role });
      if (isEmpty(changes)) ctx.count("attendance", "unchanged");
      else {
        await ctx.tx.attendance.update({ where: { id: before.id }, data: changes });
        ctx.count("attendance", "updated");
      }
      await syncCitations(ctx, "attendanceId", before.id, before.citations, attendee.citations);
    }
    ctx.applied();
  }
  const dropped = [...byActor.values()];
  if (dropped.length === 0) return;
  await ctx.tx.attendance.deleteMany({ where: { id: { in: dropped.map((attendance) => attendance.id) } } });
  ctx.count("attendance", "deleted", dropped.length);
  ctx.count("citation", "deleted", dropped.reduce((sum, attendance) => sum + attendance.citations.length, 0));
}

export async function applyMeetings(ctx: ApplyContext, meetings: MeetingDoc[]): Promise<OwnedFacts<MeetingExtra>> {
  const facts = await OwnedFacts.load<MeetingExtra>(ctx, "meeting", {
    attendances: { include: { citations: { where: { articleId: ctx.articleId } } } },
  });
  for (const meeting of meetings) {
    const { id, before } = await facts.apply({
      key: meeting.key,
      data: {
        title: meeting.title, description: meeting.description ?? null, status: meeting.status,
        startsAt: instant(meeting.startsAt), startPrecision: meeting.startPrecision ?? null, endsAt: instant(meeting.endsAt),
        placeId: ctx.id("places", meeting.place),
      },
      citations: meeting.citations,
    });
    ctx.setId("meetings", meeting.key, id);
    await syncAttendances(ctx, id, before?.attendances ?? [], meeting.attendees ?? []);
  }
  return facts;
}

/** Counts the attendances that went with deleted meetings. */
export function countDroppedAttendances(ctx: ApplyContext, dropped: MeetingExtra[]): void {
  const attendances = dropped.flatMap((meeting) => meeting.attendances);
  ctx.count("attendance", "deleted", attendances.length);
  ctx.count("citation", "deleted", attendances.reduce((sum, attendance) => sum + attendance.citations.length, 0));
}
