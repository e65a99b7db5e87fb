import type { Prisma } from "../generated/prisma/client.js";
import type { ActorDoc, ArticleDocument, CitationDoc, IncidentDoc, MeetingDoc, PlaceDoc, QuoteDoc, RoleDoc } from "./document.js";
import { ArticleText } from "./citations.js";
import { assignUnowned, type FactModel } from "./export-ownership.js";

type StoredCitation = { excerpt: string; startOffset: number; endOffset: number; attribution: string | null; attributedToId: string | null };
type Keyed = { id: string; sourceArticleId: string | null; sourceKey: string | null };

const optional = <T>(value: T | null): T | undefined => value ?? undefined;
const byString = <T>(value: (entry: T) => string) => (a: T, b: T) => (value(a) < value(b) ? -1 : value(a) > value(b) ? 1 : 0);

/** A stored instant as the document writes it: a bare date when it is midnight UTC. */
function instant(value: Date | null): string | undefined {
  if (value === null) return undefined;
  const iso = value.toISOString();
  return iso.endsWith("T00:00:00.000Z") ? iso.slice(0, 10) : iso;
}

/**
 * Reads the whole graph as article documents (docs/INGEST-FORMAT.md), one per article in URL
 * order, every list in key order: ingesting the output into an empty database and exporting again
 * gives the same bytes. A fact keeps the key of the document that recorded it; a fact recorded
 * otherwise goes with the first article citing it, keyed `<kind>-<id>`.
 */
export async function* exportDocuments(prisma: Prisma.TransactionClient, onWarning: (message: string) => void = () => {}): AsyncGenerator<ArticleDocument> {
  const unowned = await assignUnowned(prisma, onWarning);
  const articles = await prisma.article.findMany({ orderBy: { url: "asc" } });
  for (const article of articles) {
    yield await exportArticle(prisma, article, unowned, onWarning);
  }
}

async function exportArticle(
  prisma: Prisma.TransactionClient,
  article: { id: string; url: string; title: string; publisher: string | null; publishedAt: Date | null; text: string },
  unowned: Map<FactModel, Map<string, string[]>>,
  onWarning: (message: string) => void,
): Promise<ArticleDocument> {
  const articleId = article.id;
  const text = new ArticleText(article.text);
  const facts = (model: FactModel) => ({
    where: { OR: [{ sourceArticleId: articleId }, { id: { in: unowned.get(model)?.get(articleId) ?? [] } }] },
  });
  const cited = { citations: { where: { articleId } } };
  const roles = await prisma.role.findMany({ ...facts("role"), include: cited });
  const meetings = await prisma.meeting.findMany({ ...facts("meeting"), include: { ...cited, attendances: { include: cited } } });
  const quotes = await prisma.quote.findMany({ ...facts("quote"), include: cited });
  const incidents = await prisma.incident.findMany({ ...facts("incident"), include: { ...cited, participants: true, figures: { include: cited } } });

  const keyOf = (prefix: string) => (row: Keyed) =>
    row.sourceArticleId === articleId && row.sourceKey !== null ? row.sourceKey : `${prefix}-${row.id}`;
  const meetingKeys = new Map(meetings.map((meeting) => [meeting.id, keyOf("meeting")(meeting)]));

  const { actors, places, slug, placeSlug } = await actorsAndPlaces(prisma, referencedIds([roles, meetings, quotes, incidents]));
  const byKey = byString<{ key: string }>((entry) => entry.key);
  const citations = (rows: StoredCitation[]): CitationDoc[] =>
    [...rows]
      .sort((a, b) => a.startOffset - b.startOffset || a.endOffset - b.endOffset ||
        byString<StoredCitation>((c) => `${c.excerpt}\u0000${c.attribution ?? ""}\u0000${c.attributedToId ?? ""}`)(a, b))
      .map((row) => {
        const occurrence = text.occurrenceAt(row.excerpt, row.startOffset);
        return {
          excerpt: row.excerpt,
          occurrence: occurrence !== null && occurrence > 1 ? occurrence : undefined,
          attribution: optional(row.attribution),
          attributedTo: slug(row.attributedToId),
        };
      });

  return {
    article: { url: article.url, title: article.title, publisher: optional(article.publisher), publishedAt: instant(article.publishedAt), text: article.text },
    actors,
    places,
    roles: roles.map((role): RoleDoc => ({
      key: keyOf("role")(role), holder: slug(role.holderId)!, title: role.title, of: slug(role.ofId),
      startDate: instant(role.startDate), startPrecision: optional(role.startPrecision),
      endDate: instant(role.endDate), endPrecision: optional(role.endPrecision),
      citations: citations(role.citations),
    })).sort(byKey),
    meetings: meetings.map((meeting): MeetingDoc => ({
      key: meetingKeys.get(meeting.id)!, title: meeting.title, description: optional(meeting.description), status: meeting.status,
      startsAt: instant(meeting.startsAt), startPrecision: optional(meeting.startPrecision), endsAt: instant(meeting.endsAt),
      place: placeSlug(meeting.placeId),
      attendees: meeting.attendances
        .map((attendance) => ({ actor: slug(attendance.actorId)!, role: attendance.role, citations: citations(attendance.citations) }))
        .sort(byString((attendee) => attendee.actor)),
      citations: citations(meeting.citations),
    })).sort(byKey),
    quotes: quotes.map((quote): QuoteDoc => {
      const meeting = quote.meetingId === null ? undefined : meetingKeys.get(quote.meetingId);
      if (quote.meetingId !== null && meeting === undefined) {
        onWarning(`Quote ${quote.id} refers to a meeting of another article (${quote.meetingId}); that reference is left out of ${article.url}`);
      }
      return {
        key: keyOf("quote")(quote), kind: quote.kind, text: quote.text, language: quote.language,
        speaker: slug(quote.speakerId), speakerDescription: optional(quote.speakerDescription),
        speakerAffiliation: slug(quote.speakerAffiliationId),
        saidAt: instant(quote.saidAt), saidAtPrecision: optional(quote.saidAtPrecision),
        meeting, meetingTiming: meeting === undefined ? undefined : optional(quote.meetingTiming),
        place: placeSlug(quote.placeId), citations: citations(quote.citations),
      };
    }).sort(byKey),
    incidents: incidents.map((incident): IncidentDoc => ({
      key: keyOf("incident")(incident), kind: incident.kind, title: incident.title, description: optional(incident.description),
      startsAt: instant(incident.startsAt), startPrecision: optional(incident.startPrecision), endsAt: instant(incident.endsAt),
      timeSpan: optional(incident.timeSpan), place: placeSlug(incident.placeId),
      participants: incident.participants
        .map((participant) => ({ actor: slug(participant.actorId)!, role: participant.role }))
        .sort(byString((participant) => `${participant.actor}\u0000${participant.role}`)),
      figures: incident.figures.map((figure) => ({
        key: keyOf("figure")(figure), metric: figure.metric, value: figure.value, unit: figure.unit,
        qualifier: optional(figure.qualifier), claimant: slug(figure.claimantId), citations: citations(figure.citations),
      })).sort(byKey),
      citations: citations(incident.citations),
    })).sort(byKey),
  };
}

