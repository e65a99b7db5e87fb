import { Type, type Static, type TSchema } from "@sinclair/typebox";
import { ARTICLE_TEXT, FIGURE_MAGNITUDE, LONG_TEXT, SHORT_TEXT, SLUG_LENGTH, URL_LENGTH, formats } from "../common/formats.js";

// The article document: one article and every fact it reports (docs/INGEST-FORMAT.md). This is the
// one definition of the format: the TypeScript types below and docs/article-document.schema.json
// (`npm run ingest:schema`) are both derived from it.

/**
 * Size limits of the format, in characters (UTF-16 code units, as JSON Schema counts them); those of
 * stored values are the API's (src/common/formats.ts).
 */
export const limits = {
  key: 200,
  name: SHORT_TEXT,
  description: LONG_TEXT,
  articleText: ARTICLE_TEXT,
  quoteText: LONG_TEXT,
  excerpt: LONG_TEXT,
  url: URL_LENGTH,
  aliases: 100,
  /** Facts per list (actors, quotes, attendees of one meeting, …). */
  items: 20_000,
} as const;

const text = (maxLength: number, description: string) => Type.String({ minLength: 1, maxLength, description });
const key = (description: string) => Type.String({ minLength: 1, maxLength: limits.key, description });
const list = <T extends TSchema>(item: T, description: string) => Type.Array(item, { maxItems: limits.items, description });
// An `enum` rather than TypeBox's union of literals: one clear error instead of one per literal.
const oneOf = <V extends string>(values: readonly V[], description: string) =>
  Type.Unsafe<V>({ type: "string", enum: [...values], description });

const date = (description: string) => Type.String({ format: "date", description: `${description} ISO 8601 date: 2025-09-04.` });
const instant = (description: string) =>
  Type.String({
    format: "date-or-date-time",
    description: `${description} ISO 8601 date (2025-09-04, read as midnight UTC) or date-time with a zone (2025-09-04T10:30:00Z).`,
  });
const precision = (description: string) =>
  oneOf(["YEAR", "MONTH", "WEEK", "DAY", "TIME"] as const, `How precisely ${description} is known: "in September 2025" is MONTH, "next week" is WEEK (the date is its Monday).`);

export const CitationSchema = Type.Object(
  {
    excerpt: text(limits.excerpt, "Verbatim text of article.text that supports the fact."),
    occurrence: Type.Optional(Type.Integer({ minimum: 1, description: "Which occurrence of the excerpt in the text (1-based, default 1)." })),
    attribution: Type.Optional(text(limits.name, 'The article\'s words for its source: "per AP".')),
    attributedTo: Type.Optional(key("Key of the actor the article attributes the fact to, e.g. the news agency.")),
  },
  { additionalProperties: false, description: "Where the article supports a fact." },
);
const citations = () => list(CitationSchema, "Excerpts of the article that support the fact.");

/** How an entry can name a fact the graph already holds (docs/INGEST-FORMAT.md, "Matching"). */
const identity = (what: string) => ({
  id: Type.Optional(Type.String({ minLength: 1, maxLength: limits.key, description: `Global id of the known ${what} this entry is about (as the API returns it).` })),
  ref: Type.Optional(key(`A stable key of the caller's choice for the ${what} ("coalition-paris-2025-09-04"): the known ${what} with this ref, or a new one registered under it.`)),
  api: apiFlag(what),
  exact: Type.Optional(Type.Boolean({ description: `Never matched by the automatic rules: the known ${what} of the id, ref or key, else a new one (npm run export writes it, so an export comes back as it was).` })),
});
const apiFlag = (what: string) =>
  Type.Optional(Type.Boolean({ description: `The ${what} was also written directly through the API (npm run export says so): it stays while no article supports it.` }));

