import type { Transaction } from "../../common/mutation.js";
import { existingId, optionalCountryId } from "../../common/references.js";
import type { PlaceInput } from "./place.inputs.js";

async function placeData(tx: Transaction, input: PlaceInput) {
  return {
    name: input.name,
    slug: input.slug,
    latitude: input.latitude ?? null,
    longitude: input.longitude ?? null,
    countryId: await optionalCountryId(tx, input.country, "input.country"),
  };
}

export async function createPlace(tx: Transaction, input: PlaceInput) {
  return tx.place.create({ data: await placeData(tx, input) });
}

export async function updatePlace(tx: Transaction, globalId: string, input: PlaceInput) {
  const id = await existingId(tx, "Place", globalId, "id");
  return tx.place.update({ where: { id }, data: await placeData(tx, input) });
}
