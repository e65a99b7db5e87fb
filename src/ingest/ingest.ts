import type { PrismaClient } from "../generated/prisma/client.js";
import type { ArticleDocument } from "./document.js";
import { ArticleText } from "./citations.js";
import { validateDocument } from "./validate.js";
import { emptySummary, type IngestSummary } from "./summary.js";
import { ApplyContext } from "./apply/context.js";
import { applyArticle } from "./apply/article.js";
import { applyActors } from "./apply/actors.js";
import { applyPlaces } from "./apply/places.js";
import { applyQuotes, applyRoles } from "./apply/roles-quotes.js";
import { applyMeetings, countDroppedAttendances } from "./apply/meetings.js";
import { applyIncidents, countDroppedParticipants } from "./apply/incidents.js";
import { deleteOrphans, referencedByStoredVersion, type Referenced } from "./apply/orphans.js";

export interface IngestResult {
  articleId: string;
  /** True when no article with this URL was there before. */
  created: boolean;
  /** Rows created, updated, left unchanged and deleted, per kind. */
  summary: IngestSummary;
}

export interface IngestOptions {
  /** Called after each entry (actor, place, fact, attendee, participant) is written. */
  onProgress?: (applied: number, total: number) => void;
}

// Ingests are serialised (one PostgreSQL advisory lock, any constant shared by all instances):
// two documents naming one new actor must not both create it.
const INGEST_LOCK_KEY = 72_700_002;

/** How many entries a document has, the unit of ingest progress. */
export function countEntries(doc: ArticleDocument): number {
  const nested = (doc.meetings ?? []).reduce((sum, meeting) => sum + (meeting.attendees?.length ?? 0), 0) +
    (doc.incidents ?? []).reduce((sum, incident) => sum + (incident.participants?.length ?? 0) + (incident.figures?.length ?? 0), 0);
  return nested + [doc.actors, doc.places, doc.roles, doc.meetings, doc.quotes, doc.incidents].reduce((sum, list) => sum + (list?.length ?? 0), 0);
}

function listedIn(ctx: ApplyContext, doc: ArticleDocument): Referenced {
  return {
    actorIds: new Set((doc.actors ?? []).map((actor) => ctx.id("actors", actor.key))),
    placeIds: new Set((doc.places ?? []).map((place) => ctx.id("places", place.key))),
  };
}

/**
 * Validates an article document (docs/INGEST-FORMAT.md) and writes it in one transaction: all of
 * it, or nothing and an IngestError listing every problem. Idempotent by article URL: the same
 * document again changes no row; a corrected one updates the facts whose keys it keeps, in place,
 * and deletes those it no longer has.
 */
export async function ingestDocument(prisma: PrismaClient, input: unknown, options: IngestOptions = {}): Promise<IngestResult> {
  const doc = validateDocument(input);
  const total = countEntries(doc);
  let applied = 0;
  return prisma.$transaction(async (tx) => {
    await tx.$executeRawUnsafe(`SELECT pg_advisory_xact_lock(${INGEST_LOCK_KEY})`);
    const summary = emptySummary();
    const article = await applyArticle(tx, summary, doc.article);
    const ctx = new ApplyContext(tx, article.id, new ArticleText(doc.article.text), summary, () => options.onProgress?.(++applied, total));
    const before = article.created ? { actorIds: new Set<string>(), placeIds: new Set<string>() } : await referencedByStoredVersion(ctx);

    await applyActors(ctx, doc.actors ?? []);
    await applyPlaces(ctx, doc.places ?? []);
    const roles = await applyRoles(ctx, doc.roles ?? []);
    const meetings = await applyMeetings(ctx, doc.meetings ?? []);
    const quotes = await applyQuotes(ctx, doc.quotes ?? []);
    const { incidentFacts, figureFacts } = await applyIncidents(ctx, doc.incidents ?? []);

    // Dependents before what they hang on, so that cascades delete nothing uncounted.
    await figureFacts.deleteDropped();
    countDroppedParticipants(ctx, await incidentFacts.deleteDropped());
    await quotes.deleteDropped();
    countDroppedAttendances(ctx, await meetings.deleteDropped());
    await roles.deleteDropped();
    await deleteOrphans(ctx, before, listedIn(ctx, doc));
    return { articleId: article.id, created: article.created, summary };
  }, { maxWait: 60_000, timeout: 30 * 60_000 });
}
