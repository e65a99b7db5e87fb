import type { PrismaClient } from "../generated/prisma/client.js";
import type { ArticleDocument } from "./document.js";
import { ArticleText } from "./citations.js";
import { validateDocument } from "./validate.js";
import { emptySummary, type EntityName, type IngestSummary } from "./summary.js";
import type { Resolution } from "./resolution.js";
import { ApplyContext } from "./apply/context.js";
import { ArticleMentions } from "./apply/mentions.js";
import { applyArticle } from "./apply/article.js";
import { applyActors } from "./apply/actors.js";
import { applyPlaces } from "./apply/places.js";
import { applyQuotes, applyRoles } from "./apply/roles-quotes.js";
import { applyMeetings } from "./apply/meetings.js";
import { applyIncidents } from "./apply/incidents.js";
import { deleteOrphans } from "./apply/orphans.js";
import { factTables, supportedFacts, type FactType } from "../graph/fact-types.js";
import { afterSupportLost } from "../graph/support.js";
import { runUnit, type UnitOfWork } from "../write/unit.js";
import { citations } from "../write/commands.js";

export interface IngestResult {
  articleId: string;
  /** True when no article with this URL was there before. */
  created: boolean;
  /** Rows created, updated, left unchanged and deleted, per kind. */
  summary: IngestSummary;
  /** For every actor, place and fact entry: created, or matched to what is known, and by what. */
  resolutions: Resolution[];
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

const entityOf: Record<(typeof supportedFacts)[number], EntityName> = {
  FIGURE: "figure", PARTICIPANT: "participant", QUOTE: "quote", ATTENDANCE: "attendance", MEETING: "meeting", INCIDENT: "incident", ROLE: "role",
  UNNAMED_ATTENDANCE: "attendance", UNNAMED_PARTICIPANT: "participant",
};

/** The facts the article stopped mentioning lose its support and its citations; those nothing else supports go. */
async function releaseDropped(ctx: ApplyContext, dropped: { type: FactType; id: string }[]): Promise<void> {
  for (const type of supportedFacts) {
    for (const { id } of dropped.filter((entry) => entry.type === type)) {
      const where = { articleId: ctx.articleId, [factTables[type].column]: id };
      if (factTables[type].cited) ctx.count("citation", "deleted", await citations.deleteMany(ctx.unit, where));
      const outcome = await afterSupportLost(ctx.unit, type, id);
      if (outcome !== "unchanged") ctx.count(entityOf[type], outcome);
    }
  }
}

/** The refs the document's fact entries give, as the graph knows them. */
async function knownRefs(unit: UnitOfWork, doc: ArticleDocument) {
  const entries = [doc.roles, doc.meetings, doc.quotes, doc.incidents, (doc.incidents ?? []).flatMap((incident) => incident.figures ?? [])];
  const refs = entries.flatMap((list) => (list ?? []).map((entry) => entry.ref)).filter((ref) => ref !== undefined);
  const rows = refs.length ? await unit.tx.factRef.findMany({ where: { ref: { in: refs } } }) : [];
  return new Map(rows.map((row) => [row.ref, { factType: row.factType, factId: row.factId }]));
}

/**
 * Validates an article document (docs/INGEST-FORMAT.md) and writes it in the caller's unit of
 * work, through the same commands as the API: all of it, or an IngestError listing every problem
 * (the unit rolls back). Idempotent by article URL: the same document again changes no row; a
 * corrected one changes only what this article contributed — its mentions, its citations, and the
 * facts it alone supports.
 */
export async function ingestInUnit(unit: UnitOfWork, input: unknown, options: IngestOptions = {}): Promise<IngestResult> {
  const doc = validateDocument(input);
  const total = countEntries(doc);
  let applied = 0;
  await unit.tx.$executeRawUnsafe(`SELECT pg_advisory_xact_lock(${INGEST_LOCK_KEY})`);
  const summary = emptySummary();
  const article = await applyArticle(unit, summary, doc.article);
  const mentions = await ArticleMentions.load(unit, article.id);
  const refs = await knownRefs(unit, doc);
  const ctx = new ApplyContext(unit, article.id, new ArticleText(doc.article.text), summary, mentions, refs, () => options.onProgress?.(++applied, total));

  await applyActors(ctx, doc.actors ?? []);
  await applyPlaces(ctx, doc.places ?? []);
  await applyRoles(ctx, doc.roles ?? []);
  await applyMeetings(ctx, doc.meetings ?? []);
  await applyIncidents(ctx, doc.incidents ?? []);
  await applyQuotes(ctx, doc.quotes ?? []);

  await ctx.flushCitations();
  const dropped = await mentions.dropRest();
  await releaseDropped(ctx, dropped);
  await deleteOrphans(ctx, dropped);
  return { articleId: article.id, created: article.created, summary, resolutions: ctx.resolutions };
}

/** `ingestInUnit` in a unit of work of its own, without an editor (the CLI, the seed); nobody hears of it. */
export async function ingestDocument(prisma: PrismaClient, input: unknown, options: IngestOptions = {}): Promise<IngestResult> {
  return runUnit(prisma, (unit) => ingestInUnit(unit, input, options), { maxWait: 60_000, timeout: 30 * 60_000 });
}
