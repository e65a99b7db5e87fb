import type { ArticleDocument } from "./document.js";
import { IngestError } from "./errors.js";
import { schemaProblems } from "./schema-validation.js";
import { semanticProblems } from "./semantic-checks.js";

/** The input as an article document, or an IngestError listing every problem found in it. */
export function validateDocument(input: unknown): ArticleDocument {
  const shapeProblems = schemaProblems(input);
  if (shapeProblems.length > 0) throw new IngestError(shapeProblems);
  const doc = input as ArticleDocument;
  const problems = semanticProblems(doc);
  if (problems.length > 0) throw new IngestError(problems);
  return doc;
}
