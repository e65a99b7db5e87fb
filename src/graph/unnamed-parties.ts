import type { UnnamedAttendance, UnnamedParticipant } from "../generated/prisma/client.js";
import type { Transaction } from "./fact-types.js";
import { normalized } from "./normalize.js";
import type { UnitOfWork } from "../write/unit.js";
import { unnamedAttendances, unnamedParticipants } from "../write/commands.js";
import { moveReferences } from "../write/references.js";

/** An attendee known only by how the article describes it. */
export type UnnamedAttendanceIdentity = Pick<UnnamedAttendance, "meetingId" | "description" | "affiliationId">;

/** A participant known only by how the article describes it, with its part. */
export type UnnamedParticipantIdentity = Pick<UnnamedParticipant, "incidentId" | "description" | "affiliationId" | "role">;

/** Whether a stored description says the same as another: "European leaders" and "European Leaders." do. */
const sameDescription = (description: string) => (row: { description: string }) => normalized(row.description) === normalized(description);

/**
 * The unnamed attendance that is this one: the same meeting, the same affiliation (or none) and the
 * same description once normalised (src/graph/normalize.ts); the role is a value its sources may disagree on.
 */
export async function knownUnnamedAttendance(tx: Transaction, identity: UnnamedAttendanceIdentity): Promise<string | null> {
  const rows = await tx.unnamedAttendance.findMany({
    where: { meetingId: identity.meetingId, affiliationId: identity.affiliationId }, select: { id: true, description: true }, orderBy: { id: "asc" },
  });
  return rows.find(sameDescription(identity.description))?.id ?? null;
}

/** The unnamed participant that is this one: the same incident, affiliation, normalised description and role. */
export async function knownUnnamedParticipant(tx: Transaction, identity: UnnamedParticipantIdentity): Promise<string | null> {
  const rows = await tx.unnamedParticipant.findMany({
    where: { incidentId: identity.incidentId, affiliationId: identity.affiliationId, role: identity.role }, select: { id: true, description: true }, orderBy: { id: "asc" },
  });
  return rows.find(sameDescription(identity.description))?.id ?? null;
}

/** The document key of an unnamed attendee or participant under its meeting or incident: `<parent>/"<normalised description>"[/<affiliation>]`. */
export function unnamedKey(parentKey: string, description: string, affiliation: string | undefined): string {
  return `${parentKey}/"${normalized(description)}"${affiliation === undefined ? "" : `/${affiliation}`}`;
}

/**
 * After a merge moved the unnamed attendees (participants) of one meeting (incident) onto another:
 * those that are one by the identity above become one, the first recorded taking over the others'
 * citations and mentions.
 */
export async function foldUnnamedDuplicates(unit: UnitOfWork, type: "MEETING" | "INCIDENT", parentId: string): Promise<void> {
  const rows: { id: string; description: string; affiliationId: string | null; role: string }[] = type === "MEETING"
    ? await unit.tx.unnamedAttendance.findMany({ where: { meetingId: parentId }, orderBy: { id: "asc" } })
    : await unit.tx.unnamedParticipant.findMany({ where: { incidentId: parentId }, orderBy: { id: "asc" } });
  const first = new Map<string, string>();
  for (const row of rows) {
    const identity = [normalized(row.description), row.affiliationId, type === "INCIDENT" ? row.role : ""].join("\u0000");
    const kept = first.get(identity);
    if (kept === undefined) {
      first.set(identity, row.id);
    } else if (type === "MEETING") {
      await moveReferences(unit, [["Citation", "unnamedAttendanceId"], ["Mention", "unnamedAttendanceId"]], row.id, kept);
      await unnamedAttendances.delete(unit, row.id);
    } else {
      await moveReferences(unit, [["Mention", "unnamedParticipantId"]], row.id, kept);
      await unnamedParticipants.delete(unit, row.id);
    }
  }
}
