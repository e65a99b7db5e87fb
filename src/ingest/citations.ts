/**
 * An article text that excerpts are looked up in. Offsets count Unicode code points, as
 * PostgreSQL's `substr` does, while JavaScript strings index UTF-16 code units: the positions of
 * surrogate pairs are kept to convert between the two without rescanning the text per excerpt.
 */
export class ArticleText {
  private readonly pairStarts: number[] = [];

  constructor(readonly text: string) {
    for (let i = 0; i < text.length; i++) {
      const unit = text.charCodeAt(i);
      if (unit >= 0xd800 && unit <= 0xdbff && i + 1 < text.length) {
        this.pairStarts.push(i);
        i++;
      }
    }
  }

  /** Code points before the code unit `index`. */
  private codePointOffset(index: number): number {
    return index - this.pairsBefore(index);
  }

  private pairsBefore(index: number): number {
    let low = 0;
    let high = this.pairStarts.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (this.pairStarts[middle] < index) low = middle + 1;
      else high = middle;
    }
    return low;
  }

  /** Code-unit index of each occurrence of `excerpt`, up to `limit` of them. */
  private occurrences(excerpt: string, limit = Infinity): number[] {
    const found: number[] = [];
    for (let index = this.text.indexOf(excerpt); index >= 0 && found.length < limit; index = this.text.indexOf(excerpt, index + 1)) {
      found.push(index);
    }
    return found;
  }

  /** Code-point offsets of the `occurrence`-th (1-based) occurrence of the excerpt, or null when there are fewer. */
  locate(excerpt: string, occurrence = 1): { startOffset: number; endOffset: number } | null {
    const index = this.occurrences(excerpt, occurrence)[occurrence - 1];
    if (index === undefined) return null;
    return { startOffset: this.codePointOffset(index), endOffset: this.codePointOffset(index + excerpt.length) };
  }

  /** Which occurrence (1-based) of the excerpt starts at the code-point offset; null when none does. */
  occurrenceAt(excerpt: string, startOffset: number): number | null {
    const position = this.occurrences(excerpt).findIndex((index) => this.codePointOffset(index) === startOffset);
    return position < 0 ? null : position + 1;
  }
}

/** Typography folded one character for one, so that positions stay: curly quotes to straight ones, dashes to hyphens, no-break spaces to spaces. */
const foldTypography = (text: string) =>
  text.replace(/[‘’‚‛′]/g, "'").replace(/[“”„‟″]/g, '"').replace(/[‐‑‒–—―−]/g, "-").replace(/[\u00a0\u2007\u202f]/g, " ");

const words = (text: string) => text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];

/**
 * Where an excerpt that is not in the text probably comes from, for the error message: the same
 * passage with other quote marks or dashes, or else the run of the text's words that shares most of
 * the excerpt's (at least half of them); null when nothing comes close.
 */
export function closestPassage(text: string, excerpt: string): { passage: string; typography: boolean } | null {
  const folded = foldTypography(text).indexOf(foldTypography(excerpt));
  if (folded >= 0) return { passage: text.slice(folded, folded + excerpt.length), typography: true };
  const wanted = words(excerpt);
  if (wanted.length === 0) return null;
  const spans = [...text.matchAll(/[\p{L}\p{N}]+/gu)];
  let best = { shared: 0, start: 0, end: 0 };
  for (let i = 0; i + 1 <= spans.length; i++) {
    const window = spans.slice(i, i + wanted.length);
    const pool = [...wanted];
    let shared = 0;
    for (const match of window) {
      const at = pool.indexOf(match[0].toLowerCase());
      if (at >= 0) {
        pool.splice(at, 1);
        shared++;
      }
    }
    if (shared > best.shared) best = { shared, start: window[0].index!, end: window.at(-1)!.index! + window.at(-1)![0].length };
  }
  return best.shared >= 2 && best.shared * 2 >= wanted.length ? { passage: text.slice(best.start, best.end), typography: false } : null;
}

/** "is not in the article text", with the closest passage when there is one. */
export function notInText(text: string, excerpt: string): string {
  const closest = closestPassage(text, excerpt);
  if (!closest) return "is not in the article text";
  const hint = closest.typography ? ": it differs only in quote marks, dashes or spaces (’ ' “ \" – —)" : "";
  return `is not in the article text; the closest passage is "${closest.passage}"${hint}`;
}
