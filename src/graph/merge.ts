import { toGlobalId } from "../common/node-id.js";
import { forgetCandidates } from "./candidates.js";
import { deriveCurrentValues } from "./support.js";
import { delegate, factTables, type FactType } from "./fact-types.js";
import type { UnitOfWork } from "../write/unit.js";
import { commandOf } from "../write/commands.js";
import { moveReferences, type Reference } from "../write/references.js";

/** The child rows that move from the merged fact to the kept one; where the kept fact already has the row, moveReferences folds the two. */
const children: Partial<Record<FactType, readonly Reference[]>> = {
  MEETING: [["Attendance", "meetingId"], ["UnnamedAttendance", "meetingId"], ["Quote", "meetingId"]],
  INCIDENT: [["IncidentParticipant", "incidentId"], ["UnnamedParticipant", "incidentId"], ["Figure", "incidentId"]],
};

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
  await moveReferences(unit, children[type] ?? [], mergeId, keepId);
  await moveReferences(unit, factTables[type].cited ? [["Citation", column], ["Mention", column]] : [["Mention", column]], mergeId, keepId);
  await tx.factRef.updateMany({ where: { factId: mergeId }, data: { factId: keepId } });
  await tx.factRef.upsert({ where: { ref: toGlobalId(node, mergeId) }, create: { ref: toGlobalId(node, mergeId), factType: type, factId: keepId }, update: { factId: keepId } });
  await forgetCandidates(tx, mergeId);
  await commandOf[type].delete(unit, mergeId);
  await deriveCurrentValues(unit, type, keepId);
  return delegate(tx, type).findUnique({ where: { id: keepId } });
}
