import { GraphQLScalarType, Kind } from "graphql";
import { GraphQLDate, GraphQLDateTimeISO } from "graphql-scalars";

const plainDate = /^\d{4}-\d{2}-\d{2}$/;

/** A plain date ("2025-09-04") as 00:00 UTC of that day; anything else as an RFC 3339 date-time. */
function parseDateOrDateTime(value: unknown): Date {
  return typeof value === "string" && plainDate.test(value) ? GraphQLDate.parseValue(value) : GraphQLDateTimeISO.parseValue(value);
}

/**
 * graphql-scalars' `DateTimeISO` (type-graphql's scalar for `Date`), under the same name so every
 * existing document keeps validating, that also takes a plain date on input: an analyst filters
 * `startsAt: { from: "2025-09-04" }` without spelling out midnight UTC.
 */
export const DateTimeOrDate = new GraphQLScalarType<Date, string>({
  name: GraphQLDateTimeISO.name,
  description: `${GraphQLDateTimeISO.description} On input, a plain date such as 2025-09-04 is accepted too and stands for 00:00 UTC of that day.`,
  serialize: (value) => GraphQLDateTimeISO.serialize(value),
  parseValue: parseDateOrDateTime,
  parseLiteral: (ast) => (ast.kind === Kind.STRING ? parseDateOrDateTime(ast.value) : GraphQLDateTimeISO.parseLiteral(ast)),
  extensions: GraphQLDateTimeISO.extensions,
});
