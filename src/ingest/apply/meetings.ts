import type { MeetingDoc } from "../document.js";
import { matchMeeting } from "../../graph/rules.js";
import type { ApplyContext } from "./context.js";
import { mentionFact, namedBy } from "./facts.js";
import { instant } from "./values.js";
import { applyUnnamedAttendees, namedEntries } from "./unnamed-parties.js";

export async function applyMeetings(ctx: ApplyContext, meetings: MeetingDoc[]): Promise<void> {
  for (const [index, meeting] of meetings.entries()) {
    const data = {
      title: meeting.title, description: meeting.description ?? null, status: meeting.status,
      startsAt: instant(meeting.startsAt), startPrecision: meeting.startPrecision ?? null, endsAt: instant(meeting.endsAt),
      placeId: ctx.id("places", meeting.place),
    };
    const attendeeIds = new Set(namedEntries(meeting.attendees).map(([, attendee]) => ctx.id("actors", attendee.actor)));
    const { id } = await mentionFact(ctx, {
      type: "MEETING", key: meeting.key, path: ["meetings", index], ...namedBy(meeting), data, citations: meeting.citations,
      rules: () => matchMeeting(ctx.tx, { ...data, attendeeIds }),
    });
    ctx.setId("meetings", meeting.key, id);
    for (const [a, attendee] of namedEntries(meeting.attendees)) {
      const actorId = ctx.id("actors", attendee.actor);
      await mentionFact(ctx, {
        type: "ATTENDANCE", key: `${meeting.key}/${attendee.actor}`, path: ["meetings", index, "attendees", a],
        data: { meetingId: id, actorId, role: attendee.role }, citations: attendee.citations, api: attendee.api,
        natural: async () => (await ctx.tx.attendance.findUnique({ where: { meetingId_actorId: { meetingId: id, actorId } }, select: { id: true } }))?.id ?? null,
      });
    }
    await applyUnnamedAttendees(ctx, meeting, index, id);
  }
}
