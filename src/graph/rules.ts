import type { Transaction } from "./fact-types.js";
import { normalized, sameDate, wordOverlap } from "./normalize.js";

/** A near match the rules did not take: kept as a merge candidate. */
export interface NearMatch {
  id: string;
  score: number;
  evidence: Record<string, unknown>;
}

/** What the automatic rules found for a new mention: the fact it is (with the rule's name), and near misses. */
export interface RuleOutcome {
  match?: { id: string; rule: string };
  near: NearMatch[];
}

const noMatch: RuleOutcome = { near: [] };

/** The month around an instant, to read the few facts a date rule can match. */
function monthAround(date: Date): { gte: Date; lt: Date } {
  return { gte: new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() - 1, 1)), lt: new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + 2, 1)) };
}

const overlap = (a: Set<string>, b: Set<string>) => [...a].filter((id) => b.has(id)).length;

export interface MeetingMention {
  startsAt: Date | null;
  startPrecision: string | null;
  placeId: string | null;
  title: string;
  attendeeIds: Set<string>;
}

/**
 * A meeting is a known one when it is on the same date (at the coarser precision), at no other
 * place, and most attendees are shared: at least two, and more than half of the smaller list.
 * Same date with a shared attendee or the same place is a near match.
 */
export async function matchMeeting(tx: Transaction, meeting: MeetingMention): Promise<RuleOutcome> {
  if (!meeting.startsAt) return noMatch;
  const candidates = await tx.meeting.findMany({
    where: { startsAt: monthAround(meeting.startsAt) },
    select: { id: true, title: true, startsAt: true, startPrecision: true, placeId: true, attendances: { select: { actorId: true } } },
    orderBy: { id: "asc" },
  });
  const outcome: RuleOutcome = { near: [] };
  for (const known of candidates) {
    if (!sameDate(known.startsAt!, known.startPrecision, meeting.startsAt, meeting.startPrecision)) continue;
    const attendees = new Set(known.attendances.map((attendance) => attendance.actorId));
    const shared = overlap(attendees, meeting.attendeeIds);
    const smaller = Math.min(attendees.size, meeting.attendeeIds.size);
    const samePlace = known.placeId !== null && known.placeId === meeting.placeId;
    const otherPlace = known.placeId !== null && meeting.placeId !== null && known.placeId !== meeting.placeId;
    const evidence = { sameDate: true, samePlace, otherPlace, sharedAttendees: shared, attendees: [attendees.size, meeting.attendeeIds.size], titles: [known.title, meeting.title] };
    if (!otherPlace && shared >= 2 && shared * 2 > smaller && !outcome.match) outcome.match = { id: known.id, rule: "meeting:same-date-most-attendees" };
    else if (shared > 0 || samePlace) outcome.near.push({ id: known.id, score: round((smaller ? shared / smaller : 0) * 0.7 + (samePlace ? 0.3 : 0)), evidence });
  }
  return outcome;
}

export interface QuoteMention {
  speakerId: string | null;
  speakerDescription: string | null;
  speakerAffiliationId: string | null;
  text: string;
}

/** Containment counts only for texts long enough to say something: "Yes." is in many quotes. */
const MIN_CONTAINED = 20;

/**
 * A quote is a known one of the same speaker (or the same unnamed speaker: description and
 * affiliation) whose text is the same once normalized, or contains it, or is contained in it.
 * Most words shared is a near match.
 */
