import type { ActorDoc } from "../ingest/document.js";
import { COUNTRIES } from "./lexicon/countries.js";
import { ORGANIZATIONS } from "./lexicon/organizations.js";
import { normalizeName, type KnownActor, type KnownActors } from "./known-actors.js";

/** An actor of the draft: named in the article, matched to a known actor or proposed as new. */
export interface DraftActor {
  key: string;
  kind: ActorDoc["kind"];
  name: string;
  aliases: Set<string>;
  wikidataId?: string;
  country?: string;
  /** The known actor it was matched to, and how. */
  match?: { slug: string; by: "wikidataId" | "name" | "alias" | "role" };
  confidence: number;
  /** Where the article first names it (UTF-16 offsets). */
  start: number;
  end: number;
}

export function slugOf(name: string): string {
  return name.normalize("NFKD").replace(/\p{M}/gu, "").toLowerCase().replace(/&/g, " and ").replace(/[^a-z0-9]+/g, "-").replace(/^-+|-+$/g, "").slice(0, 200) || "actor";
}

/** The actors of one draft, found by any of their names. */
export class ActorRegistry {
  readonly actors = new Map<string, DraftActor>();
  private readonly byName = new Map<string, string>();
  private readonly knownByName = new Map<string, KnownActor>();
  private readonly knownByWikidata = new Map<string, KnownActor>();

  constructor(readonly known: KnownActors) {
    for (const actor of known.actors) {
      if (actor.wikidataId) this.knownByWikidata.set(actor.wikidataId, actor);
      for (const name of [actor.name, ...actor.aliases]) if (!this.knownByName.has(normalizeName(name))) this.knownByName.set(normalizeName(name), actor);
    }
  }

  find(name: string): DraftActor | undefined {
    const key = this.byName.get(normalizeName(name));
    return key ? this.actors.get(key) : undefined;
  }

  /** The draft actor of a known actor's slug, added when the article had not named it yet. */
  findKnown(slug: string): DraftActor | undefined {
    return [...this.actors.values()].find((actor) => actor.match?.slug === slug);
  }

  /** "Von der Leyen" is the "Ursula von der Leyen" named before. */
  private personEndingWith(name: string): DraftActor | undefined {
    const suffix = ` ${normalizeName(name)}`;
    const found = [...this.actors.values()].filter((actor) => actor.kind === "PERSON" && normalizeName(actor.name).endsWith(suffix));
    return found.length === 1 ? found[0] : undefined;
  }

  knownNamed(name: string): KnownActor | undefined {
    return this.knownByName.get(normalizeName(name));
  }

  /**
   * The actor of this name: an existing draft actor, else a new one matched (by Wikidata id, then
   * name) to a known actor when there is one.
   */
  add(name: string, kind: ActorDoc["kind"], at: { start: number; end: number }, options: { wikidataId?: string; aliases?: string[]; country?: string; confidence?: number } = {}): DraftActor {
    const existing = this.find(name) ?? (options.wikidataId ? [...this.actors.values()].find((actor) => actor.wikidataId === options.wikidataId) : undefined) ??
      (kind === "PERSON" && name.includes(" ") ? this.personEndingWith(name) : undefined);
    if (existing) {
      for (const alias of [name, ...(options.aliases ?? [])]) this.alias(existing, alias);
      return existing;
    }
    const byWikidata = options.wikidataId ? this.knownByWikidata.get(options.wikidataId) : undefined;
    const byName = byWikidata ? undefined : this.knownByName.get(normalizeName(name));
    const known = byWikidata ?? (byName && (byName.kind === kind || kind === "OTHER") ? byName : undefined);
    const actor: DraftActor = {
      key: this.freeKey(slugOf(known?.name ?? name)),
      kind: known?.kind ?? kind,
      name: known?.name ?? name,
      aliases: new Set(),
      wikidataId: known?.wikidataId ?? options.wikidataId,
      country: options.country,
      match: known ? { slug: known.slug, by: byWikidata ? "wikidataId" : normalizeName(known.name) === normalizeName(name) ? "name" : "alias" } : undefined,
      confidence: known ? 0.95 : options.confidence ?? 0.7,
      start: at.start,
      end: at.end,
    };
    this.actors.set(actor.key, actor);
    for (const alias of [actor.name, name, ...(options.aliases ?? []), ...(known?.aliases ?? [])]) this.alias(actor, alias);
    return actor;
  }

  /** Adds a known actor (found through a role: "the French President"). */
  addKnown(known: KnownActor, at: { start: number; end: number }): DraftActor {
    const found = this.findKnown(known.slug);
    if (found) return found;
    const actor = this.add(known.name, known.kind, at, { wikidataId: known.wikidataId });
    actor.match = { slug: known.slug, by: "role" };
    return actor;
  }

  alias(actor: DraftActor, name: string): void {
    const normalized = normalizeName(name);
    if (!normalized) return;
    if (!this.byName.has(normalized)) this.byName.set(normalized, actor.key);
    if (normalizeName(actor.name) !== normalized && this.byName.get(normalized) === actor.key) actor.aliases.add(name);
  }

  private freeKey(base: string): string {
    let key = base;
    for (let n = 2; this.actors.has(key); n++) key = `${base}-${n}`;
    return key;
  }
}

/** The country of a name or demonym ("French", "France", "US"). */
export function countryNamed(word: string): (typeof COUNTRIES)[number] | undefined {
  const normalized = normalizeName(word);
  return COUNTRY_INDEX.get(normalized);
}

export function organizationNamed(words: string): (typeof ORGANIZATIONS)[number] | undefined {
  return ORGANIZATION_INDEX.get(normalizeName(words));
}

const COUNTRY_INDEX = new Map(COUNTRIES.flatMap((entry) => [entry.name, ...entry.aliases, ...entry.demonyms].map((name) => [normalizeName(name), entry] as const)));
const ORGANIZATION_INDEX = new Map(ORGANIZATIONS.flatMap((entry) => [entry.name, ...entry.aliases].map((name) => [normalizeName(name), entry] as const)));

/** Adds the country of a name or demonym to the registry. */
export function addCountry(registry: ActorRegistry, word: string, at: { start: number; end: number }): DraftActor | undefined {
  const entry = countryNamed(word);
  if (!entry) return undefined;
  const known = registry.knownNamed(entry.name);
  return registry.add(known?.name ?? entry.name, "COUNTRY", at, { wikidataId: entry.wikidataId, aliases: entry.aliases.filter((alias) => alias === word), confidence: 0.9 });
}
