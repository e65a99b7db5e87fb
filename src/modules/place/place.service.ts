import { existingId, optionalId } from "../../common/references.js";
import type { Transaction } from "../../common/mutation.js";
import type { UnitOfWork } from "../../write/unit.js";
import { places } from "../../write/commands.js";
import type { PlaceInput } from "./place.inputs.js";

async function placeData(tx: Transaction, input: PlaceInput) {
  return {
    name: input.name,
    slug: input.slug,
    latitude: input.latitude ?? null,
    longitude: input.longitude ?? null,
    countryId: await optionalId(tx, "Actor", input.country, "input.country"),
  };
}

export async function createPlace(unit: UnitOfWork, input: PlaceInput) {
  return places.create(unit, await placeData(unit.tx, input));
}

export async function updatePlace(unit: UnitOfWork, globalId: string, input: PlaceInput) {
  const id = await existingId(unit.tx, "Place", globalId, "id");
  return places.update(unit, id, await placeData(unit.tx, input));
}