const actorColumns = new Set(["holderId", "ofId", "speakerId", "speakerAffiliationId", "actorId", "claimantId", "attributedToId"]);

/** Every actor and place id the loaded rows refer to, at any depth. */
function referencedIds(rows: unknown): { actorIds: Set<string>; placeIds: Set<string> } {
  const found = { actorIds: new Set<string>(), placeIds: new Set<string>() };
  const visit = (value: unknown): void => {
    if (Array.isArray(value)) value.forEach(visit);
    else if (value !== null && typeof value === "object" && !(value instanceof Date)) {
      for (const [column, field] of Object.entries(value)) {
        if (typeof field === "string" && actorColumns.has(column)) found.actorIds.add(field);
        else if (typeof field === "string" && column === "placeId") found.placeIds.add(field);
        else visit(field);
      }
    }
  };
  visit(rows);
  return found;
}

/** The referenced actors (with the countries they belong to) and places, keyed by slug, in slug order. */
async function actorsAndPlaces(prisma: Prisma.TransactionClient, { actorIds, placeIds }: { actorIds: Set<string>; placeIds: Set<string> }) {
  const placeRows = await prisma.place.findMany({ where: { id: { in: [...placeIds] } } });
  const actorRows = [];
  let pending = [...actorIds, ...placeRows.flatMap((place) => (place.countryId ? [place.countryId] : []))];
  for (const id of pending) actorIds.add(id);
  while (pending.length > 0) {
    const rows = await prisma.actor.findMany({ where: { id: { in: pending } } });
    actorRows.push(...rows);
    pending = rows.map((row) => row.countryId).filter((id): id is string => id !== null && !actorIds.has(id));
    for (const id of pending) actorIds.add(id);
  }
  const slugs = new Map(actorRows.map((row) => [row.id, row.slug]));
  const placeSlugs = new Map(placeRows.map((row) => [row.id, row.slug]));
  const slug = (id: string | null) => (id === null ? undefined : slugs.get(id));
  const actors = actorRows.map((row): ActorDoc => ({
    key: row.slug, kind: row.kind, name: row.name, slug: row.slug, aliases: row.aliases.length > 0 ? row.aliases : undefined,
    description: optional(row.description), wikidataId: optional(row.wikidataId), country: slug(row.countryId),
  })).sort(byString((actor) => actor.key));
  const places = placeRows.map((row): PlaceDoc => ({
    key: row.slug, name: row.name, slug: row.slug, country: slug(row.countryId),
    latitude: optional(row.latitude), longitude: optional(row.longitude),
  })).sort(byString((place) => place.key));
  return { actors, places, slug, placeSlug: (id: string | null) => (id === null ? undefined : placeSlugs.get(id)) };
}
