import { Prisma } from "../generated/prisma/client.js";
import type { SortKey } from "./pagination.js";

/** Time order with undated rows last: a NULL date sorts as the end of time. */
export function chronological(name: string, column: Prisma.Sql, descending = false): SortKey {
  return { name, expression: Prisma.sql`COALESCE(${column}, TIMESTAMP '9999-12-31')`, sqlType: "timestamp", descending };
}

/** Alphabetical order. */
export function alphabetical(name: string, column: Prisma.Sql): SortKey {
  return { name, expression: column, sqlType: "text" };
}

/** The order in which rows were recorded. */
export const recorded: SortKey = { name: "recorded", expression: Prisma.sql`t."createdAt"`, sqlType: "timestamp" };
