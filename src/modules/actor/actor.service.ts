import type { Transaction } from "../../common/mutation.js";
import { existingId, optionalCountryId } from "../../common/references.js";
import { UserInputError } from "../../common/user-errors.js";
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
    countryId: await optionalCountryId(tx, input.country, "input.country"),
  };
}

export async function createActor(tx: Transaction, input: ActorInput) {
  await checkWikidataId(tx, input.wikidataId);
  return tx.actor.create({ data: await actorData(tx, input) });
}

export async function updateActor(tx: Transaction, globalId: string, input: ActorInput) {
  const id = await existingId(tx, "Actor", globalId, "id");
  await checkWikidataId(tx, input.wikidataId, id);
  return tx.actor.update({ where: { id }, data: await actorData(tx, input) });
}
