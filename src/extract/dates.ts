import { MONTHS, WEEKDAYS } from "./lexicon/words.js";

export type DatePrecision = "YEAR" | "MONTH" | "DAY";

/** A date the article gives, resolved against the publication date. */
export interface ResolvedDate {
  /** ISO date (2025-09-04); for MONTH and YEAR the first day. */
  date: string;
  precision: DatePrecision;
  /** The article's words: "overnight Thursday". */
  words: string;
  start: number;
  end: number;
}

const MONTH = String.raw`(?:${MONTHS.join("|")}|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\.?`;
const DATE = new RegExp(
  [
    String.raw`\b(\d{4})-(\d{2})-(\d{2})\b`,
    String.raw`\b(${MONTH})\s+(\d{1,2})(?:st|nd|rd|th)?(?:,?\s+(\d{4}))?\b`,
    String.raw`\b(\d{1,2})(?:st|nd|rd|th)?\s+(${MONTH})(?:,?\s+(\d{4}))?\b`,
    String.raw`\b(?:(overnight|late|early|last)\s+(?:on\s+)?)?(${WEEKDAYS.join("|")})(?:\s+(night|morning|evening|afternoon))?\b`,
    String.raw`\b(today|yesterday|tomorrow|overnight|last night|this morning|tonight)\b`,
    String.raw`\b(?:in|since|by|during|until)\s+(${MONTH})(?:\s+(\d{4}))?\b`,
    String.raw`\b(?:in|since|by|during|until)\s+(\d{4})\b`,
    String.raw`\b(earlier this month|this month|last month|next month|earlier this year|later this year|this year|last year|next year)\b`,
    String.raw`\b(next week|last week)\b`,
  ].join("|"),
  "gi",
);

const iso = (date: Date) => date.toISOString().slice(0, 10);
const addDays = (date: Date, days: number) => new Date(date.getTime() + days * 86_400_000);
const monthIndex = (word: string) => MONTHS.findIndex((month) => month.startsWith(word.toLowerCase().replace(/\.$/, "").slice(0, 3)));

function dayDate(year: number, month: number, day: number): string | undefined {
  const date = new Date(Date.UTC(year, month, day));
  return date.getUTCMonth() === month && date.getUTCDate() === day ? iso(date) : undefined;
}

/**
 * Dates in `text` (a sentence; `offset` is where it starts in the article). Weekdays and "yesterday"
 * need the publication date; a weekday is the last one on or before it, or the next one on or after
 * it when the sentence speaks of the future.
 */
export function findDates(text: string, offset: number, publishedAt: string | undefined): ResolvedDate[] {
  const published = publishedAt ? new Date(`${publishedAt.slice(0, 10)}T00:00:00Z`) : undefined;
  const FUTURE = /\b(?:will|would|plans? to|planned to|is to|are to|due to|expected to|set to|scheduled to|next|upcoming)\b[^.;]*$/i;
  const found: ResolvedDate[] = [];
  for (const match of text.matchAll(DATE)) {
    const g = match.slice(1);
    const at = { words: match[0], start: offset + match.index, end: offset + match.index + match[0].length };
    const future = FUTURE.test(text.slice(0, match.index));
    // A month without a year is the coming one in a sentence about the future ("will visit in April"), else the last one.
    const year = (given: string | undefined, month?: string) => {
      if (given || !published) return given ? Number(given) : undefined;
      const shift = month === undefined ? 0 : future ? (monthIndex(month) < published.getUTCMonth() ? 1 : 0) : monthIndex(month) > published.getUTCMonth() ? -1 : 0;
      return published.getUTCFullYear() + shift;
    };
    let resolved: { date: string | undefined; precision: DatePrecision } | undefined;
    if (g[0]) resolved = { date: dayDate(Number(g[0]), Number(g[1]) - 1, Number(g[2])), precision: "DAY" };
    else if (g[3] && year(g[5])) resolved = { date: dayDate(year(g[5], g[3])!, monthIndex(g[3]), Number(g[4])), precision: "DAY" };
    else if (g[7] && year(g[8])) resolved = { date: dayDate(year(g[8], g[7])!, monthIndex(g[7]), Number(g[6])), precision: "DAY" };
    else if (g[10] && published) {
      const weekday = WEEKDAYS.indexOf(g[10].toLowerCase());
      const back = (published.getUTCDay() - weekday + 7) % 7;
      const ahead = (weekday - published.getUTCDay() + 7) % 7;
      // "last Wednesday" in an article of a Wednesday is the week before.
      const last = g[9]?.toLowerCase() === "last";
      resolved = { date: iso(addDays(published, last ? -(back || 7) : future && back !== 0 ? ahead : -back)), precision: "DAY" };
    } else if (g[12] && published) {
      const shift: Record<string, number> = { today: 0, overnight: 0, "this morning": 0, tonight: 0, yesterday: -1, "last night": -1, tomorrow: 1 };
      resolved = { date: iso(addDays(published, shift[g[12].toLowerCase()])), precision: "DAY" };
    } else if (g[13] && year(g[14])) resolved = { date: dayDate(year(g[14], g[13])!, monthIndex(g[13]), 1), precision: "MONTH" };
    else if (g[15]) resolved = { date: `${g[15]}-01-01`, precision: "YEAR" };
    else if (g[16] && published) {
      const words = g[16].toLowerCase();
      const shift = words.startsWith("last") ? -1 : words.startsWith("next") ? 1 : 0;
      resolved = words.endsWith("month")
        ? { date: iso(new Date(Date.UTC(published.getUTCFullYear(), published.getUTCMonth() + shift, 1))), precision: "MONTH" }
        : { date: `${published.getUTCFullYear() + shift}-01-01`, precision: "YEAR" };
    }
    // "next week" and "last week": the Monday of that week.
    else if (g[17] && published) resolved = { date: iso(addDays(published, (g[17].toLowerCase() === "last week" ? -7 : 7) - ((published.getUTCDay() + 6) % 7))), precision: "DAY" };
    if (resolved?.date) found.push({ ...at, date: resolved.date, precision: resolved.precision });
  }
  return found;
}
