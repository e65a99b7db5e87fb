import { Field, InputType } from "type-graphql";
import { Prisma } from "../generated/prisma/client.js";
import { badUserInput } from "./errors.js";
import { parseIdOf, type NodeType } from "./node-id.js";
import { timeOrderExpression } from "./sort.js";

/** The longest search text or name prefix accepted, in characters. */
export const MAX_SEARCH_LENGTH = 1000;

@InputType({ description: "A span of time: from (inclusive) to (exclusive); either end may be left open. Undated items never match a range. Each end is a date-time or a plain date (00:00 UTC of that day): { from: \"2025-09-04\", to: \"2025-09-05\" } is that one day." })
export class DateRange {
  @Field(() => Date, { nullable: true, description: "Earliest moment included." })
  from?: Date | null;

  @Field(() => Date, { nullable: true, description: "First moment no longer included." })
  to?: Date | null;
}

/**
 * Rows whose `column` lies in `range`, and with `undated` also the rows with no time at all.
 * Written on the sort expression so the chronological index that orders the list also finds the range.
 */
export function inDateRange(column: Prisma.Sql, range: DateRange, argument: string, undated = false): Prisma.Sql[] {
  const { from, to } = range;
  if (from && to && from.getTime() > to.getTime()) {
    throw badUserInput(argument, `"from" (${from.toISOString()}) is after "to" (${to.toISOString()})`);
  }
  const sortValue = timeOrderExpression(column);
  const bounds = [...(from ? [Prisma.sql`${sortValue} >= ${from}`] : []), ...(to ? [Prisma.sql`${sortValue} < ${to}`] : [])];
  if (!undated) return [Prisma.sql`${column} IS NOT NULL`, ...bounds];
  return bounds.length ? [Prisma.sql`(${column} IS NULL OR (${Prisma.join(bounds, " AND ")}))`] : [];
}

/** Search text as given by a user, checked: not blank, at most MAX_SEARCH_LENGTH characters. */
export function searchText(value: string, argument: string): string {
  if (value.trim() === "") throw badUserInput(argument, "must not be empty");
  if (value.length > MAX_SEARCH_LENGTH) {
    throw badUserInput(argument, `must be at most ${MAX_SEARCH_LENGTH} characters, got ${value.length}`);
  }
  return value;
}

/** `value` as literal text inside a LIKE pattern. */
function escapeLike(value: string): string {
  return value.replace(/[\\%_]/g, (character) => `\\${character}`);
}

/** Text folded as names are for matching (SQL function of the migrations): lower case, accents removed. */
export function folded(text: string): Prisma.Sql {
  return Prisma.sql`dossier_fold(${text})`;
}

/**
 * Rows one of whose `names` — folded names, each on a line of its own, as the migrations' trigram-indexed
 * `dossier_actor_names` and `dossier_place_name` build them — or a word of one, starts with `prefix`.
 */
export function nameStartsWith(names: Prisma.Sql, prefix: string): Prisma.Sql {
  const pattern = escapeLike(prefix);
  return Prisma.sql`(${names} LIKE '%' || E'\\n' || ${folded(pattern)} || '%' OR ${names} LIKE '% ' || ${folded(pattern)} || '%')`;
}

/** The database id behind a filter's id argument, or nothing when the argument is absent. */
export function filterId(type: NodeType, globalId: string | null | undefined, argument: string): string | undefined {
  return globalId == null ? undefined : parseIdOf(type, globalId, argument);
}

/** `column = ANY(values)` for a list of enum values, or nothing when the list is absent. */
export function inEnumValues(column: Prisma.Sql, values: readonly string[] | null | undefined, enumType: string): Prisma.Sql[] {
  // Sent as text[] and cast in SQL: PGlite cannot serialise a parameter of an enum array type.
  return values == null ? [] : [Prisma.sql`${column} = ANY(CAST(CAST(${values} AS text[]) AS ${Prisma.raw(`"${enumType}"`)}[]))`];
}

/**
 * Three or more negations in a row (`- - -word`, `---&---`) nest deeper than PostgreSQL's tsquery
 * stack allows ("tsquery stack too small" past 32); two cancel out, so one or two of them say the same.
 */
const negationRun = /-(?:[^\p{L}\p{N}"]*-){2,}/gu;

/** The English full-text query of a user's text: websearch syntax ("quoted phrases", or, -not), never an error. */
export function englishQuery(text: string): Prisma.Sql {
  const query = text.replace(negationRun, (run) => ((run.split("-").length - 1) % 2 === 1 ? "-" : "--"));
  return Prisma.sql`websearch_to_tsquery('english', ${query})`;
}

/**
 * The English full-text document of a listed meeting or incident `t`, stored by PostgreSQL (a generated
 * column, GIN-indexed): ranking reads it instead of parsing the text of every match again. Quotes are
 * matched by `quotesMatching` (src/modules/search/quote-search.ts).
 */
export const searchDocument = Prisma.sql`t."searchDocument"`;

/** The English full-text document of a text column; the migrations index this very expression. */
export function englishDocument(column: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`to_tsvector('english'::regconfig, ${column})`;
}
