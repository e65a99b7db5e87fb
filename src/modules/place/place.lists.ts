import { Prisma } from "../../generated/prisma/client.js";
import { alphabetical } from "../../common/sort.js";
import { filterId, nameStartsWith, searchText } from "../../common/filters.js";
import type { ListQuery } from "../../common/lists.js";
import type { PlaceFilter } from "./place.filter.js";

const placesByName = alphabetical("name", Prisma.sql`t.name`);

/** A place's name (the column given) folded on a line of its own (SQL function of the migrations, trigram-indexed). */
export function placeName(column: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`dossier_place_name(${column})`;
}

/** The root `places` list under a filter, alphabetical. */
export function placeList(filter: PlaceFilter | null | undefined): ListQuery {
  const where: Prisma.Sql[] = [];
  if (filter?.namePrefix != null) where.push(nameStartsWith(placeName(Prisma.sql`t.name`), searchText(filter.namePrefix, "filter.namePrefix")));
  const country = filterId("Actor", filter?.country, "filter.country");
  if (country) where.push(Prisma.sql`t."countryId" = CAST(${country} AS uuid)`);
  return { from: Prisma.sql`"Place" t`, where, sort: placesByName };
}
