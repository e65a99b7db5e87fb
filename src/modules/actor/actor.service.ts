import type { Transaction } from "../../common/mutation.js";
import { existingId, optionalId } from "../../common/references.js";
import { UserInputError } from "../../common/user-errors.js";
import type { UnitOfWork } from "../../write/unit.js";
import { actors } from "../../write/commands.js";
import type { ActorInput } from "./actor.inputs.js";

/** A Wikidata id names one actor; checked here so that the error names the input field, `wikidataId`. */
async function checkWikidataId(tx: Transaction, wikidataId: string | null | undefined, actorId?: string) {
  if (!wikidataId) return;
  const holder = await tx.actor.findUnique({ where: { wikidataId }, select: { id: true, name: true } });
  if (holder && holder.id !== actorId) {
    throw new UserInputError("DUPLICATE", ["input", "wikidataId"], `wikidataId ${wikidataId} already belongs to ${holder.name}`);
  }
}

async function actorData(tx: Transaction, input: ActorInput) {
  return {
    kind: input.kind,
    name: input.name,
    slug: input.slug,
    aliases: input.aliases ?? [],
    description: input.description ?? null,
    wikidataId: input.wikidataId ?? null,
    countryId: await optionalId(tx, "Actor", input.country, "input.country"),
  };
}

export async function createActor(unit: UnitOfWork, input: ActorInput) {
  await checkWikidataId(unit.tx, input.wikidataId);
  return actors.create(unit, await actorData(unit.tx, input));
}

export async function updateActor(unit: UnitOfWork, globalId: string, input: ActorInput) {
  const id = await existingId(unit.tx, "Actor", globalId, "id");
  await checkWikidataId(unit.tx, input.wikidataId, id);
  return actors.update(unit, id, await actorData(unit.tx, input));
}
