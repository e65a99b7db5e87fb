import { Prisma } from "../../generated/prisma/client.js";
import { alphabetical } from "../../common/sort.js";
import { filterId, inEnumValues, nameStartsWith, searchText } from "../../common/filters.js";
import type { ListQuery } from "../../common/lists.js";
import type { ActorFilter } from "./actor.filter.js";

export const actorsByName = alphabetical("name", Prisma.sql`t.name`);

/**
 * An actor's name and aliases as one lower-case, unaccented text, each on a line of its own
 * (SQL function of the migrations, trigram-indexed).
 */
export const actorNames = Prisma.sql`dossier_actor_names(t.name, t.aliases)`;

/** The root `actors` list under a filter, alphabetical. */
export function actorList(filter: ActorFilter | null | undefined): ListQuery {
  const where: Prisma.Sql[] = [...inEnumValues(Prisma.sql`t.kind`, filter?.kind, "ActorKind")];
  if (filter?.namePrefix != null) where.push(nameStartsWith(actorNames, searchText(filter.namePrefix, "filter.namePrefix")));
  const country = filterId("Actor", filter?.country, "filter.country");
  if (country) where.push(Prisma.sql`t."countryId" = CAST(${country} AS uuid)`);
  return { from: Prisma.sql`"Actor" t`, where, sort: actorsByName };
}
