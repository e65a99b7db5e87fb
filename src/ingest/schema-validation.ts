import { Ajv, type ErrorObject } from "ajv";
import { ArticleDocumentSchema } from "./document.js";
import { problem, type IngestProblem, type PathSegment } from "./errors.js";

const isoDate = /^(\d{4})-(\d{2})-(\d{2})$/;
const isoDateTime = /^(\d{4})-(\d{2})-(\d{2})T([01]\d|2[0-3]):[0-5]\d(:[0-5]\d(\.\d{1,3})?)?(Z|[+-]([01]\d|2[0-3]):[0-5]\d)$/;

/** A calendar date that exists: 2025-02-30 matches the pattern but is no date. */
function isRealDate(year: string, month: string, day: string): boolean {
  const date = new Date(Date.UTC(Number(year), Number(month) - 1, Number(day)));
  return date.getUTCFullYear() === Number(year) && date.getUTCMonth() === Number(month) - 1 && date.getUTCDate() === Number(day);
}

const matchesDate = (pattern: RegExp) => (value: string) => {
  const match = pattern.exec(value);
  return match !== null && isRealDate(match[1], match[2], match[3]);
};

const formatMessages: Record<string, string> = {
  date: "must be an ISO 8601 date such as 2025-09-04",
  "date-or-date-time": "must be an ISO 8601 date (2025-09-04) or date-time with a zone (2025-09-04T10:30:00Z)",
};

const ajv = new Ajv({ allErrors: true, verbose: true, strict: true })
  .addFormat("date", { type: "string", validate: matchesDate(isoDate) })
  .addFormat("date-or-date-time", { type: "string", validate: (value: string) => matchesDate(isoDate)(value) || matchesDate(isoDateTime)(value) });
const validateSchema = ajv.compile(ArticleDocumentSchema);

function segmentsOf(instancePath: string): PathSegment[] {
  return instancePath
    .split("/")
    .slice(1)
    .map((segment) => segment.replace(/~1/g, "/").replace(/~0/g, "~"))
    .map((segment) => (/^\d+$/.test(segment) ? Number(segment) : segment));
}

function toProblem(error: ErrorObject): IngestProblem {
  const segments = segmentsOf(error.instancePath);
  const params = error.params as Record<string, unknown>;
  switch (error.keyword) {
    case "required":
      return problem([...segments, params.missingProperty as string], "INVALID", "is required");
    case "additionalProperties":
      return problem([...segments, params.additionalProperty as string], "INVALID", "is not a field of the article document format");
    case "enum":
      return problem(segments, "INVALID", `must be one of ${(params.allowedValues as string[]).join(", ")}`);
    case "minLength":
      return problem(segments, "INVALID", params.limit === 1 ? "must not be empty" : `must be at least ${params.limit} characters long`);
    case "maxLength":
      return problem(segments, "INVALID", `must be at most ${params.limit} characters long (is ${(error.data as string).length})`);
    case "maxItems":
      return problem(segments, "INVALID", `must have at most ${params.limit} entries (has ${(error.data as unknown[]).length})`);
    case "format":
      return problem(segments, "INVALID", formatMessages[params.format as string] ?? (error.message as string));
    case "pattern":
      return problem(segments, "INVALID", `is not of the expected form: ${(error.parentSchema as { description?: string }).description}`);
    default:
      return problem(segments, "INVALID", error.message ?? "is invalid");
  }
}

/** Problems of the document's shape against the JSON Schema (docs/article-document.schema.json). */
export function schemaProblems(input: unknown): IngestProblem[] {
  if (validateSchema(input)) return [];
  return (validateSchema.errors ?? []).map(toProblem);
}
