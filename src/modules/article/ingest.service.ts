import type { PrismaClient } from "../../generated/prisma/client.js";
import type { Transaction } from "../../common/mutation.js";
import type { Context } from "../../context.js";
import type { FactRecorded, MeetingChanged } from "../../events.js";
import type { ArticleDocument } from "../../ingest/document.js";
import { ingestDocument } from "../../ingest/ingest.js";
import { quoteActorIds } from "../quote/quote.service.js";
import { participantIds } from "../incident/incident.service.js";
import { attendeeIds } from "../meeting/meeting.service.js";

/**
 * ingestDocument runs in a transaction of its own; this client makes it join the mutation's
 * transaction instead, so the editor stamp and the all-or-nothing rollback cover it too.
 */
function joining(tx: Transaction): PrismaClient {
  const $transaction = (work: unknown) =>
    typeof work === "function" ? work(tx) : Promise.all(work as Promise<unknown>[]);
  return new Proxy(tx, { get: (target, property) => (property === "$transaction" ? $transaction : Reflect.get(target, property)) }) as unknown as PrismaClient;
}

/** Ids of the quotes, incidents and meetings that articles with this URL cite. */
async function citedFacts(tx: Transaction, url: unknown) {
  const rows = typeof url === "string"
    ? await tx.$queryRaw<{ quoteId: string | null; incidentId: string | null; meetingId: string | null }[]>`
        SELECT c."quoteId", c."incidentId", c."meetingId" FROM "Citation" c JOIN "Article" a ON a.id = c."articleId" WHERE a.url = ${url}`
    : [];
  const ids = (column: "quoteId" | "incidentId" | "meetingId") => new Set(rows.map((row) => row[column]).filter((id): id is string => id !== null));
  return { quotes: ids("quoteId"), incidents: ids("incidentId"), meetings: ids("meetingId") };
}

export interface IngestAnnouncements {
  quotes: FactRecorded[];
  incidents: FactRecorded[];
  meetings: MeetingChanged[];
}

/** Tells subscribers what an ingest recorded, once its transaction has committed. */
export function announce(events: Context["events"], announcements: IngestAnnouncements): void {
  announcements.quotes.forEach((event) => events.quoteRecorded(event));
  announcements.incidents.forEach((event) => events.incidentRecorded(event));
  announcements.meetings.forEach((event) => events.meetingChanged(event));
}

/** Ingests a document inside the mutation's transaction; returns the article and what subscribers should hear of. */
export async function ingestArticle(tx: Transaction, doc: ArticleDocument) {
  const before = await citedFacts(tx, doc?.article?.url);
  const result = await ingestDocument(joining(tx), doc);
  const after = await citedFacts(tx, doc.article.url);
  const added = (list: keyof typeof after) => [...after[list]].filter((id) => !before[list].has(id));
  const announcements: IngestAnnouncements = { quotes: [], incidents: [], meetings: [] };
  for (const id of added("quotes")) {
    announcements.quotes.push({ id, actorIds: quoteActorIds(await tx.quote.findUniqueOrThrow({ where: { id } })) });
  }
  for (const id of added("incidents")) announcements.incidents.push({ id, actorIds: await participantIds(tx, id) });
  for (const id of added("meetings")) announcements.meetings.push({ meetingId: id, change: "CREATED", actorIds: await attendeeIds(tx, id) });
  const article = await tx.article.findUniqueOrThrow({ where: { id: result.articleId } });
  return { article, created: result.created, announcements };
}
