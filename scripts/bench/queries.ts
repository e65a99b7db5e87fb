/**
 * The queries of `npm run bench`; adjust them here when the API changes. Each has Dossier's text and,
 * where PostGraphile can express it, PostGraphile's: the same selection under PostGraphile's names,
 * aliased to Dossier's so both answers have one shape, and ordered as Dossier orders (time columns
 * ascending, undated last — PostgreSQL's NULLS LAST — then id; names then id; recorded then id).
 */

/** A word from the rare end of the generated vocabulary: a selective full-text search. */
export const SEARCH_WORD = "quarantine";

/** Rows of the database that queries are about, picked by `benchDatabase`. */
export interface BenchContext {
  /** Global id (Dossier) and uuid (PostGraphile) of the actor with the most quotes. */
  actorId: string;
  actorUuid: string;
  /** Global id and uuid of the meeting with the most attendees. */
  meetingId: string;
  meetingUuid: string;
}

export interface Operation {
  query: string;
  variables?(context: BenchContext): Record<string, unknown>;
}

export interface BenchQuery {
  name: string;
  dossier: Operation;
  /** The same request to PostGraphile; absent where it has no equivalent (ranked search, a union timeline). */
  postgraphile?: Operation;
}

const byRecorded = "orderBy: [CREATED_AT_ASC, ID_ASC]";
const dossierAttendees = "attendees(first: 100) { edges { node { role actor { name } } } }";
const postgraphileAttendees = `attendees: attendancesByMeetingId(first: 100, ${byRecorded}) { edges { node { role actor: actorByActorId { name } } } }`;

export const benchQueries: BenchQuery[] = [
  {
    name: "20 meetings, attendees and statements (first: 100)",
    dossier: {
      query: `{ meetings(first: 20) { edges { node { title
        ${dossierAttendees}
        statements(first: 100) { edges { node { text speaker { name } } } } } } } }`,
    },
    postgraphile: {
      query: `{ meetings: allMeetings(first: 20, orderBy: [STARTS_AT_ASC, ID_ASC]) { edges { node { title
        ${postgraphileAttendees}
        statements: quotesByMeetingId(first: 100, orderBy: [SAID_AT_ASC, ID_ASC]) { edges { node { text speaker: actorBySpeakerId { name } } } } } } } }`,
    },
  },
  {
    name: "100 actors (name, kind)",
    dossier: { query: `{ actors(first: 100) { edges { node { name kind } } } }` },
    postgraphile: { query: `{ actors: allActors(first: 100, orderBy: [NAME_ASC, ID_ASC]) { edges { node { name kind } } } }` },
  },
  {
    name: "one meeting by id with its attendees",
    dossier: {
      query: `query ($id: ID!) { meeting(id: $id) { title ${dossierAttendees} } }`,
      variables: ({ meetingId }) => ({ id: meetingId }),
    },
    postgraphile: {
      query: `query ($id: UUID!) { meeting: meetingById(id: $id) { title ${postgraphileAttendees} } }`,
      variables: ({ meetingUuid }) => ({ id: meetingUuid }),
    },
  },
  {
    name: "20 actors, their quotes and meetings (first: 10)",
    dossier: {
      query: `{ actors(first: 20) { edges { node { name
        quotes(first: 10) { edges { node { text } } }
        meetings(first: 10) { edges { node { title } } } } } } }`,
    },
    postgraphile: {
      query: `{ actors: allActors(first: 20, orderBy: [NAME_ASC, ID_ASC]) { edges { node { name
        quotes: quotesBySpeakerId(first: 10, orderBy: [SAID_AT_ASC, ID_ASC]) { edges { node { text } } }
        meetings: meetingsByAttendanceActorIdAndMeetingId(first: 10, orderBy: [STARTS_AT_ASC, ID_ASC]) { edges { node { title } } } } } } }`,
    },
  },
  {
    name: "20 incidents, participants and figures with claimants",
    dossier: {
      query: `{ incidents(first: 20) { edges { node { title
        participants(first: 50) { edges { node { role actor { name } } } }
        figures(first: 50) { edges { node { metric value unit claimant { name } } } } } } } }`,
    },
    postgraphile: {
      query: `{ incidents: allIncidents(first: 20, orderBy: [STARTS_AT_ASC, ID_ASC]) { edges { node { title
        participants: incidentParticipantsByIncidentId(first: 50, ${byRecorded}) { edges { node { role actor: actorByActorId { name } } } }
        figures: figuresByIncidentId(first: 50, ${byRecorded}) { edges { node { metric value unit claimant: actorByClaimantId { name } } } } } } } }`,
    },
  },
  {
    name: `quote search "${SEARCH_WORD}"`,
    dossier: {
      query: `query ($word: String!) { quotes(first: 20, filter: { search: $word }) { edges { rank highlight node { text speaker { name } } } } }`,
      variables: () => ({ word: SEARCH_WORD }),
    },
  },
  {
    name: "actor timeline (first: 20)",
    dossier: {
      query: `query ($id: ID!) { timeline(actor: $id, first: 20) { edges { node { __typename
        ... on Meeting { title } ... on Quote { text } ... on Incident { title } } } } }`,
      variables: ({ actorId }) => ({ id: actorId }),
    },
  },
];

/** The request body of `operation` on a database. */
export function requestBody(operation: Operation, context: BenchContext): string {
  return JSON.stringify({ query: operation.query, variables: operation.variables?.(context) ?? {} });
}
