import type { PrismaClient } from "../generated/prisma/client.js";
import type { Transaction } from "../common/mutation.js";
import type { Editor } from "../modules/auth/api-key.service.js";
import { publish, type Announcement, type MeetingChangeKind } from "../events.js";

/** A meeting's change kinds folded into one event per unit: a meeting created (or deleted) in the unit is not also "updated". */
const strongest = (a: MeetingChangeKind, b: MeetingChangeKind): MeetingChangeKind =>
  a === "DELETED" || b === "DELETED" ? "DELETED" : a === "CREATED" || b === "CREATED" ? "CREATED" : "UPDATED";

/**
 * One unit of work: one transaction, stamped with the editor (the audit trigger reads
 * `dossier.editor_id` into createdBy/updatedBy), and the events its commands collect, published
 * only once it has committed.
 */
export class UnitOfWork {
  private readonly recorded: { topic: "quoteRecorded" | "incidentRecorded"; id: string }[] = [];
  /** Each meeting changed in the unit, with its attendees before the first change. */
  private readonly meetings = new Map<string, { change: MeetingChangeKind; before: string[] }>();

  constructor(readonly tx: Transaction, readonly editor: Editor | null) {}

  /** A quote or incident was created: its subscribers hear of it after commit. */
  record(topic: "quoteRecorded" | "incidentRecorded", id: string): void {
    this.recorded.push({ topic, id });
  }

  /** Call before a change that may take attendees away: the event goes to the meeting's attendees before and after it. */
  async meetingChanged(meetingId: string, change: MeetingChangeKind): Promise<void> {
    const known = this.meetings.get(meetingId);
    if (known) known.change = strongest(known.change, change);
    else this.meetings.set(meetingId, { change, before: change === "CREATED" ? [] : await attendeeIds(this.tx, meetingId) });
  }

  /** The events of the unit, read inside its transaction (whom each concerns, as it ends): one statement per kind. */
  async announcements(): Promise<Announcement[]> {
    const { tx } = this;
    const ids = (topic: string) => this.recorded.filter((entry) => entry.topic === topic).map((entry) => entry.id);
    const quotes = await tx.quote.findMany({ where: { id: { in: ids("quoteRecorded") } }, select: { id: true, speakerId: true, speakerAffiliationId: true } });
    const incidents = await tx.incident.findMany({ where: { id: { in: ids("incidentRecorded") } }, select: { id: true, participants: { select: { actorId: true } } } });
    const attendances = await tx.attendance.findMany({ where: { meetingId: { in: [...this.meetings.keys()] } }, select: { meetingId: true, actorId: true } });
    const quoteOf = new Map(quotes.map((quote) => [quote.id, quote]));
    const incidentOf = new Map(incidents.map((incident) => [incident.id, incident]));
    // In the order recorded; a fact deleted again within the unit is not announced.
    return [
      ...this.recorded.flatMap(({ topic, id }): Announcement[] => {
        const quote = topic === "quoteRecorded" ? quoteOf.get(id) : undefined;
        if (quote) return [{ topic, event: { id, actorIds: [quote.speakerId, quote.speakerAffiliationId].filter((actor) => actor !== null) } }];
        const incident = topic === "incidentRecorded" ? incidentOf.get(id) : undefined;
        return incident ? [{ topic, event: { id, actorIds: [...new Set(incident.participants.map((participant) => participant.actorId))] } }] : [];
      }),
      ...[...this.meetings].map(([meetingId, { change, before }]): Announcement => {
        const after = attendances.filter((attendance) => attendance.meetingId === meetingId).map((attendance) => attendance.actorId);
        return { topic: "meetingChanged", event: { meetingId, change, actorIds: [...new Set([...before, ...after])] } };
      }),
    ];
  }
}

/** Who attends a meeting: whom a meetingChanged(actor) subscriber may be following. */
async function attendeeIds(tx: Transaction, meetingId: string): Promise<string[]> {
  const rows = await tx.attendance.findMany({ where: { meetingId }, select: { actorId: true } });
  return rows.map((row) => row.actorId);
}

export interface UnitOptions {
  editor?: Editor | null;
  /** Where the announcements go after commit; without it (the CLI, the seed) they are dropped. */
  events?: Parameters<typeof publish>[0];
  /** Interactive transaction timeout in ms (Prisma's default is 5 s). */
  timeout?: number;
  maxWait?: number;
}

/** Runs `work` as one unit of work: all of it commits, or (it threw) none of it, and nothing is announced. */
export async function runUnit<V>(prisma: PrismaClient, work: (unit: UnitOfWork) => Promise<V>, options: UnitOptions = {}): Promise<V> {
  const { editor = null, events, timeout, maxWait } = options;
  let announcements: Announcement[] = [];
  const value = await prisma.$transaction(async (tx) => {
    if (editor) await tx.$executeRaw`SELECT set_config('dossier.editor_id', ${editor.id}, true)`;
    const unit = new UnitOfWork(tx, editor);
    const result = await work(unit);
    if (events) announcements = await unit.announcements();
    return result;
  }, { timeout, maxWait });
  if (events) publish(events, announcements);
  return value;
}