export const ActorSchema = Type.Object(
  {
    key: key("Local key other entries refer to."),
    kind: oneOf(["PERSON", "ORGANIZATION", "GOVERNMENT_BODY", "COUNTRY", "COALITION", "MILITARY_UNIT", "MEDIA", "OTHER"] as const, "What kind of actor."),
    name: text(limits.name, "Full name."),
    slug: Type.String({ pattern: formats.slug.pattern, maxLength: SLUG_LENGTH, description: "URL-safe unique name: emmanuel-macron." }),
    aliases: Type.Optional(Type.Array(text(limits.name, "Another name."), { maxItems: limits.aliases, uniqueItems: true, description: "Other names the actor goes by." })),
    description: Type.Optional(text(limits.description, "One sentence on who this is.")),
    wikidataId: Type.Optional(Type.String({ pattern: formats.wikidataId.pattern, description: "Wikidata item: Q3052772." })),
    country: Type.Optional(key("Key of the actor (a COUNTRY) this actor belongs to.")),
    exact: Type.Optional(Type.Boolean({ description: "Match a known actor only by wikidataId or slug, never by name (npm run export writes it: an export names each actor exactly)." })),
  },
  { additionalProperties: false, description: "A person, organisation or country. Matched to a known actor by wikidataId, then slug, then an unambiguous name; spelling variants become merge candidates (docs/INGEST-FORMAT.md)." },
);

export const PlaceSchema = Type.Object(
  {
    key: key("Local key other entries refer to."),
    name: text(limits.name, "Name of the place."),
    slug: Type.String({ pattern: formats.slug.pattern, maxLength: SLUG_LENGTH, description: "URL-safe unique name; a known place with this slug is reused." }),
    country: Type.Optional(key("Key of the country actor.")),
    latitude: Type.Optional(Type.Number({ minimum: -90, maximum: 90, description: "WGS 84 latitude." })),
    longitude: Type.Optional(Type.Number({ minimum: -180, maximum: 180, description: "WGS 84 longitude." })),
  },
  { additionalProperties: false, description: "A place where meetings and incidents happen." },
);

export const RoleSchema = Type.Object(
  {
    key: key("Local key of the fact."),
    ...identity("role"),
    holder: key("Key of the actor holding the role."),
    title: text(limits.name, "Title of the role: Special Envoy."),
    of: Type.Optional(key("Key of the actor the role is held in or for.")),
    startDate: Type.Optional(date("Start of the role.")),
    startPrecision: Type.Optional(precision("startDate")),
    endDate: Type.Optional(date("End of the role; not before startDate.")),
    endPrecision: Type.Optional(precision("endDate")),
    citations: citations(),
  },
  { additionalProperties: false, description: "A time-bounded position of one actor in or for another." },
);

/** The fields of an attendee or participant the article does not name: instead of `actor` (docs/INGEST-FORMAT.md, "Unnamed attendees and participants"). */
const unnamed = (what: string) => ({
  description: Type.Optional(text(limits.name, `How the article describes ${what} it does not name: "European leaders", "the governor of Magadan". Instead of actor.`)),
  affiliation: Type.Optional(key(`Key of the actor an unnamed ${what} belongs to (with description only).`)),
});

export const AttendeeSchema = Type.Object(
  {
    actor: Type.Optional(key("Key of the attending actor; at most once per meeting. Either actor or description.")),
    ...unnamed("an attendee"),
    role: oneOf(["HOST", "CHAIR", "PARTICIPANT", "INVITED", "OBSERVER"] as const, "Part the actor plays in the meeting."),
    api: apiFlag("attendance"),
    citations: Type.Optional(citations()),
  },
  { additionalProperties: false, description: "An actor's part in a meeting, or an unnamed attendee's (description and affiliation instead of actor)." },
);

export const MeetingSchema = Type.Object(
  {
    key: key("Local key quotes refer to."),
    ...identity("meeting"),
    title: text(limits.name, "Short title."),
    description: Type.Optional(text(limits.description, "What the meeting was about.")),
    status: oneOf(["PLANNED", "HELD", "CANCELLED"] as const, "Whether it took place."),
    startsAt: Type.Optional(instant("Start.")),
    startPrecision: Type.Optional(precision("startsAt")),
    endsAt: Type.Optional(instant("End; not before startsAt.")),
    place: Type.Optional(key("Key of the place.")),
    attendees: Type.Optional(list(AttendeeSchema, "Who attended, each actor once.")),
    citations: citations(),
  },
  { additionalProperties: false, description: "A meeting, planned or held." },
);

