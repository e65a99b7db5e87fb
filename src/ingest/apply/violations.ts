import { RuleViolation } from "../../common/domain-rules.js";
import { IngestError, type PathSegment } from "../errors.js";

/**
 * Runs the writing of one document entry, reporting a domain rule its rows break as a problem of
 * that entry (`places[0].country`), in the document's words: the key the field refers to and what
 * it turned out to be.
 */
export async function asDocumentProblems<T>(path: PathSegment[], entry: object, write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    if (!(error instanceof RuleViolation)) throw error;
    const field = error.column.replace(/Id$/, "");
    const key = (entry as Record<string, unknown>)[field];
    const message = error.found && typeof key === "string" ? `refers to "${key}", ${error.found}: ${error.rule}` : error.rule;
    throw IngestError.of([...path, field], error.code, message);
  }
}
