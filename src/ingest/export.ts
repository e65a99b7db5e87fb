import type { Prisma } from "../generated/prisma/client.js";
import type { ActorDoc, ArticleDocument, CitationDoc, IncidentDoc, MeetingDoc, PlaceDoc, QuoteDoc, RoleDoc } from "./document.js";
import { ArticleText } from "./citations.js";
import { factTables, fromMentionValues, type FactType } from "../graph/fact-types.js";

type Tx = Prisma.TransactionClient;
type Article = Prisma.ArticleGetPayload<object>;
type FigureDoc = NonNullable<IncidentDoc["figures"]>[number];
type StoredCitation = { excerpt: string; startOffset: number; endOffset: number; attribution: string | null; attributedToId: string | null } & Record<string, unknown>;
type Row = { id: string } & Record<string, unknown>;

const optional = <T>(value: T | null | undefined): T | undefined => value ?? undefined;
const byString = <T>(value: (entry: T) => string) => (a: T, b: T) => (value(a) < value(b) ? -1 : value(a) > value(b) ? 1 : 0);
const byKey = byString<{ key: string }>((entry) => entry.key);
/** Unnamed attendees and participants, after the named ones: by description, affiliation and role. */
const byUnnamed = byString<{ description?: string; affiliation?: string; role: string }>((entry) => `${entry.description}\u0000${entry.affiliation ?? ""}\u0000${entry.role}`);
const prefixes: Partial<Record<FactType, string>> = { ROLE: "role", MEETING: "meeting", QUOTE: "quote", INCIDENT: "incident", FIGURE: "figure" };

/** A stored instant as the document writes it: a bare date when it is midnight UTC. */
function instant(value: unknown): string | undefined {
  if (!(value instanceof Date)) return undefined;
  const iso = value.toISOString();
  return iso.endsWith("T00:00:00.000Z") ? iso.slice(0, 10) : iso;
}

/** What the whole graph needs once per export: refs, API writes, which facts an article mentions, the unmentioned actors and places. */
async function graphFacts(tx: Tx) {
  const refs = new Map<string, string>();
  for (const row of await tx.factRef.findMany({ orderBy: { ref: "asc" } })) if (!refs.has(row.factId)) refs.set(row.factId, row.ref);
  const api = new Set<string>();
  const mentioned = new Set<string>();
  for (const mention of await tx.mention.findMany()) {
    (mention.articleId === null ? api : mentioned).add(mention[factTables[mention.factType].column] as string);
  }
  const unmentionedActors = (await tx.actor.findMany({ select: { id: true } })).map((row) => row.id).filter((id) => !mentioned.has(id));
  const unmentionedPlaces = (await tx.place.findMany({ select: { id: true } })).map((row) => row.id).filter((id) => !mentioned.has(id));
  return { refs, api, mentioned, unmentionedActors, unmentionedPlaces };
}

type Graph = Awaited<ReturnType<typeof graphFacts>>;

/**
 * Reads the whole graph as article documents (docs/INGEST-FORMAT.md), one per article in URL
 * order, every list in key order: ingesting the output into an empty database and exporting again
 * gives the same bytes. Each article's document holds what it mentions or cites, with the values it
 * reports, under its keys; every fact carries a `ref`, so a fact several articles support is found
 * again by ref and nothing is left to the matching rules. Facts no article mentions go with every
 * article that cites them (nested ones with their parent), actors and places no article mentions go
 * with the first article.
 */
export async function* exportDocuments(tx: Tx, onWarning: (message: string) => void = () => {}): AsyncGenerator<ArticleDocument> {
  const graph = await graphFacts(tx);
  const articles = await tx.article.findMany({ orderBy: { url: "asc" } });
  const written = new Set<string>();
  for (const [index, article] of articles.entries()) {
    const document = await exportArticle(tx, graph, article, index === 0);
    for (const id of document.ids) written.add(id);
    yield document.document;
  }
  for (const model of ["role", "meeting", "quote", "incident"] as const) {
    for (const row of await (tx[model] as unknown as { findMany(args: object): Promise<Row[]> }).findMany({ select: { id: true } })) {
      if (!written.has(row.id)) onWarning(`The ${model} ${row.id} is neither mentioned nor cited by any article and is left out`);
    }
  }
}

