import { registerEnumType } from "type-graphql";
import { Prisma } from "../generated/prisma/client.js";
import type { SortKey } from "./pagination.js";

/**
 * A time column as lists sort it: a NULL date sorts as the end of time. The migrations index this
 * very expression (with the id) for every chronological list, so keep the two in step.
 */
export function timeOrderExpression(column: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`COALESCE(${column}, TIMESTAMP '9999-12-31')`;
}

/** Time order with undated rows last (first when newest first). */
export function chronological(name: string, column: Prisma.Sql, descending = false): SortKey {
  return { name: descending ? `${name}:desc` : name, expression: timeOrderExpression(column), sqlType: "timestamp", descending };
}

/** Alphabetical order. */
export function alphabetical(name: string, column: Prisma.Sql): SortKey {
  return { name, expression: column, sqlType: "text" };
}

/** The order in which rows were recorded. */
export const recorded: SortKey = { name: "recorded", expression: Prisma.sql`t."createdAt"`, sqlType: "timestamp" };

/** Direction of a list in time. */
export enum TimeOrder {
  OLDEST_FIRST = "OLDEST_FIRST",
  NEWEST_FIRST = "NEWEST_FIRST",
}

registerEnumType(TimeOrder, {
  name: "TimeOrder",
  description: "Direction of a list in time.",
  valuesConfig: {
    OLDEST_FIRST: { description: "Earliest first; undated items come last." },
    NEWEST_FIRST: { description: "Latest first; undated items come first." },
  },
});

/** The chronological sort of `column` in the direction asked for (oldest first by default). */
export function inTimeOrder(name: string, column: Prisma.Sql, order: TimeOrder | null | undefined): SortKey {
  return chronological(name, column, order === TimeOrder.NEWEST_FIRST);
}
