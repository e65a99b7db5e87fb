import { Slugs } from "./actors.js";
import type { Random } from "./random.js";
import { facilities } from "./vocabulary.js";
import type { GraphWriter } from "./writer.js";
import type { CountryRef, GraphSize, PlaceRef } from "./world.js";

/** Capitals first, then the other cities, then facilities in them (airports, ports, power plants…) until the size is reached. */
export async function createPlaces(writer: GraphWriter, random: Random, countries: readonly CountryRef[], size: GraphSize): Promise<PlaceRef[]> {
  const cities = countries
    .flatMap((country) => country.spec.cities.map((city, rank) => ({ city, country, rank })))
    .sort((a, b) => a.rank - b.rank);
  const slugs = new Slugs();
  const places: PlaceRef[] = [];
  for (let i = 0; i < size.places; i++) {
    const { city, country } = cities[i % cities.length];
    const facility = facilities[Math.floor(i / cities.length) % facilities.length];
    const round = Math.floor(i / (cities.length * facilities.length));
    const name = facility.replace("{city}", city) + (round > 0 ? ` ${round + 1}` : "");
    const place = { id: random.uuid(), name, country };
    await writer.add("Place", {
      id: place.id, name, slug: slugs.next(name), countryId: country.id,
      latitude: Math.round(random.float() * 120_000 - 60_000) / 1000, longitude: Math.round(random.float() * 360_000 - 180_000) / 1000,
    });
    places.push(place);
  }
  return places;
}
