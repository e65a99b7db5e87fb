import type { ActorDoc, ArticleDocument, CandidateDoc, CitationDoc, IncidentDoc, MeetingDoc, PlaceDoc, QuoteDoc, RoleDoc } from "../ingest/document.js";
import { slugOf, type DraftActor } from "./actors.js";
import type { Attribution } from "./attribution.js";
import type { ResolvedDate } from "./dates.js";
import type { FigureCandidate } from "./figures.js";
import type { ArticleInput } from "./input.js";
import type { MeetingCandidate } from "./meetings.js";
import type { PlaceMention, RoleFinding } from "./mention.js";
import type { QuoteCandidate } from "./quotes.js";
import { countryNamed } from "./actors.js";

export const EXTRACTOR = "dossier-extract 1 (wink-nlp 2.4.0, wink-eng-lite-web-model 1.8.1)";

export interface IncidentCandidate {
  kind: IncidentDoc["kind"];
  figures: FigureCandidate[];
  date?: ResolvedDate;
  start: number;
  end: number;
  perpetrator?: DraftActor;
  claimants: Map<FigureCandidate, DraftActor | undefined>;
  confidence: number;
}

export interface Findings {
  actors: DraftActor[];
  places: PlaceMention[];
  roles: RoleFinding[];
  meetings: MeetingCandidate[];
  quotes: { quote: QuoteCandidate; saidAt?: ResolvedDate; meeting?: { meeting: MeetingCandidate; timing: "BEFORE" | "DURING" | "AFTER" } }[];
  incidents: IncidentCandidate[];
  attributionOf: (offset: number) => Attribution | undefined;
}

/** Offsets in code points (as the format and PostgreSQL count them) and the excerpt's occurrence, from UTF-16 offsets. */
class Locator {
  private readonly pairStarts: number[] = [];

  constructor(readonly text: string) {
    for (let i = 0; i < text.length; i++) {
      const unit = text.charCodeAt(i);
      if (unit >= 0xd800 && unit <= 0xdbff) this.pairStarts.push(i++);
    }
  }

  codePoint(index: number): number {
    return index - this.pairStarts.filter((start) => start < index).length;
  }

  citation(start: number, end: number, attribution?: Attribution, keyOf?: (actor: DraftActor) => string | undefined): CitationDoc {
    const excerpt = this.text.slice(start, end);
    let occurrence = 0;
    for (let at = this.text.indexOf(excerpt); at >= 0 && at <= start; at = this.text.indexOf(excerpt, at + 1)) occurrence++;
    const citation: CitationDoc = { excerpt };
    if (occurrence > 1) citation.occurrence = occurrence;
    if (attribution) {
      citation.attribution = attribution.words;
      const key = attribution.actor && keyOf?.(attribution.actor);
      if (key) citation.attributedTo = key;
    }
    return citation;
  }
}

const dateFields = (date: ResolvedDate | undefined, field: "startsAt" | "saidAt") => {
  if (!date) return {};
  return field === "startsAt" ? { startsAt: date.date, startPrecision: date.precision } : { saidAt: date.date, saidAtPrecision: date.precision };
};

const listNames = (names: string[]) => (names.length <= 2 ? names.join(" and ") : `${names.slice(0, -1).join(", ")} and ${names.at(-1)}`);

const INCIDENT_TITLES: Record<IncidentDoc["kind"], string> = {
  DRONE_ATTACK: "Drone attack", MISSILE_STRIKE: "Missile strike", AIR_STRIKE: "Air strike", GROUND_ASSAULT: "Ground assault",
  SANCTION: "Sanctions", TARIFF: "Tariffs", CYBER_ATTACK: "Cyberattack", OTHER: "Incident",
};

