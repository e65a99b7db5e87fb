/** Why a part of an article document cannot be ingested. */
export type IngestProblemCode =
  | "MALFORMED_JSON"
  | "INVALID"
  | "DUPLICATE_KEY"
  | "UNKNOWN_REFERENCE"
  | "EXCERPT_NOT_FOUND"
  | "END_BEFORE_START"
  | "ACTOR_CONFLICT";

export interface IngestProblem {
  /** The offending field as written in the document: `quotes[2].speaker` (empty for the document as a whole). */
  path: string;
  /** The same path as segments, for a GraphQL `UserError.field`: ["quotes", "2", "speaker"]. */
  field: string[];
  code: IngestProblemCode;
  message: string;
}

/** A path segment: a field name or a list index. */
export type PathSegment = string | number;

export function formatPath(segments: readonly PathSegment[]): string {
  return segments.map((segment, i) => (typeof segment === "number" ? `[${segment}]` : i === 0 ? segment : `.${segment}`)).join("");
}

export function problem(segments: readonly PathSegment[], code: IngestProblemCode, message: string): IngestProblem {
  return { path: formatPath(segments), field: segments.map(String), code, message };
}

/** A document that cannot be ingested, with every problem found in it; nothing of it was written. */
export class IngestError extends Error {
  constructor(readonly problems: IngestProblem[]) {
    super(problems.map((p) => (p.path ? `${p.path}: ${p.message}` : p.message)).join("; "));
  }

  static of(segments: readonly PathSegment[], code: IngestProblemCode, message: string): IngestError {
    return new IngestError([problem(segments, code, message)]);
  }
}
