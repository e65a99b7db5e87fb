/** The three canonical queries of `npm run bench`; adjust them here when the API changes. */

/** A word from the rare end of the generated vocabulary: a selective full-text search. */
export const SEARCH_WORD = "quarantine";

export interface BenchQuery {
  name: string;
  query: string;
  /** Variables, given the global id of the most quoted actor of the database. */
  variables(context: { actorId: string }): Record<string, unknown>;
}

export const benchQueries: BenchQuery[] = [
  {
    name: "nested meetings (first: 20)",
    query: `{ meetings(first: 20) { edges { node { title
      attendees { edges { node { role actor { name roles { edges { node { title } } } } } } }
      statements { edges { node { text speaker { name } } } } } } } }`,
    variables: () => ({}),
  },
  {
    name: `quote search "${SEARCH_WORD}"`,
    query: `query ($word: String!) { quotes(first: 20, filter: { search: $word }) { edges { rank highlight node { text speaker { name } } } } }`,
    variables: () => ({ word: SEARCH_WORD }),
  },
  {
    name: "actor timeline (first: 20)",
    query: `query ($id: ID!) { timeline(actor: $id, first: 20) { edges { node { __typename
      ... on Meeting { title } ... on Quote { text } ... on Incident { title } } } } }`,
    variables: ({ actorId }) => ({ id: actorId }),
  },
];