/** Puts the findings together as an article document whose `extraction` lists every entry with its excerpt, offsets and confidence. */
export function assembleDraft(article: ArticleInput, findings: Findings): ArticleDocument {
  const locate = new Locator(article.text);
  const candidates: CandidateDoc[] = [];
  const candidate = (path: string, kind: CandidateDoc["kind"], confidence: number, start: number, end: number, extra: Partial<CandidateDoc> = {}) =>
    candidates.push({ path, kind, confidence: Math.round(confidence * 100) / 100, excerpt: article.text.slice(start, end), start: locate.codePoint(start), end: locate.codePoint(end), ...extra });

  const used = new Set<DraftActor>(findings.actors);
  const keyOf = (actor: DraftActor) => (used.has(actor) ? actor.key : undefined);
  const cite = (start: number, end: number) => locate.citation(start, end, findings.attributionOf(start), keyOf);

  const actors: ActorDoc[] = findings.actors.map((actor, i) => {
    const country = [...used].find((other) => other.key === actor.country && other !== actor);
    const doc: ActorDoc = { key: actor.key, kind: actor.kind, name: actor.name, slug: actor.match?.slug ?? slugOf(actor.name) };
    const aliases = [...actor.aliases].filter((alias) => alias !== actor.name);
    if (aliases.length) doc.aliases = aliases;
    if (actor.wikidataId) doc.wikidataId = actor.wikidataId;
    if (country) doc.country = country.key;
    const match = actor.match ? ({ wikidataId: "WIKIDATA_ID", name: "NAME", alias: "ALIAS", role: "ROLE" } as const)[actor.match.by] : "NEW";
    candidate(`/actors/${i}`, "ACTOR", actor.confidence, actor.start, actor.end, { match });
    return doc;
  });

  const places: PlaceDoc[] = [];
  const placeKey = (place: PlaceMention | DraftActor | undefined): string | undefined => {
    if (!place) return undefined;
    const name = "key" in place ? place.name : place.name;
    const slug = slugOf(name);
    const key = `place-${slug}`;
    if (!places.some((existing) => existing.key === key)) {
      const countryName = "key" in place ? (place.country ? [...used].find((actor) => actor.key === place.country)?.name : undefined) : place.country;
      const country = countryName ? [...used].find((actor) => actor.kind === "COUNTRY" && actor.name === countryNamed(countryName)?.name) : undefined;
      const doc: PlaceDoc = { key, name, slug };
      if (country) doc.country = country.key;
      candidate(`/places/${places.length}`, "PLACE", 0.7, place.start, place.end);
      places.push(doc);
    }
    return key;
  };

  const roles: RoleDoc[] = [];
  for (const role of findings.roles) {
    const key = `role-${role.holder.key}-${slugOf(role.title)}${role.of ? `-${role.of.key}` : ""}`;
    if (roles.some((existing) => existing.key === key) || !used.has(role.holder)) continue;
    const doc: RoleDoc = { key, holder: role.holder.key, title: role.title, citations: [cite(role.start, role.end)] };
    if (role.of && used.has(role.of)) doc.of = role.of.key;
    candidate(`/roles/${roles.length}`, "ROLE", 0.8, role.start, role.end);
    roles.push(doc);
  }

  const meetingKeys = new Map<MeetingCandidate, string>();
  const meetings: MeetingDoc[] = findings.meetings.map((meeting, i) => {
    const key = `meeting-${i + 1}-${meeting.attendees.map((actor) => actor.key.split("-").at(-1)).slice(0, 3).join("-")}`;
    meetingKeys.set(meeting, key);
    const names = meeting.attendees.map((actor) => actor.name);
    const title = meeting.status === "PLANNED" ? `Planned meeting of ${listNames(names)}` : meeting.status === "CANCELLED" ? `Cancelled meeting of ${listNames(names)}` : names.length === 2 ? `${names[0]} meets ${names[1]}` : `Meeting of ${listNames(names)}`;
    const citation = cite(meeting.start, meeting.end);
    const doc: MeetingDoc = {
      key, title: title.slice(0, 500), status: meeting.status, ...dateFields(meeting.date, "startsAt"),
      attendees: meeting.attendees.map((actor) => ({ actor: actor.key, role: "PARTICIPANT" as const, citations: [citation] })),
      citations: [citation],
    };
    const place = placeKey(meeting.place);
    if (place) doc.place = place;
    candidate(`/meetings/${i}`, "MEETING", meeting.confidence, meeting.start, meeting.end);
    return doc;
  });

  const quotes: QuoteDoc[] = findings.quotes.map(({ quote, saidAt, meeting }, i) => {
    const doc: QuoteDoc = { key: `quote-${i + 1}`, kind: quote.kind, text: quote.text, citations: [cite(quote.start, quote.end)] };
    const speaker = quote.speaker;
    if (speaker?.actor && used.has(speaker.actor)) doc.speaker = speaker.actor.key;
    else if (speaker?.description) doc.speakerDescription = speaker.description.slice(0, 500);
    if (!doc.speaker && speaker?.affiliation && used.has(speaker.affiliation)) doc.speakerAffiliation = speaker.affiliation.key;
    Object.assign(doc, dateFields(saidAt, "saidAt"));
    if (meeting) {
      doc.meeting = meetingKeys.get(meeting.meeting);
      doc.meetingTiming = meeting.timing;
    }
    candidate(`/quotes/${i}`, "QUOTE", quote.confidence, quote.start, quote.end);
    return doc;
  });

  let figureNumber = 0;
  const incidents: IncidentDoc[] = findings.incidents.map((incident, i) => {
    const citation = cite(incident.start, incident.end);
    const doc: IncidentDoc = {
      key: `incident-${i + 1}`,
      kind: incident.kind,
      title: `${INCIDENT_TITLES[incident.kind]}${incident.date ? ` (${incident.date.words})` : ""}`,
      ...dateFields(incident.date, "startsAt"),
      citations: [citation],
    };
    if (incident.date && /overnight|night|morning|evening/i.test(incident.date.words)) doc.timeSpan = incident.date.words;
    if (incident.perpetrator && used.has(incident.perpetrator)) doc.participants = [{ actor: incident.perpetrator.key, role: "PERPETRATOR" }];
    candidate(`/incidents/${i}`, "INCIDENT", incident.confidence, incident.start, incident.end);
    if (incident.figures.length) {
      doc.figures = incident.figures.map((figure, j) => {
        const claimant = incident.claimants.get(figure);
        const figureDoc = {
          key: `figure-${++figureNumber}`, metric: figure.metric.slice(0, 200), value: figure.value, unit: figure.unit,
          ...(figure.qualifier ? { qualifier: figure.qualifier } : {}),
          ...(claimant && used.has(claimant) ? { claimant: claimant.key } : {}),
          citations: [cite(figure.start, figure.end)],
        };
        candidate(`/incidents/${i}/figures/${j}`, "FIGURE", figure.confidence, figure.start, figure.end, figure.bound ? { bound: figure.bound } : {});
        return figureDoc;
      });
    }
    return doc;
  });

  const doc: ArticleDocument = { article: { ...article } };
  if (actors.length) doc.actors = actors;
  if (places.length) doc.places = places;
  if (roles.length) doc.roles = roles;
  if (meetings.length) doc.meetings = meetings;
  if (quotes.length) doc.quotes = quotes;
  if (incidents.length) doc.incidents = incidents;
  doc.extraction = { extractor: EXTRACTOR, candidates };
  return doc;
}