export const QuoteSchema = Type.Object(
  {
    key: key("Local key of the fact."),
    ...identity("quote"),
    kind: oneOf(["DIRECT", "PARAPHRASE"] as const, "Verbatim words, or the article's rendering of them."),
    text: text(limits.quoteText, "What was said."),
    language: Type.Optional(Type.String({ pattern: formats.language.pattern, description: 'BCP 47 language tag, default "en".' })),
    speaker: Type.Optional(key("Key of the speaker, when the article names them.")),
    speakerDescription: Type.Optional(text(limits.name, "How the article describes a speaker it does not name.")),
    speakerAffiliation: Type.Optional(key("Key of the actor an unnamed speaker belongs to.")),
    saidAt: Type.Optional(instant("When it was said.")),
    saidAtPrecision: Type.Optional(precision("saidAt")),
    meeting: Type.Optional(key("Key of the meeting it relates to.")),
    meetingTiming: Type.Optional(oneOf(["BEFORE", "DURING", "AFTER"] as const, "When it was said, relative to the meeting.")),
    place: Type.Optional(key("Key of the place where it was said.")),
    aboutIncident: Type.Optional(key("Key of the incident the quote is about (not said at): a reaction to an attack.")),
    aboutMeeting: Type.Optional(key("Key of the meeting the quote is about, when it was not said at it (then use meeting).")),
    citations: citations(),
  },
  { additionalProperties: false, description: "A statement, quoted or paraphrased." },
);

export const FigureSchema = Type.Object(
  {
    key: key("Local key, unique among all figures of the document."),
    ...identity("figure"),
    metric: Type.String({ pattern: formats.metric.pattern, maxLength: SHORT_TEXT, description: "What is counted, snake_case: drones_launched." }),
    value: Type.Number({ minimum: -FIGURE_MAGNITUDE, maximum: FIGURE_MAGNITUDE, description: "The number claimed." }),
    bound: Type.Optional(oneOf(["EXACT", "AT_LEAST", "AT_MOST", "APPROXIMATE"] as const, 'Whether value is exact (the default), a lower bound ("more than 400", "at least 19"), an upper bound ("up to 50") or approximate ("about a quarter").')),
    unit: text(limits.name, "Unit: drones."),
    qualifier: Type.Optional(text(limits.name, 'The article\'s wording of what is counted: "strike and decoy drones".')),
    claimant: Type.Optional(key("Key of the actor who claims the number.")),
    citations: citations(),
  },
  { additionalProperties: false, description: "A number about an incident as somebody claims it." },
);

export const ParticipantSchema = Type.Object(
  {
    actor: Type.Optional(key("Key of the actor. Either actor or description.")),
    ...unnamed("a participant"),
    role: oneOf(["PERPETRATOR", "TARGET", "RESPONDER", "INITIATOR", "AFFECTED"] as const, "The actor's part in the incident."),
    api: apiFlag("participant"),
  },
  { additionalProperties: false, description: "An actor's part in an incident, or an unnamed participant's (description and affiliation instead of actor); each actor (or description and affiliation) and role once per incident." },
);

export const IncidentSchema = Type.Object(
  {
    key: key("Local key of the fact."),
    ...identity("incident"),
    kind: oneOf(["DRONE_ATTACK", "MISSILE_STRIKE", "AIR_STRIKE", "GROUND_ASSAULT", "SANCTION", "TARIFF", "CYBER_ATTACK", "OTHER"] as const, "What happened."),
    title: text(limits.name, "Short title."),
    description: Type.Optional(text(limits.description, "What happened, in a few sentences.")),
    startsAt: Type.Optional(instant("Start.")),
    startPrecision: Type.Optional(precision("startsAt")),
    endsAt: Type.Optional(instant("End; not before startsAt.")),
    timeSpan: Type.Optional(text(limits.name, 'The article\'s own words for when: "overnight Thursday".')),
    place: Type.Optional(key("Key of the place.")),
    participants: Type.Optional(list(ParticipantSchema, "Who took part, and how.")),
    figures: Type.Optional(list(FigureSchema, "Numbers claimed about the incident.")),
    citations: citations(),
  },
  { additionalProperties: false, description: "Something that happened: an attack, a sanction, a tariff." },
);

