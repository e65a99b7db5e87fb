import type { ActorDoc } from "../document.js";
import { changedFields, isEmpty } from "../changes.js";
import { IngestError, formatPath } from "../errors.js";
import type { Outcome } from "../summary.js";
import { nameSkeleton, normalized } from "../../graph/normalize.js";
import { recordCandidate } from "../../graph/candidates.js";
import type { ApplyContext } from "./context.js";
import { actors as commands } from "../../write/commands.js";
import { asDocumentProblems } from "./violations.js";

type StoredActor = { id: string; name: string; slug: string; kind: string; aliases: string[]; description: string | null; wikidataId: string | null; countryId: string | null };
type Match = { actor: StoredActor; by: string };

const conflictsWith = (actor: ActorDoc) => (stored: StoredActor) =>
  actor.wikidataId !== undefined && stored.wikidataId !== null && stored.wikidataId !== actor.wikidataId;

const namesOf = (actor: { name: string; aliases?: string[] }) => [actor.name, ...(actor.aliases ?? [])];

/**
 * A name match: the entry's name is the known actor's name or one of its aliases, or the known
 * actor's name is one of the entry's names. Two aliases alike are no match: "Donald Trump Jr."
 * (alias "Trump") is not Donald Trump (alias "Trump").
 */
function nameMatch(actor: ActorDoc, stored: StoredActor): "name" | "alias" | null {
  if (normalized(stored.name) === normalized(actor.name)) return "name";
  if (stored.aliases.some((alias) => normalized(alias) === normalized(actor.name))) return "alias";
  if (namesOf(actor).some((name) => normalized(name) === normalized(stored.name))) return "alias";
  return null;
}

/** Known actors of the kind whose names share a word stem with the entry's, for the spelling-variant rule. */
async function sameStem(ctx: ApplyContext, actor: ActorDoc): Promise<StoredActor[]> {
  const words = normalized(actor.name).split(" ").sort((a, b) => b.length - a.length);
  const stem = words[0]?.slice(0, 4);
  if (!stem || stem.length < 4) return [];
  return ctx.tx.$queryRaw<StoredActor[]>`
    SELECT id, name, slug, kind::text, aliases, description, "wikidataId", "countryId" FROM "Actor"
    WHERE kind = CAST(${actor.kind} AS "ActorKind") AND dossier_actor_names(name, aliases) LIKE ${`%${stem}%`}
    ORDER BY id LIMIT 50`;
}

/**
 * The known actors a document's entries can name by Wikidata id, by this article's earlier key or
 * by slug, read in one statement per document instead of three per entry.
 */
class KnownActors {
  private constructor(private readonly rows: Map<string, StoredActor>) {}

  static async load(ctx: ApplyContext, actors: ActorDoc[]): Promise<KnownActors> {
    const ids = actors.map((actor) => ctx.mentions.factOf("ACTOR", actor.key)).filter((id) => id !== undefined);
    const wikidataIds = actors.map((actor) => actor.wikidataId).filter((id) => id !== undefined);
    const rows = await ctx.tx.actor.findMany({
      where: { OR: [{ id: { in: ids } }, { wikidataId: { in: wikidataIds } }, { slug: { in: actors.map((actor) => actor.slug) } }] },
    });
    const known = new KnownActors(new Map());
    rows.forEach((row) => known.put(row));
    return known;
  }

  /** Keeps a row (as created or updated) under its id, slug and Wikidata id. */
  put(row: StoredActor): void {
    this.rows.set(`id:${row.id}`, row).set(`slug:${row.slug}`, row);
    if (row.wikidataId) this.rows.set(`qid:${row.wikidataId}`, row);
  }

  by(what: "id" | "slug" | "qid", value: string | undefined): StoredActor | null {
    return value === undefined ? null : this.rows.get(`${what}:${value}`) ?? null;
  }
}

/**
 * The known actor this entry is about (docs/INGEST-FORMAT.md, "Matching actors"): by Wikidata id;
 * else the actor this article's earlier version had under the key; else by slug; else the one
 * actor of the same kind with a matching name and no other Wikidata id — an ambiguous name
 * matches nobody; else the one whose name is a spelling variant (kept as a merge candidate).
 */
