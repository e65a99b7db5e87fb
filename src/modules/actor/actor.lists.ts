import { Prisma } from "../../generated/prisma/client.js";
import { alphabetical } from "../../common/sort.js";
import { escapeLike, filterId, inEnumValues, searchText } from "../../common/filters.js";
import type { ListQuery } from "../../common/lists.js";
import type { ActorFilter } from "./actor.filter.js";

export const actorsByName = alphabetical("name", Prisma.sql`t.name`);

/**
 * An actor's name and aliases as one lower-case, unaccented text, each on a line of its own
 * (SQL function of the migrations, trigram-indexed).
 */
export const actorNames = Prisma.sql`dossier_actor_names(t.name, t.aliases)`;

/** Text folded as `actorNames` is: lower case, accents removed. */
export function folded(text: string): Prisma.Sql {
  return Prisma.sql`dossier_fold(${text})`;
}

/** Actors whose name or an alias, or a word in either, starts with `prefix`. */
function nameStartsWith(prefix: string): Prisma.Sql {
  const pattern = escapeLike(prefix);
  return Prisma.sql`(${actorNames} LIKE '%' || E'\\n' || ${folded(pattern)} || '%' OR ${actorNames} LIKE '% ' || ${folded(pattern)} || '%')`;
}

/** The root `actors` list under a filter, alphabetical. */
export function actorList(filter: ActorFilter | null | undefined): ListQuery {
  const where: Prisma.Sql[] = [...inEnumValues(Prisma.sql`t.kind`, filter?.kind, "ActorKind")];
  if (filter?.namePrefix != null) where.push(nameStartsWith(searchText(filter.namePrefix, "filter.namePrefix")));
  const country = filterId("Actor", filter?.country, "filter.country");
  if (country) where.push(Prisma.sql`t."countryId" = CAST(${country} AS uuid)`);
  return { from: Prisma.sql`"Actor" t`, where, sort: actorsByName };
}
