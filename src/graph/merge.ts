import { Prisma } from "../generated/prisma/client.js";
import { toGlobalId } from "../common/node-id.js";
import { forgetCandidates } from "./candidates.js";
import { deriveCurrentValues } from "./support.js";
import { delegate, factTables, type FactType } from "./fact-types.js";
import type { UnitOfWork } from "../write/unit.js";
import { commandOf } from "../write/commands.js";
import { moveReferences } from "../write/references.js";
import { foldUnnamedDuplicates } from "./unnamed-parties.js";

/** A child table whose rows move from the merged fact to the kept one; `unique` columns say when the kept fact already has the row. */
interface Child {
  table: "Attendance" | "UnnamedAttendance" | "IncidentParticipant" | "UnnamedParticipant" | "Figure" | "Quote";
  column: string;
  unique?: string[];
  /** The child's own column in Citation and Mention, to hand a duplicate's support to the kept row. */
  supportColumn?: "attendanceId" | "participantId";
}

const children: Partial<Record<FactType, Child[]>> = {
  MEETING: [
    { table: "Attendance", column: "meetingId", unique: ["actorId"], supportColumn: "attendanceId" },
    { table: "UnnamedAttendance", column: "meetingId" },
    { table: "Quote", column: "meetingId" },
  ],
  INCIDENT: [
    { table: "IncidentParticipant", column: "incidentId", unique: ["actorId", "role"], supportColumn: "participantId" },
    { table: "UnnamedParticipant", column: "incidentId" },
    { table: "Figure", column: "incidentId" },
  ],
};

const raw = (name: string) => Prisma.raw(`"${name}"`);
const uuid = (id: string) => Prisma.sql`CAST(${id} AS uuid)`;

async function moveChildren(unit: UnitOfWork, child: Child, keepId: string, mergeId: string): Promise<void> {
  const { tx } = unit;
  const table = raw(child.table);
  const column = raw(child.column);
  if (child.unique && child.supportColumn) {
    // Where both facts have the row (an actor at both meetings), the kept row takes over the other's citations and mentions.
    const same = Prisma.join(child.unique.map((name) => Prisma.sql`k.${raw(name)} = m.${raw(name)}`), " AND ");
    const pairs = Prisma.sql`SELECT m.id AS merged, k.id AS kept FROM ${table} m JOIN ${table} k ON ${same} AND k.${column} = ${uuid(keepId)} WHERE m.${column} = ${uuid(mergeId)}`;
    const support = raw(child.supportColumn);
    if (child.supportColumn === "attendanceId") {
      await tx.$executeRaw`UPDATE "Citation" c SET ${support} = p.kept FROM (${pairs}) p WHERE c.${support} = p.merged`;
    }
    await tx.$executeRaw`UPDATE "Mention" c SET ${support} = p.kept FROM (${pairs}) p WHERE c.${support} = p.merged`;
    await tx.$executeRaw`DELETE FROM ${table} WHERE id IN (SELECT merged FROM (${pairs}) p)`;
  }
  await moveReferences(unit, [[child.table, child.column]], mergeId, keepId);
}

/**
 * Makes two records of one fact one: everything that refers to `mergeId` — citations, every
 * source's mention, refs, attendances, participants, figures, quotes at a meeting — moves to
 * `keepId`; `mergeId`'s global id becomes a ref of the kept fact, so a document naming either lands
 * on it later; the kept fact's current values are derived again from all its sources.
 */
export async function mergeFacts(unit: UnitOfWork, type: FactType, keepId: string, mergeId: string) {
  const { tx } = unit;
  const { column, node } = factTables[type];
  if (type === "MEETING") {
    // Read before attendances move: the merged meeting's attendees hear of its going.
    await unit.meetingChanged(mergeId, "DELETED");
    await unit.meetingChanged(keepId, "UPDATED");
  }
  for (const child of children[type] ?? []) await moveChildren(unit, child, keepId, mergeId);
  if (type === "MEETING" || type === "INCIDENT") await foldUnnamedDuplicates(unit, type, keepId);
  await moveReferences(unit, factTables[type].cited ? [["Citation", column], ["Mention", column]] : [["Mention", column]], mergeId, keepId);
  await tx.factRef.updateMany({ where: { factId: mergeId }, data: { factId: keepId } });
  await tx.factRef.upsert({ where: { ref: toGlobalId(node, mergeId) }, create: { ref: toGlobalId(node, mergeId), factType: type, factId: keepId }, update: { factId: keepId } });
  await forgetCandidates(tx, mergeId);
  await commandOf[type].delete(unit, mergeId);
  await deriveCurrentValues(unit, type, keepId);
  return delegate(tx, type).findUnique({ where: { id: keepId } });
}
