/**
 * Text as the matching rules compare it: accents, case, typography (’ ' “ " – —), punctuation and
 * runs of whitespace do not count. "We Europeans are ready…" and "We Europeans are ready" are equal.
 */
export function normalized(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

/** Words that address or rank a person rather than name them. */
const honorifics = new Set(["sir", "dame", "lord", "lady", "mr", "mrs", "ms", "dr", "prof", "president", "prime", "minister", "general", "king", "queen", "prince", "his", "her", "excellency"]);

/**
 * A name's skeleton: normalized, without honorifics, with the usual transliteration differences of
 * the same name folded (y/i/j, doubled letters, -iy/-yy/-y endings): "Zelensky", "Zelenskiy" and
 * "Zelenskyy" share one; "Sir Keir Starmer" and "Keir Starmer" share one.
 */
export function nameSkeleton(name: string): string {
  return normalized(name)
    .split(" ")
    .filter((word) => !honorifics.has(word))
    .map((word) => word.replace(/(iy|yy|ij|ii|y|j)$/u, "i").replace(/[yj]/g, "i").replace(/(.)\1+/g, "$1").replace(/kh/g, "h"))
    .join(" ");
}

/** Share of the words of the shorter text that the other has too (0–1). */
export function wordOverlap(a: string, b: string): number {
  const wordsA = new Set(normalized(a).split(" ").filter(Boolean));
  const wordsB = new Set(normalized(b).split(" ").filter(Boolean));
  const smaller = Math.min(wordsA.size, wordsB.size);
  if (smaller === 0) return 0;
  let shared = 0;
  for (const word of wordsA) if (wordsB.has(word)) shared++;
  return shared / smaller;
}

const order = ["YEAR", "MONTH", "WEEK", "DAY"] as const;

/** The period of an instant at a precision, as a comparable string; a week is named by its Monday. */
function periodOf(date: Date, precision: (typeof order)[number]): string {
  if (precision === "WEEK") return new Date(date.getTime() - ((date.getUTCDay() + 6) % 7) * 86_400_000).toISOString().slice(0, 10);
  return date.toISOString().slice(0, precision === "YEAR" ? 4 : precision === "MONTH" ? 7 : 10);
}

/**
 * Whether two instants can be the same date at the coarser of their precisions (DAY when unknown
 * or TIME): "September 2025" (MONTH) and 2025-09-04 (DAY) can; so can "next week" (WEEK) and a day
 * in it; 2025-09-04 and 2025-09-05 cannot.
 */
export function sameDate(a: Date, precisionA: string | null, b: Date, precisionB: string | null): boolean {
  const rank = (precision: string | null) => (order as readonly string[]).includes(precision ?? "") ? order.indexOf(precision as (typeof order)[number]) : 3;
  const coarser = order[Math.min(rank(precisionA), rank(precisionB))];
  return periodOf(a, coarser) === periodOf(b, coarser);
}