export const ArticleSchema = Type.Object(
  {
    url: Type.String({ pattern: formats.url.pattern, maxLength: URL_LENGTH, description: "The article's URL (or URN); identifies the document: ingesting it again updates the same article." }),
    title: text(limits.name, "Headline."),
    publisher: Type.Optional(text(limits.name, "Who published it.")),
    publishedAt: Type.Optional(instant("When it was published.")),
    authors: Type.Optional(Type.Array(text(limits.name, "An author's name, as the byline gives it."), { maxItems: limits.aliases, description: "The bylines." })),
    text: text(limits.articleText, "The full article text that citation excerpts are taken from."),
  },
  { additionalProperties: false, description: "The article itself." },
);

export const CandidateSchema = Type.Object(
  {
    path: Type.String({ pattern: "^(?:/[a-z]+/\\d+)+$", maxLength: limits.key, description: "JSON pointer of the entry the candidate is: /quotes/3, /incidents/0/figures/1." }),
    kind: oneOf(["ACTOR", "PLACE", "ROLE", "MEETING", "QUOTE", "INCIDENT", "FIGURE"] as const, "What kind of entry."),
    confidence: Type.Number({ minimum: 0, maximum: 1, description: "How sure the rule that found it is, from 0 to 1." }),
    excerpt: text(limits.excerpt, "The words of article.text the candidate was found in."),
    start: Type.Integer({ minimum: 0, description: "Where the excerpt starts in article.text, in Unicode code points." }),
    end: Type.Integer({ minimum: 0, description: "Where the excerpt ends (exclusive), in Unicode code points." }),
    match: Type.Optional(oneOf(["NEW", "WIKIDATA_ID", "NAME", "ALIAS", "ROLE"] as const, "For an actor: how it was matched to a known actor, or NEW when it is proposed.")),
    bound: Type.Optional(oneOf(["MORE_THAN", "AT_LEAST", "AT_MOST", "LESS_THAN", "ABOUT"] as const, 'For a figure: the value is a bound ("more than 400") or approximate.')),
  },
  { additionalProperties: false, description: "One entry of a draft as the extractor found it." },
);

export const ExtractionSchema = Type.Object(
  {
    extractor: text(limits.name, "Which extractor wrote the draft, and its version."),
    candidates: list(CandidateSchema, "Every entry of the draft with its excerpt, offsets and confidence."),
  },
  { additionalProperties: false, description: "Optional: how an extracted draft was found. Ingesting ignores it." },
);

export const ArticleDocumentSchema = Type.Object(
  {
    article: ArticleSchema,
    actors: Type.Optional(list(ActorSchema, "Every actor the facts refer to.")),
    places: Type.Optional(list(PlaceSchema, "Every place the facts refer to.")),
    roles: Type.Optional(list(RoleSchema, "Roles the article reports.")),
    meetings: Type.Optional(list(MeetingSchema, "Meetings the article reports.")),
    quotes: Type.Optional(list(QuoteSchema, "Statements the article reports.")),
    incidents: Type.Optional(list(IncidentSchema, "Incidents the article reports.")),
    extraction: Type.Optional(ExtractionSchema),
  },
  {
    $id: "https://dossier.example/schemas/article-document.schema.json",
    title: "Dossier article document",
    description: "One article and every fact it reports, referring to each other by local keys (docs/INGEST-FORMAT.md).",
    additionalProperties: false,
  },
);

export type CitationDoc = Static<typeof CitationSchema>;
export type ActorDoc = Static<typeof ActorSchema>;
export type PlaceDoc = Static<typeof PlaceSchema>;
export type RoleDoc = Static<typeof RoleSchema>;
export type AttendeeDoc = Static<typeof AttendeeSchema>;
export type MeetingDoc = Static<typeof MeetingSchema>;
export type QuoteDoc = Static<typeof QuoteSchema>;
export type ParticipantDoc = Static<typeof ParticipantSchema>;
export type IncidentDoc = Static<typeof IncidentSchema>;
export type CandidateDoc = Static<typeof CandidateSchema>;
export type ArticleDocument = Static<typeof ArticleDocumentSchema>;

/** The JSON Schema as committed in docs/article-document.schema.json. */
export function documentJsonSchema(): string {
  return `${JSON.stringify({ $schema: "http://json-schema.org/draft-07/schema#", ...ArticleDocumentSchema }, null, 2)}\n`;
}
