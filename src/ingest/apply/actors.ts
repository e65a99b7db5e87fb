import type { ActorDoc } from "../document.js";
import { changedFields, isEmpty } from "../changes.js";
import { IngestError } from "../errors.js";
import type { Outcome } from "../summary.js";
import type { ApplyContext } from "./context.js";

type StoredActor = { id: string; name: string; slug: string; kind: string; aliases: string[]; description: string | null; wikidataId: string | null; countryId: string | null };

const conflictsWith = (actor: ActorDoc) => (stored: StoredActor) =>
  actor.wikidataId !== undefined && stored.wikidataId !== null && stored.wikidataId !== actor.wikidataId;

/**
 * The known actor this entry is about: the one with its Wikidata QID, else the one with its slug,
 * else one of the same kind known by one of its names. A slug or name match whose QID differs is
 * another actor.
 */
async function findMatch(ctx: ApplyContext, actor: ActorDoc, index: number): Promise<StoredActor | null> {
  if (actor.wikidataId) {
    const byQid = await ctx.tx.actor.findUnique({ where: { wikidataId: actor.wikidataId } });
    if (byQid) return byQid;
  }
  const bySlug = await ctx.tx.actor.findUnique({ where: { slug: actor.slug } });
  if (bySlug && conflictsWith(actor)(bySlug)) {
    throw IngestError.of(["actors", index, "slug"], "ACTOR_CONFLICT",
      `"${actor.slug}" is the slug of another actor (Wikidata ${bySlug.wikidataId}, not ${actor.wikidataId})`);
  }
  if (bySlug) return bySlug;
  const names = [actor.name, ...(actor.aliases ?? [])];
  const byName = await ctx.tx.actor.findMany({
    where: { kind: actor.kind, OR: [{ name: { in: names } }, { aliases: { hasSome: names } }] },
    orderBy: { id: "asc" },
  });
  return byName.find((stored) => !conflictsWith(actor)(stored)) ?? null;
}

/**
 * What a document adds to a known actor, who may be shared with other articles: names it lacks
 * become aliases, and empty fields are filled. Nothing already known is overwritten, so articles
 * never undo each other and ingesting again changes nothing.
 */
function additions(stored: StoredActor, actor: ActorDoc) {
  const newNames = [actor.name, ...(actor.aliases ?? [])].filter((name) => name !== stored.name && !stored.aliases.includes(name));
  return changedFields(stored, {
    aliases: [...stored.aliases, ...new Set(newNames)],
    description: stored.description ?? actor.description ?? null,
    wikidataId: stored.wikidataId ?? actor.wikidataId ?? null,
  });
}

export async function applyActors(ctx: ApplyContext, actors: ActorDoc[]): Promise<void> {
  const outcomes = new Map<string, Outcome>();
  const entryOf = new Map<string, number>();
  for (const [index, actor] of actors.entries()) {
    const match = await findMatch(ctx, actor, index);
    let id: string;
    if (!match) {
      id = (await ctx.tx.actor.create({
        data: {
          kind: actor.kind, name: actor.name, slug: actor.slug, aliases: actor.aliases ?? [],
          description: actor.description ?? null, wikidataId: actor.wikidataId ?? null,
        },
        select: { id: true },
      })).id;
      outcomes.set(id, "created");
    } else {
      id = match.id;
      const earlier = entryOf.get(id);
      if (earlier !== undefined) {
        throw IngestError.of(["actors", index], "ACTOR_CONFLICT",
          `is the same actor as actors[${earlier}] ("${match.name}", ${match.slug}); list each actor once`);
      }
      const changes = additions(match, actor);
      if (!isEmpty(changes)) await ctx.tx.actor.update({ where: { id }, data: changes });
      outcomes.set(id, isEmpty(changes) ? "unchanged" : "updated");
    }
    entryOf.set(id, index);
    ctx.setId("actors", actor.key, id);
    ctx.applied();
  }
  // Countries are set once every entry has an id; a known actor keeps the country it has.
  for (const actor of actors) {
    if (actor.country === undefined) continue;
    const id = ctx.id("actors", actor.key);
    const { count } = await ctx.tx.actor.updateMany({ where: { id, countryId: null }, data: { countryId: ctx.id("actors", actor.country) } });
    if (count > 0 && outcomes.get(id) === "unchanged") outcomes.set(id, "updated");
  }
  for (const outcome of outcomes.values()) ctx.count("actor", outcome);
}
