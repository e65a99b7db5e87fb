import type { ActorDoc } from "../ingest/document.js";

/** A role a known actor holds, as the graph records it: "President" of France from 2017-05-14. */
export interface KnownRole {
  title: string;
  /** Name of the actor the role is held in or for (France, Donald Trump). */
  of?: string;
  startDate?: string;
  endDate?: string;
}

/** An actor the graph already knows; the extractor matches mentions to it and reuses its slug. */
export interface KnownActor {
  slug: string;
  kind: ActorDoc["kind"];
  name: string;
  aliases: string[];
  wikidataId?: string;
  roles: KnownRole[];
}

/**
 * What the extractor may ask about known actors. The core stays a pure function of the article and
 * this snapshot; src/modules/review/known-actors.service.ts reads one from the database.
 */
export interface KnownActors {
  actors: KnownActor[];
}

export const NO_KNOWN_ACTORS: KnownActors = { actors: [] };

/** Lowercase, apostrophes and dots unified: "U.S." and "US", "Zelenskyy’s" and "Zelenskyy's" compare equal. */
const normalized = new Map<string, string>();

export function normalizeName(name: string): string {
  let value = normalized.get(name);
  if (value === undefined) {
    value = normalizeUncached(name);
    if (normalized.size > 100_000) normalized.clear();
    normalized.set(name, value);
  }
  return value;
}

function normalizeUncached(name: string): string {
  return name.normalize("NFKC").replace(/[’‘`]/g, "'").replace(/\./g, "").replace(/\s+/g, " ").trim().toLowerCase().replace(/^the /, "");
}

/** Whether a role held from `startDate` to `endDate` was held on `date` (ISO dates compare as strings). */
export function heldOn(role: KnownRole, date: string | undefined): boolean {
  if (!date) return !role.endDate;
  return (!role.startDate || role.startDate <= date) && (!role.endDate || role.endDate >= date);
}