async function exportArticle(tx: Tx, graph: Graph, article: Article, first: boolean) {
  const articleId = article.id;
  const text = new ArticleText(article.text);
  const mentions = await tx.mention.findMany({ where: { articleId } });
  const citationRows = await tx.citation.findMany({ where: { articleId } });
  const mentionOf = new Map(mentions.map((mention) => [mention[factTables[mention.factType].column] as string, mention]));
  const own = (type: FactType) => new Set([
    ...mentions.filter((mention) => mention.factType === type).map((mention) => mention[factTables[type].column] as string),
    ...citationRows.map((citation) => (citation as Record<string, unknown>)[factTables[type].column]).filter((id): id is string => typeof id === "string"),
  ]);
  /** A nested fact goes with its parent when this article mentions or cites it, or no article mentions it. */
  const nestedHere = (type: FactType) => { const ids = own(type); return (id: string) => ids.has(id) || !graph.mentioned.has(id); };

  const attendanceParents = await tx.attendance.findMany({ where: { id: { in: [...own("ATTENDANCE")] } }, select: { meetingId: true } });
  const figureParents = await tx.figure.findMany({ where: { id: { in: [...own("FIGURE")] } }, select: { incidentId: true } });
  const participantParents = await tx.incidentParticipant.findMany({ where: { id: { in: [...own("PARTICIPANT")] } }, select: { incidentId: true } });
  const unnamedAttendanceParents = await tx.unnamedAttendance.findMany({ where: { id: { in: [...own("UNNAMED_ATTENDANCE")] } }, select: { meetingId: true } });
  const unnamedParticipantParents = await tx.unnamedParticipant.findMany({ where: { id: { in: [...own("UNNAMED_PARTICIPANT")] } }, select: { incidentId: true } });
  const quotes = await tx.quote.findMany({ where: { id: { in: [...own("QUOTE")] } } });
  const meetingIds = new Set([...own("MEETING"), ...[...attendanceParents, ...unnamedAttendanceParents].map((row) => row.meetingId)]);
  const incidentIds = new Set([...own("INCIDENT"), ...[...figureParents, ...participantParents, ...unnamedParticipantParents].map((row) => row.incidentId)]);

  /** The values this article reports for a fact; the fact's own values when it reports none of its own or the API wrote them. */
  const reported = (row: Row): Record<string, unknown> => {
    const mention = mentionOf.get(row.id);
    const values = mention && !graph.api.has(row.id) ? fromMentionValues(mention.values) : {};
    return Object.keys(values).length > 0 ? { ...row, ...values } : row;
  };
  const quoteValues = quotes.map((quote) => reported(quote));
  // What a quote refers to goes into the document with it.
  for (const quote of quoteValues) {
    for (const id of [quote.meetingId, quote.aboutMeetingId]) if (typeof id === "string") meetingIds.add(id);
    if (typeof quote.aboutIncidentId === "string") incidentIds.add(quote.aboutIncidentId);
  }

  const withCitations = { citations: { where: { articleId } } };
  const roles = await tx.role.findMany({ where: { id: { in: [...own("ROLE")] } }, include: withCitations });
  const meetings = await tx.meeting.findMany({ where: { id: { in: [...meetingIds] } }, include: { ...withCitations, attendances: { include: withCitations }, unnamedAttendances: { include: withCitations } } });
  const incidents = await tx.incident.findMany({
    where: { id: { in: [...incidentIds] } }, include: { ...withCitations, participants: true, unnamedParticipants: true, figures: { include: withCitations } },
  });
  const quoteCitations = new Map<string, StoredCitation[]>();
  for (const citation of citationRows) if (citation.quoteId) quoteCitations.set(citation.quoteId, [...(quoteCitations.get(citation.quoteId) ?? []), citation]);

  const keyOf = (type: FactType, id: string) => mentionOf.get(id)?.key ?? `${prefixes[type]}-${id}`;
  const identity = (type: FactType, id: string) => ({ ref: graph.refs.get(id) ?? `${prefixes[type]}-${id}`, api: graph.api.has(id) || undefined, exact: true });
  const attendanceHere = nestedHere("ATTENDANCE");
  const participantHere = nestedHere("PARTICIPANT");
  const figureHere = nestedHere("FIGURE");
  const unnamedAttendanceHere = nestedHere("UNNAMED_ATTENDANCE");
  const unnamedParticipantHere = nestedHere("UNNAMED_PARTICIPANT");

  const referenced = { actorIds: new Set<string>(), placeIds: new Set<string>() };
  const actor = (id: unknown) => { if (typeof id === "string") referenced.actorIds.add(id); return id as string | null; };
  const place = (id: unknown) => { if (typeof id === "string") referenced.placeIds.add(id); return id as string | null; };
  const citationIds = (rows: StoredCitation[]) => rows.forEach((row) => actor(row.attributedToId));
  // First pass: what the entries refer to, so that actors and places can be keyed by slug.
  for (const row of roles.map((role) => reported(role))) [row.holderId, row.ofId].forEach(actor);
  for (const meeting of meetings) {
    place(reported(meeting).placeId);
    meeting.attendances.filter((attendance) => attendanceHere(attendance.id)).forEach((attendance) => { actor(attendance.actorId); citationIds(attendance.citations); });
    meeting.unnamedAttendances.filter((attendance) => unnamedAttendanceHere(attendance.id)).forEach((attendance) => { actor(attendance.affiliationId); citationIds(attendance.citations); });
    citationIds(meeting.citations);
  }
  for (const quote of quoteValues) { [quote.speakerId, quote.speakerAffiliationId].forEach(actor); place(quote.placeId); }
  for (const incident of incidents) {
    place(reported(incident).placeId);
    incident.participants.filter((participant) => participantHere(participant.id)).forEach((participant) => actor(participant.actorId));
    incident.unnamedParticipants.filter((participant) => unnamedParticipantHere(participant.id)).forEach((participant) => actor(participant.affiliationId));
    incident.figures.filter((figure) => figureHere(figure.id)).forEach((figure) => { actor(reported(figure).claimantId); citationIds(figure.citations); });
    citationIds(incident.citations);
  }
  roles.forEach((role) => citationIds(role.citations));
  for (const citations of quoteCitations.values()) citationIds(citations);
  for (const mention of mentions) {
    if (mention.actorId) referenced.actorIds.add(mention.actorId);
    if (mention.placeId) referenced.placeIds.add(mention.placeId);
  }
  if (first) {
    graph.unmentionedActors.forEach((id) => referenced.actorIds.add(id));
    graph.unmentionedPlaces.forEach((id) => referenced.placeIds.add(id));
  }
  const { actors, places, slug, placeSlug } = await actorsAndPlaces(tx, referenced);

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
  const meetingKeys = new Map(meetings.map((meeting) => [meeting.id, keyOf("MEETING", meeting.id)]));
  const str = (value: unknown) => value as string;
  const opt = (value: unknown) => optional(value as string | null);

  const document: ArticleDocument = {
    article: {
      url: article.url, title: article.title, publisher: optional(article.publisher), publishedAt: instant(article.publishedAt),
      authors: article.authors.length > 0 ? article.authors : undefined, text: article.text,
    },
    actors,
    places,
    roles: roles.map((role): RoleDoc => {
      const row = reported(role);
      return {
        key: keyOf("ROLE", role.id), ...identity("ROLE", role.id), holder: slug(str(row.holderId))!, title: str(row.title), of: slug(row.ofId as string | null),
        startDate: instant(row.startDate), startPrecision: opt(row.startPrecision) as RoleDoc["startPrecision"],
        endDate: instant(row.endDate), endPrecision: opt(row.endPrecision) as RoleDoc["endPrecision"],
        citations: citations(role.citations),
      };
    }).sort(byKey),
    meetings: meetings.map((meeting): MeetingDoc => {
      const row = reported(meeting);
      return {
        key: meetingKeys.get(meeting.id)!, ...identity("MEETING", meeting.id), title: str(row.title), description: opt(row.description),
        status: row.status as MeetingDoc["status"], startsAt: instant(row.startsAt), startPrecision: opt(row.startPrecision) as MeetingDoc["startPrecision"],
        endsAt: instant(row.endsAt), place: placeSlug(row.placeId as string | null),
        attendees: [...meeting.attendances.filter((attendance) => attendanceHere(attendance.id))
          .map((attendance) => ({
            actor: slug(attendance.actorId)!, role: reported(attendance).role as typeof attendance.role,
            api: graph.api.has(attendance.id) || undefined, citations: citations(attendance.citations),
          }))
          .sort(byString((attendee) => attendee.actor)),
          ...meeting.unnamedAttendances.filter((attendance) => unnamedAttendanceHere(attendance.id)).map((attendance) => {
            const values = reported(attendance);
            return {
              description: str(values.description), affiliation: slug(attendance.affiliationId), role: values.role as typeof attendance.role,
              api: graph.api.has(attendance.id) || undefined, citations: citations(attendance.citations),
            };
          }).sort(byUnnamed)],
        citations: citations(meeting.citations),
      };
    }).sort(byKey),
    quotes: quotes.map((quote, index): QuoteDoc => {
      const row = quoteValues[index];
      const meeting = typeof row.meetingId === "string" ? meetingKeys.get(row.meetingId) : undefined;
      return {
        key: keyOf("QUOTE", quote.id), ...identity("QUOTE", quote.id), kind: row.kind as QuoteDoc["kind"], text: str(row.text), language: str(row.language),
        speaker: slug(row.speakerId as string | null), speakerDescription: opt(row.speakerDescription),
        speakerAffiliation: slug(row.speakerAffiliationId as string | null),
        saidAt: instant(row.saidAt), saidAtPrecision: opt(row.saidAtPrecision) as QuoteDoc["saidAtPrecision"],
        meeting, meetingTiming: meeting === undefined ? undefined : opt(row.meetingTiming) as QuoteDoc["meetingTiming"],
        place: placeSlug(row.placeId as string | null),
        aboutIncident: typeof row.aboutIncidentId === "string" ? keyOf("INCIDENT", row.aboutIncidentId) : undefined,
        aboutMeeting: typeof row.aboutMeetingId === "string" ? meetingKeys.get(row.aboutMeetingId) : undefined,
        citations: citations(quoteCitations.get(quote.id) ?? []),
      };
    }).sort(byKey),
    incidents: incidents.map((incident): IncidentDoc => {
      const row = reported(incident);
      return {
        key: keyOf("INCIDENT", incident.id), ...identity("INCIDENT", incident.id), kind: row.kind as IncidentDoc["kind"], title: str(row.title),
        description: opt(row.description), startsAt: instant(row.startsAt), startPrecision: opt(row.startPrecision) as IncidentDoc["startPrecision"],
        endsAt: instant(row.endsAt), timeSpan: opt(row.timeSpan), place: placeSlug(row.placeId as string | null),
        participants: [...incident.participants.filter((participant) => participantHere(participant.id))
          .map((participant) => ({ actor: slug(participant.actorId)!, role: participant.role, api: graph.api.has(participant.id) || undefined }))
          .sort(byString((participant) => `${participant.actor}\u0000${participant.role}`)),
          ...incident.unnamedParticipants.filter((participant) => unnamedParticipantHere(participant.id)).map((participant) => ({
            description: str(reported(participant).description), affiliation: slug(participant.affiliationId), role: participant.role,
            api: graph.api.has(participant.id) || undefined,
          })).sort(byUnnamed)],
        figures: incident.figures.filter((figure) => figureHere(figure.id)).map((figure) => {
          const values = reported(figure);
          return {
            key: keyOf("FIGURE", figure.id), ...identity("FIGURE", figure.id), metric: str(values.metric), value: values.value as number,
            bound: values.bound === "EXACT" ? undefined : values.bound as FigureDoc["bound"],
            unit: str(values.unit),
            qualifier: opt(values.qualifier), claimant: slug(values.claimantId as string | null), citations: citations(figure.citations),
          };
        }).sort(byKey),
        citations: citations(incident.citations),
      };
    }).sort(byKey),
  };
  const ids = [...roles, ...meetings, ...quotes, ...incidents].map((row) => row.id);
  return { document, ids };
}

