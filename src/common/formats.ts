/**
 * Sizes and shapes of stored values, shared by the GraphQL inputs and the article document format,
 * so that whatever one accepts the other accepts too (an export always ingests again).
 */

/** Names, titles, units, attributions: one line of text. */
export const SHORT_TEXT = 500;
/** Descriptions, quotes, excerpts. */
export const LONG_TEXT = 10_000;
/** The full text of an article. */
export const ARTICLE_TEXT = 50_000;
/** Slugs. */
export const SLUG_LENGTH = 200;
/** Article URLs. */
export const URL_LENGTH = 2_000;

/** The largest magnitude of a claimed figure: ample for any count or sum of money, and far from where sums overflow. */
export const FIGURE_MAGNITUDE = 1e15;

/** A pattern (as a regular expression source, for RegExp and JSON Schema alike) and what it means in words. */
export interface Format {
  pattern: string;
  shape: string;
}

export const formats = {
  slug: { pattern: "^[a-z0-9]+(?:-[a-z0-9]+)*$", shape: 'lowercase letters and digits in words joined by hyphens, e.g. "emmanuel-macron"' },
  wikidataId: { pattern: "^Q[1-9][0-9]*$", shape: 'a Wikidata item id such as "Q3052772"' },
  language: { pattern: "^[a-zA-Z]{2,3}(?:-[a-zA-Z0-9]{1,8})*$", shape: 'a BCP 47 language tag such as "en" or "uk"' },
  metric: { pattern: "^[a-z][a-z0-9]*(?:_[a-z0-9]+)*$", shape: 'snake_case, e.g. "drones_launched"' },
  url: { pattern: "^[a-zA-Z][a-zA-Z0-9+.-]*:\\S+$", shape: 'an absolute URL or URN, e.g. "https://apnews.com/article/…"' },
} satisfies Record<string, Format>;