export async function matchQuote(tx: Transaction, quote: QuoteMention): Promise<RuleOutcome> {
  const sameSpeaker = quote.speakerId !== null
    ? { speakerId: quote.speakerId }
    : quote.speakerDescription !== null ? { speakerId: null, speakerAffiliationId: quote.speakerAffiliationId } : null;
  if (!sameSpeaker) return noMatch;
  const candidates = await tx.quote.findMany({ where: sameSpeaker, select: { id: true, text: true, speakerDescription: true }, orderBy: { id: "asc" } });
  const text = normalized(quote.text);
  const outcome: RuleOutcome = { near: [] };
  for (const known of candidates) {
    if (quote.speakerId === null && normalized(known.speakerDescription ?? "") !== normalized(quote.speakerDescription ?? "")) continue;
    const other = normalized(known.text);
    const contained = Math.min(text.length, other.length) >= MIN_CONTAINED && (other.includes(text) || text.includes(other));
    if ((other === text || contained) && !outcome.match) {
      outcome.match = { id: known.id, rule: other === text ? "quote:same-speaker-same-text" : "quote:same-speaker-contained-text" };
      continue;
    }
    const shared = wordOverlap(known.text, quote.text);
    if (shared >= 0.6) outcome.near.push({ id: known.id, score: round(shared), evidence: { sameSpeaker: true, sharedWords: round(shared), texts: [known.text, quote.text] } });
  }
  return outcome;
}

export interface IncidentMention {
  kind: string;
  startsAt: Date | null;
  startPrecision: string | null;
  placeId: string | null;
  title: string;
  participantIds: Set<string>;
}

/**
 * An incident is a known one of the same kind on the same date (at the coarser precision) with the
 * same place or a shared participant. Same kind and date otherwise is a near match.
 */
export async function matchIncident(tx: Transaction, incident: IncidentMention): Promise<RuleOutcome> {
  if (!incident.startsAt) return noMatch;
  const candidates = await tx.incident.findMany({
    where: { kind: incident.kind as never, startsAt: monthAround(incident.startsAt) },
    select: { id: true, title: true, startsAt: true, startPrecision: true, placeId: true, participants: { select: { actorId: true } } },
    orderBy: { id: "asc" },
  });
  const outcome: RuleOutcome = { near: [] };
  for (const known of candidates) {
    if (!sameDate(known.startsAt!, known.startPrecision, incident.startsAt, incident.startPrecision)) continue;
    const shared = overlap(new Set(known.participants.map((participant) => participant.actorId)), incident.participantIds);
    const samePlace = known.placeId !== null && known.placeId === incident.placeId;
    if ((samePlace || shared > 0) && !outcome.match) outcome.match = { id: known.id, rule: samePlace ? "incident:same-kind-date-place" : "incident:same-kind-date-participant" };
    else outcome.near.push({ id: known.id, score: 0.5, evidence: { sameKind: true, sameDate: true, samePlace, sharedParticipants: shared, titles: [known.title, incident.title] } });
  }
  return outcome;
}

/** A role is a known one with the same holder, the same title (normalized) and the same `of`; its dates are widened. */
export async function matchRole(tx: Transaction, role: { holderId: string; title: string; ofId: string | null }): Promise<RuleOutcome> {
  const candidates = await tx.role.findMany({ where: { holderId: role.holderId, ofId: role.ofId }, select: { id: true, title: true }, orderBy: { id: "asc" } });
  const known = candidates.find((candidate) => normalized(candidate.title) === normalized(role.title));
  return known ? { match: { id: known.id, rule: "role:same-holder-title-of" }, near: [] } : noMatch;
}

/**
 * A figure with the same incident, metric, claimant, value, bound and unit is a corroboration of the known
 * claim. The same claimant giving another value for the metric is a near match.
 */
export async function matchFigure(tx: Transaction, figure: { incidentId: string; metric: string; claimantId: string | null; value: number; bound: string; unit: string }): Promise<RuleOutcome> {
  const candidates = await tx.figure.findMany({
    where: { incidentId: figure.incidentId, metric: figure.metric, claimantId: figure.claimantId },
    select: { id: true, value: true, bound: true, unit: true }, orderBy: { id: "asc" },
  });
  const same = candidates.find((known) => known.value === figure.value && known.bound === figure.bound && known.unit === figure.unit);
  if (same) return { match: { id: same.id, rule: "figure:corroboration" }, near: [] };
  return { near: candidates.map((known) => ({ id: known.id, score: 0.5, evidence: { sameClaimant: true, values: [known.value, figure.value] } })) };
}

const round = (value: number) => Math.round(value * 100) / 100;