/** The referenced actors (with the countries they belong to) and places, keyed by slug, in slug order. */
async function actorsAndPlaces(tx: Tx, { actorIds, placeIds }: { actorIds: Set<string>; placeIds: Set<string> }) {
  const placeRows = await tx.place.findMany({ where: { id: { in: [...placeIds] } } });
  const actorRows = [];
  let pending = [...actorIds, ...placeRows.flatMap((place) => (place.countryId ? [place.countryId] : []))];
  for (const id of pending) actorIds.add(id);
  while (pending.length > 0) {
    const rows = await tx.actor.findMany({ where: { id: { in: pending } } });
    actorRows.push(...rows);
    pending = rows.map((row) => row.countryId).filter((id): id is string => id !== null && !actorIds.has(id));
    for (const id of pending) actorIds.add(id);
  }
  const slugs = new Map(actorRows.map((row) => [row.id, row.slug]));
  const placeSlugs = new Map(placeRows.map((row) => [row.id, row.slug]));
  const slug = (id: string | null) => (id === null ? undefined : slugs.get(id));
  const actors = actorRows.map((row): ActorDoc => ({
    key: row.slug, kind: row.kind, name: row.name, slug: row.slug, aliases: row.aliases.length > 0 ? row.aliases : undefined,
    description: optional(row.description), wikidataId: optional(row.wikidataId), country: slug(row.countryId), exact: true,
  })).sort(byString((actor) => actor.key));
  const places = placeRows.map((row): PlaceDoc => ({
    key: row.slug, name: row.name, slug: row.slug, country: slug(row.countryId),
    latitude: optional(row.latitude), longitude: optional(row.longitude),
  })).sort(byString((place) => place.key));
  return { actors, places, slug, placeSlug: (id: string | null) => (id === null ? undefined : placeSlugs.get(id)) };
}
