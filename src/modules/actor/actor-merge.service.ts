import type { UnitOfWork } from "../../write/unit.js";
import { actors } from "../../write/actors.js";
import { moveReferences, type Reference } from "../../write/references.js";
import { existingId } from "../../common/references.js";
import { UserInputError } from "../../common/user-errors.js";
import { forgetCandidates } from "../../graph/candidates.js";
import type { MergeActorsInput } from "./actor.inputs.js";

/** Every column that refers to an actor. */
const actorReferences: readonly Reference[] = [
  ["Actor", "countryId"], ["Role", "holderId"], ["Role", "ofId"], ["Place", "countryId"], ["Attendance", "actorId"],
  ["Quote", "speakerId"], ["Quote", "speakerAffiliationId"], ["IncidentParticipant", "actorId"], ["Figure", "claimantId"],
  ["UnnamedAttendance", "affiliationId"], ["UnnamedParticipant", "affiliationId"],
  ["Citation", "attributedToId"], ["Mention", "actorId"],
];

/** Moves everything that refers to `merge` onto `keep`, keeps `merge`'s names as aliases, and deletes it. */
export async function mergeActors(unit: UnitOfWork, input: MergeActorsInput) {
  const { tx } = unit;
  const keepId = await existingId(tx, "Actor", input.keep, "input.keep");
  const mergeId = await existingId(tx, "Actor", input.merge, "input.merge");
  if (keepId === mergeId) throw new UserInputError("SAME_ACTOR", ["input", "merge"], "merge names the same actor as keep");
  const keep = await tx.actor.findUniqueOrThrow({ where: { id: keepId } });
  const merged = await tx.actor.findUniqueOrThrow({ where: { id: mergeId } });

  // moveReferences folds rows both actors share (one meeting attended, one part in one incident) into keep's and announces merge's meetings.
  await moveReferences(unit, actorReferences, mergeId, keepId);
  await forgetCandidates(tx, mergeId);
  await actors.delete(unit, mergeId);
  const aliases = [...new Set([...keep.aliases, merged.name, merged.slug, ...merged.aliases])].filter((alias) => alias !== keep.name);
  return actors.update(unit, keepId, {
    aliases,
    description: keep.description ?? merged.description,
    wikidataId: keep.wikidataId ?? merged.wikidataId,
    // Neither actor can be the kept actor's own country.
    countryId: [keep.countryId, merged.countryId].find((id) => id && id !== keepId && id !== mergeId) ?? null,
  });
}