async function findMatch(ctx: ApplyContext, known: KnownActors, actor: ActorDoc, index: number): Promise<Match | null> {
  const byQid = known.by("qid", actor.wikidataId);
  if (byQid) return { actor: byQid, by: "wikidataId" };
  const byKey = known.by("id", ctx.mentions.factOf("ACTOR", actor.key));
  if (byKey && !conflictsWith(actor)(byKey) && byKey.kind === actor.kind) return { actor: byKey, by: "key" };
  const bySlug = known.by("slug", actor.slug);
  if (bySlug && conflictsWith(actor)(bySlug)) {
    throw IngestError.of(["actors", index, "slug"], "ACTOR_CONFLICT",
      `"${actor.slug}" is the slug of another actor (Wikidata ${bySlug.wikidataId}, not ${actor.wikidataId})`);
  }
  if (bySlug) return { actor: bySlug, by: "slug" };
  if (actor.exact) return null;
  const names = namesOf(actor);
  const sameKind = (await ctx.tx.actor.findMany({
    where: { kind: actor.kind, OR: [{ name: { in: names } }, { aliases: { hasSome: names } }] },
    orderBy: { id: "asc" },
  })).filter((stored) => !conflictsWith(actor)(stored));
  const byName = sameKind.flatMap((stored) => {
    const by = nameMatch(actor, stored);
    return by ? [{ actor: stored, by }] : [];
  });
  if (byName.length === 1) return byName[0];
  if (byName.length > 1) return null;
  const skeleton = nameSkeleton(actor.name);
  const variants = (await sameStem(ctx, actor))
    .filter((stored) => !conflictsWith(actor)(stored) && namesOf(stored).some((name) => nameSkeleton(name) === skeleton));
  if (variants.length !== 1) return null;
  await recordCandidate(ctx.tx, "ACTOR", variants[0].id, { variant: actor.name }, {
    score: 0.8, evidence: { variant: actor.name, known: variants[0].name, skeleton, path: formatPath(["actors", index]) },
  }, ctx.articleId);
  return { actor: variants[0], by: "variant" };
}

/** A longer name that starts with a known one names someone else ("Donald Trump Jr."): never an alias. */
const extendsName = (stored: StoredActor) => (name: string) =>
  namesOf(stored).some((known) => normalized(name).startsWith(`${normalized(known)} `));

/**
 * What a document adds to a known actor, who may be shared with other articles: names it lacks
 * become aliases (not for a spelling-variant match, which waits for review), and empty fields are
 * filled. Nothing already known is overwritten, so articles never undo each other.
 */
function additions(match: Match, actor: ActorDoc) {
  const stored = match.actor;
  const newNames = match.by === "variant" ? [] : namesOf(actor)
    .filter((name) => name !== stored.name && !stored.aliases.includes(name) && !extendsName(stored)(name));
  return changedFields(stored, {
    aliases: [...stored.aliases, ...new Set(newNames)],
    description: stored.description ?? actor.description ?? null,
    wikidataId: stored.wikidataId ?? actor.wikidataId ?? null,
  });
}

export async function applyActors(ctx: ApplyContext, actors: ActorDoc[]): Promise<void> {
  const outcomes = new Map<string, Outcome>();
  const entryOf = new Map<string, number>();
  const known = await KnownActors.load(ctx, actors);
  for (const [index, actor] of actors.entries()) {
    const match = await findMatch(ctx, known, actor, index);
    let id: string;
    if (!match) {
      const created = await commands.create(ctx.unit, {
        kind: actor.kind, name: actor.name, slug: actor.slug, aliases: actor.aliases ?? [],
        description: actor.description ?? null, wikidataId: actor.wikidataId ?? null,
      });
      known.put(created);
      id = created.id;
      outcomes.set(id, "created");
    } else {
      id = match.actor.id;
      const earlier = entryOf.get(id);
      if (earlier !== undefined) {
        throw IngestError.of(["actors", index], "ACTOR_CONFLICT",
          `is the same actor as actors[${earlier}] ("${match.actor.name}", ${match.actor.slug}); list each actor once`);
      }
      const changes = additions(match, actor);
      if (!isEmpty(changes)) known.put(await commands.update(ctx.unit, id, changes));
      outcomes.set(id, isEmpty(changes) ? "unchanged" : "updated");
    }
    if (match) known.put(match.actor);
    const by = match?.by ?? "created";
    entryOf.set(id, index);
    ctx.setId("actors", actor.key, id);
    await ctx.mentions.record("ACTOR", actor.key, id, {}, by);
    ctx.resolutions.push({ path: formatPath(["actors", index]), type: "ACTOR", key: actor.key, outcome: match ? "matched" : "created", by, id });
    ctx.applied();
  }
  // Countries are set once every entry has an id; a known actor keeps the country it has.
  for (const [index, actor] of actors.entries()) {
    if (actor.country === undefined) continue;
    const id = ctx.id("actors", actor.key);
    if (known.by("id", id)?.countryId !== null) continue;
    await asDocumentProblems(["actors", index], actor, () => commands.update(ctx.unit, id, { countryId: ctx.id("actors", actor.country) }));
    if (outcomes.get(id) === "unchanged") outcomes.set(id, "updated");
  }
  for (const outcome of outcomes.values()) ctx.count("actor", outcome);
}
