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
