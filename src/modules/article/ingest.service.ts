import type { Transaction } from "../../common/mutation.js";
import type { Context } from "../../context.js";
import type { FactRecorded, MeetingChanged } from "../../events.js";
import { ingestInTransaction, type IngestResult } from "../../ingest/ingest.js";
import { quoteActorIds } from "../quote/quote.service.js";
import { participantIds } from "../incident/incident.service.js";
import { attendeeIds } from "../meeting/meeting.service.js";

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

/** Ingests a document inside the mutation's transaction; returns the article, the ingest's result and what subscribers should hear of. */
export async function ingestArticle(tx: Transaction, input: unknown) {
  const result: IngestResult = await ingestInTransaction(tx, input);
  const announcements: IngestAnnouncements = { quotes: [], incidents: [], meetings: [] };
  for (const id of result.recorded.quotes) {
    announcements.quotes.push({ id, actorIds: quoteActorIds(await tx.quote.findUniqueOrThrow({ where: { id } })) });
  }
  for (const id of result.recorded.incidents) announcements.incidents.push({ id, actorIds: await participantIds(tx, id) });
  for (const id of result.recorded.meetings) announcements.meetings.push({ meetingId: id, change: "CREATED", actorIds: await attendeeIds(tx, id) });
  const article = await tx.article.findUniqueOrThrow({ where: { id: result.articleId } });
  return { article, result, announcements };
}
