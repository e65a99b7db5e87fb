import { ARTICLE_TEXT, SHORT_TEXT, URL_LENGTH, formats } from "../common/formats.js";

/** What the extractor reads: the `article` part of an article document. */
export interface ArticleInput {
  url: string;
  title: string;
  publisher?: string;
  publishedAt?: string;
  text: string;
}

export const extractErrorCodes = {
  BLANK: "The text (or the URL or title) is empty or only whitespace.",
  TOO_LONG: `The text is longer than ${ARTICLE_TEXT.toLocaleString("en")} characters (the article document's limit), or the title or URL longer than theirs.`,
  INVALID: "The URL, the publication date or another field is malformed.",
  NOT_TEXT: "The input is binary data, not text.",
  UNSUPPORTED_LANGUAGE: "The text is not English, the only language the extractor reads.",
} as const;
export type ExtractErrorCode = keyof typeof extractErrorCodes;

/** Why an article cannot be extracted; `field` names the article field at fault. */
export class ExtractError extends Error {
  constructor(
    readonly code: ExtractErrorCode,
    readonly field: string,
    message: string,
  ) {
    super(message);
  }
}

const ENGLISH = new Set("the of and to in a is that for on was with said as by at it from his her he she has have were be this are an not which who their they its after but had will would been also".split(" "));
const CONTROL = /[\u0000-\u0008\u000e-\u001f\ufffd]/g;
const DATE_OR_DATE_TIME = /^\d{4}-\d{2}-\d{2}(?:T([01]\d|2[0-3]):[0-5]\d(?::[0-5]\d(?:\.\d{1,3})?)?(?:Z|[+-](?:[01]\d|2[0-3]):[0-5]\d))?$/;

/**
 * Share of the words that are common English function words: about 0.4 in English prose, near 0
 * in French, German or Ukrainian. Deterministic and offline, which a language-identification
 * model would not make better for a yes/no on English.
 */
function englishShare(text: string): number {
  const words = text.toLowerCase().match(/\p{L}+/gu) ?? [];
  if (!words.length) return 0;
  return words.filter((word) => ENGLISH.has(word)).length / words.length;
}

/** The article when the extractor can read it; an ExtractError naming the field otherwise. */
export function checkArticle(input: ArticleInput): ArticleInput {
  const { url, title, text } = input;
  for (const [field, value, limit] of [["url", url, URL_LENGTH], ["title", title, SHORT_TEXT], ["text", text, ARTICLE_TEXT]] as const) {
    if (typeof value !== "string" || !value.trim()) throw new ExtractError("BLANK", field, `${field} must not be empty`);
    if (value.length > limit) throw new ExtractError("TOO_LONG", field, `${field} must be at most ${limit.toLocaleString("en")} characters long (is ${value.length.toLocaleString("en")})`);
  }
  if (!new RegExp(formats.url.pattern).test(url)) throw new ExtractError("INVALID", "url", `url is not of the expected form: ${formats.url.shape}`);
  if (input.publishedAt !== undefined && (!DATE_OR_DATE_TIME.test(input.publishedAt) || Number.isNaN(Date.parse(input.publishedAt.slice(0, 10))))) {
    throw new ExtractError("INVALID", "publishedAt", "publishedAt must be an ISO 8601 date (2025-09-04) or date-time with a zone");
  }
  const control = text.match(CONTROL)?.length ?? 0;
  if (text.includes("\u0000") || control > text.length / 100) throw new ExtractError("NOT_TEXT", "text", "text holds binary data (NUL, control or undecodable characters), not article text");
  const words = text.match(/\p{L}+/gu)?.length ?? 0;
  if (words < 3 || englishShare(text) < 0.12) {
    throw new ExtractError("UNSUPPORTED_LANGUAGE", "text", "text does not read as English; the extractor reads English articles only");
  }
  return input;
}
