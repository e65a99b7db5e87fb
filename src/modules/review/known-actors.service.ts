import type { Transaction } from "../../common/mutation.js";
import type { KnownActors } from "../../extract/known-actors.js";

const isoDate = (date: Date | null) => date?.toISOString().slice(0, 10);

/**
 * The graph's actors with their names, aliases, Wikidata ids and roles, as the extractor matches
 * mentions against them. Read in two statements; the extractor itself never touches the database.
 */
export async function loadKnownActors(tx: Transaction): Promise<KnownActors> {
  const actors = await tx.actor.findMany({ select: { id: true, slug: true, kind: true, name: true, aliases: true, wikidataId: true } });
  const names = new Map(actors.map((actor) => [actor.id, actor.name]));
  const roles = await tx.role.findMany({ select: { holderId: true, title: true, ofId: true, startDate: true, endDate: true } });
  return {
    actors: actors.map((actor) => ({
      slug: actor.slug,
      kind: actor.kind,
      name: actor.name,
      aliases: actor.aliases,
      wikidataId: actor.wikidataId ?? undefined,
      roles: roles.filter((role) => role.holderId === actor.id).map((role) => ({
        title: role.title,
        of: role.ofId ? names.get(role.ofId) : undefined,
        startDate: isoDate(role.startDate),
        endDate: isoDate(role.endDate),
      })),
    })),
  };
}
