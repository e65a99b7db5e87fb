import type { CitationDoc } from "./document.js";
import { IngestError } from "./errors.js";

export interface LocatedCitation {
  excerpt: string;
  startOffset: number;
  endOffset: number;
  attribution: string | null;
  attributedTo: string | undefined;
}

/** Finds the excerpt in the article text; offsets count Unicode code points, as PostgreSQL does. */
export function locateCitation(text: string, citation: CitationDoc, path: string): LocatedCitation {
  if (!citation.excerpt) throw new IngestError(`${path}.excerpt`, "must not be empty");
  const occurrence = citation.occurrence ?? 1;
  let index = -1;
  for (let found = 0; found < occurrence; found++) {
    index = text.indexOf(citation.excerpt, index + 1);
    if (index < 0) {
      throw new IngestError(`${path}.excerpt`, occurrence === 1
        ? "is not in the article text"
        : `occurs fewer than ${occurrence} times in the article text`);
    }
  }
  const startOffset = Array.from(text.slice(0, index)).length;
  return {
    excerpt: citation.excerpt,
    startOffset,
    endOffset: startOffset + Array.from(citation.excerpt).length,
    attribution: citation.attribution ?? null,
    attributedTo: citation.attributedTo,
  };
}
