import type { AttendeeDoc, MeetingDoc, IncidentDoc, ParticipantDoc } from "../document.js";
import { knownUnnamedAttendance, knownUnnamedParticipant, unnamedKey } from "../../graph/unnamed-parties.js";
import type { ApplyContext } from "./context.js";
import { mentionFact } from "./facts.js";

type Named<T> = T & { actor: string };

/** The entries of a list of attendees or participants that name an actor, with their index in the list. */
export function namedEntries<T extends AttendeeDoc | ParticipantDoc>(entries: T[] | undefined): [number, Named<T>][] {
  return (entries ?? []).flatMap((entry, index) => (entry.actor === undefined ? [] : [[index, entry as Named<T>] as [number, Named<T>]]));
}

/** The attendees a meeting entry describes without naming, each this article's mention of one unnamed attendance. */
export async function applyUnnamedAttendees(ctx: ApplyContext, meeting: MeetingDoc, index: number, meetingId: string): Promise<void> {
  for (const [a, attendee] of (meeting.attendees ?? []).entries()) {
    if (attendee.description === undefined) continue;
    const identity = { meetingId, description: attendee.description, affiliationId: ctx.id("actors", attendee.affiliation) };
    await mentionFact(ctx, {
      type: "UNNAMED_ATTENDANCE", key: unnamedKey(meeting.key, attendee.description, attendee.affiliation), path: ["meetings", index, "attendees", a],
      data: { ...identity, role: attendee.role }, citations: attendee.citations, api: attendee.api,
      natural: () => knownUnnamedAttendance(ctx.tx, identity),
    });
  }
}

/** The participants an incident entry describes without naming, each this article's mention of one unnamed participant. */
export async function applyUnnamedParticipants(ctx: ApplyContext, incident: IncidentDoc, index: number, incidentId: string): Promise<void> {
  for (const [p, participant] of (incident.participants ?? []).entries()) {
    if (participant.description === undefined) continue;
    const identity = { incidentId, description: participant.description, affiliationId: ctx.id("actors", participant.affiliation), role: participant.role };
    await mentionFact(ctx, {
      type: "UNNAMED_PARTICIPANT", key: `${unnamedKey(incident.key, participant.description, participant.affiliation)}/${participant.role}`,
      path: ["incidents", index, "participants", p], data: identity, api: participant.api,
      natural: () => knownUnnamedParticipant(ctx.tx, identity),
    });
  }
}
