import type { Transaction } from "../../common/mutation.js";
import { existingId, optionalCountryId } from "../../common/references.js";
import type { ActorInput } from "./actor.inputs.js";

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
  return tx.actor.create({ data: await actorData(tx, input) });
}

export async function updateActor(tx: Transaction, globalId: string, input: ActorInput) {
  const id = await existingId(tx, "Actor", globalId, "id");
  return tx.actor.update({ where: { id }, data: await actorData(tx, input) });
}
