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
    else this.meetings.set(meetingId, { change, before: await attendeeIds(this.tx, meetingId) });
  }

  /** The events of the unit, read inside its transaction (whom each concerns, as it ends). */
  async announcements(): Promise<Announcement[]> {
    const { tx } = this;
    const announcements: Announcement[] = [];
    for (const { topic, id } of this.recorded) {
      if (topic === "quoteRecorded") {
        const quote = await tx.quote.findUnique({ where: { id }, select: { speakerId: true, speakerAffiliationId: true } });
        if (quote) announcements.push({ topic, event: { id, actorIds: [quote.speakerId, quote.speakerAffiliationId].filter((actor) => actor !== null) } });
      } else if (await tx.incident.count({ where: { id } })) {
        announcements.push({ topic, event: { id, actorIds: await participantIds(tx, id) } });
      }
    }
    for (const [meetingId, { change, before }] of this.meetings) {
      const after = change === "DELETED" ? [] : await attendeeIds(tx, meetingId);
      announcements.push({ topic: "meetingChanged", event: { meetingId, change, actorIds: [...new Set([...before, ...after])] } });
    }
    return announcements;
  }
}

/** Who attends a meeting: whom a meetingChanged(actor) subscriber may be following. */
export async function attendeeIds(tx: Transaction, meetingId: string): Promise<string[]> {
  const rows = await tx.attendance.findMany({ where: { meetingId }, select: { actorId: true } });
  return rows.map((row) => row.actorId);
}

/** Whom an incident concerns, for incidentRecorded(actor) subscribers: its participants. */
export async function participantIds(tx: Transaction, incidentId: string): Promise<string[]> {
  const rows = await tx.incidentParticipant.findMany({ where: { incidentId }, select: { actorId: true } });
  return [...new Set(rows.map((row) => row.actorId))];
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
    announcements = await unit.announcements();
    return result;
  }, { timeout, maxWait });
  if (events) publish(events, announcements);
  return value;
}
