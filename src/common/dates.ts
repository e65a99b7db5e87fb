import { GraphQLError, GraphQLScalarType, Kind, type ValueNode } from "graphql";
import { GraphQLDate, GraphQLDateTimeISO } from "graphql-scalars";

/** The years PostgreSQL's timestamp and date columns and ISO 8601 text both hold. */
const FIRST_YEAR = 1;
const LAST_YEAR = 9999;

/**
 * `base` under the same name and description, refusing instants outside years 1–9999 (in UTC):
 * the RFC 3339 scalars accept year 0, and a time zone can move 0001-01-01 into it, which
 * PostgreSQL refuses.
 */
function withinYears(base: GraphQLScalarType<Date, unknown>): GraphQLScalarType<Date, unknown> {
  const checked = (date: Date): Date => {
    const year = date.getUTCFullYear();
    if (year < FIRST_YEAR || year > LAST_YEAR) {
      throw new GraphQLError(`${base.name} must lie in the years ${FIRST_YEAR} to ${LAST_YEAR} (UTC), got year ${year}`);
    }
    return date;
  };
  return new GraphQLScalarType({
    ...base.toConfig(),
    parseValue: (value: unknown) => checked(base.parseValue(value)),
    parseLiteral: (node: ValueNode, variables?: Record<string, unknown> | null) => checked(base.parseLiteral(node, variables)),
  });
}

const plainDate = /^\d{4}-\d{2}-\d{2}$/;

/** A plain date ("2025-09-04") as 00:00 UTC of that day; anything else as an RFC 3339 date-time. */
function parseDateOrDateTime(value: unknown): Date {
  return typeof value === "string" && plainDate.test(value) ? GraphQLDate.parseValue(value) : GraphQLDateTimeISO.parseValue(value);
}

/**
 * graphql-scalars' `DateTimeISO` under the same name, so every existing document keeps validating,
 * that also takes a plain date on input: an analyst filters `startsAt: { from: "2025-09-04" }`
 * without spelling out midnight UTC.
 */
const DateTimeOrDate = new GraphQLScalarType<Date, unknown>({
  name: GraphQLDateTimeISO.name,
  description: `${GraphQLDateTimeISO.description} On input, a plain date such as 2025-09-04 is accepted too and stands for 00:00 UTC of that day.`,
  serialize: (value) => GraphQLDateTimeISO.serialize(value),
  parseValue: parseDateOrDateTime,
  parseLiteral: (ast) => (ast.kind === Kind.STRING ? parseDateOrDateTime(ast.value) : GraphQLDateTimeISO.parseLiteral(ast)),
  extensions: GraphQLDateTimeISO.extensions,
});

/** Every date-time of the schema (`DateTimeISO`), mapped from TypeScript's Date in buildSchema. */
export const DateTimeISO = withinYears(DateTimeOrDate);
/** Calendar dates (`Date`): when a role began and ended. */
export const CalendarDate = withinYears(GraphQLDate);
