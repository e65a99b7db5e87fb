import type { PrismaClient } from "../generated/prisma/client.js";
import type { ArticleDocument, ActorDoc, CitationDoc } from "./document.js";
import { IngestError } from "./errors.js";
import { locateCitation } from "./citations.js";

type Transaction = Parameters<Parameters<PrismaClient["$transaction"]>[0]>[0];

export interface IngestResult {
  articleId: string;
  /** False when an article with this URL was already there; nothing was changed then. */
  created: boolean;
}

const date = (value: string | undefined) => (value === undefined ? null : new Date(value));

/** Database ids of the document's keys, per list, filled as facts are written. */
class Keys {
  private readonly ids = new Map<string, string>();

  set(list: string, key: string, id: string) {
    this.ids.set(`${list}:${key}`, id);
  }

  /** The id behind a reference; a reference to a key the document lacks is the document's error. */
  get(list: string, key: string | undefined, path: string): string | null {
    if (key === undefined) return null;
    const id = this.ids.get(`${list}:${key}`);
    if (id === undefined) throw new IngestError(path, `refers to "${key}", which is not a key in ${list}`);
    return id;
  }
}

async function matchOrCreateActor(tx: Transaction, actor: ActorDoc): Promise<string> {
  // The same actor may already be known from another article: match before creating.
  const match =
    (actor.wikidataId && (await tx.actor.findUnique({ where: { wikidataId: actor.wikidataId } }))) ||
    (await tx.actor.findUnique({ where: { slug: actor.slug } })) ||
    (await tx.actor.findFirst({ where: { aliases: { has: actor.name } } }));
  if (match) return match.id;
  const created = await tx.actor.create({
    data: {
      kind: actor.kind, name: actor.name, slug: actor.slug, aliases: actor.aliases ?? [],
      description: actor.description ?? null, wikidataId: actor.wikidataId ?? null,
    },
  });
  return created.id;
}

/**
 * Writes an article document in one transaction: all of it, or nothing when any part is invalid.
 * Idempotent by article URL.
 */
export async function ingestDocument(prisma: PrismaClient, doc: ArticleDocument): Promise<IngestResult> {
  return prisma.$transaction(async (tx) => {
    const existing = await tx.article.findUnique({ where: { url: doc.article.url } });
    if (existing) return { articleId: existing.id, created: false };

    const { text } = doc.article;
    const article = await tx.article.create({
      data: { url: doc.article.url, title: doc.article.title, publisher: doc.article.publisher ?? null, publishedAt: date(doc.article.publishedAt), text },
    });
    const keys = new Keys();
    const citations = (list: CitationDoc[] | undefined, path: string) => ({
      create: (list ?? []).map((citation, index) => {
        const located = locateCitation(text, citation, `${path}.citations[${index}]`);
        return {
          articleId: article.id, excerpt: located.excerpt, startOffset: located.startOffset, endOffset: located.endOffset,
          attribution: located.attribution,
          attributedToId: keys.get("actors", located.attributedTo, `${path}.citations[${index}].attributedTo`),
        };
      }),
    });

    for (const actor of doc.actors ?? []) keys.set("actors", actor.key, await matchOrCreateActor(tx, actor));
    for (const [index, actor] of (doc.actors ?? []).entries()) {
      const countryId = keys.get("actors", actor.country, `actors[${index}].country`);
      if (countryId) await tx.actor.update({ where: { id: keys.get("actors", actor.key, "")! }, data: { countryId } });
    }
    for (const [index, place] of (doc.places ?? []).entries()) {
      const data = {
        name: place.name, latitude: place.latitude ?? null, longitude: place.longitude ?? null,
        countryId: keys.get("actors", place.country, `places[${index}].country`),
      };
      const row = await tx.place.upsert({ where: { slug: place.slug }, create: { slug: place.slug, ...data }, update: {} });
      keys.set("places", place.key, row.id);
    }
    for (const [index, role] of (doc.roles ?? []).entries()) {
      const path = `roles[${index}]`;
      await tx.role.create({
        data: {
          holderId: keys.get("actors", role.holder, `${path}.holder`)!, title: role.title,
          ofId: keys.get("actors", role.of, `${path}.of`),
          startDate: date(role.startDate), startPrecision: role.startPrecision ?? null,
          endDate: date(role.endDate), endPrecision: role.endPrecision ?? null,
          citations: citations(role.citations, path),
        },
      });
    }
    for (const [index, meeting] of (doc.meetings ?? []).entries()) {
      const path = `meetings[${index}]`;
      const row = await tx.meeting.create({
        data: {
          title: meeting.title, description: meeting.description ?? null, status: meeting.status,
          startsAt: date(meeting.startsAt), startPrecision: meeting.startPrecision ?? null, endsAt: date(meeting.endsAt),
          placeId: keys.get("places", meeting.place, `${path}.place`),
          citations: citations(meeting.citations, path),
          attendances: {
            create: (meeting.attendees ?? []).map((attendee, i) => ({
              actorId: keys.get("actors", attendee.actor, `${path}.attendees[${i}].actor`)!, role: attendee.role,
              citations: citations(attendee.citations, `${path}.attendees[${i}]`),
            })),
          },
        },
      });
      keys.set("meetings", meeting.key, row.id);
    }
    for (const [index, quote] of (doc.quotes ?? []).entries()) {
      const path = `quotes[${index}]`;
      await tx.quote.create({
        data: {
          kind: quote.kind, text: quote.text, language: quote.language ?? "en",
          speakerId: keys.get("actors", quote.speaker, `${path}.speaker`),
          speakerDescription: quote.speakerDescription ?? null,
          speakerAffiliationId: keys.get("actors", quote.speakerAffiliation, `${path}.speakerAffiliation`),
          saidAt: date(quote.saidAt), saidAtPrecision: quote.saidAtPrecision ?? null,
          meetingId: keys.get("meetings", quote.meeting, `${path}.meeting`),
          meetingTiming: quote.meetingTiming ?? null,
          placeId: keys.get("places", quote.place, `${path}.place`),
          citations: citations(quote.citations, path),
        },
      });
    }
    for (const [index, incident] of (doc.incidents ?? []).entries()) {
      const path = `incidents[${index}]`;
      await tx.incident.create({
        data: {
          kind: incident.kind, title: incident.title, description: incident.description ?? null,
          startsAt: date(incident.startsAt), startPrecision: incident.startPrecision ?? null, endsAt: date(incident.endsAt),
          timeSpan: incident.timeSpan ?? null, placeId: keys.get("places", incident.place, `${path}.place`),
          citations: citations(incident.citations, path),
          participants: {
            create: (incident.participants ?? []).map((participant, i) => ({
              actorId: keys.get("actors", participant.actor, `${path}.participants[${i}].actor`)!, role: participant.role,
            })),
          },
          figures: {
            create: (incident.figures ?? []).map((figure, i) => ({
              metric: figure.metric, value: figure.value, unit: figure.unit, qualifier: figure.qualifier ?? null,
              claimantId: keys.get("actors", figure.claimant, `${path}.figures[${i}].claimant`),
              citations: citations(figure.citations, `${path}.figures[${i}]`),
            })),
          },
        },
      });
    }
    return { articleId: article.id, created: true };
  }, { timeout: 60_000 });
}
