import type { GraphQLResolveInfo } from "graphql";
import type { ReadStatement } from "../db/database.js";
import type { ListQuery, Table } from "../common/lists.js";
import type { ConnectionValue, PageRequest } from "../common/pagination.js";
import { rootNodePlan, rootPagePlan } from "./plan.js";
import { holdsPages, nodeStatement, pageStatement } from "./sql.js";
import { decodePage, decodeRow, type PageJson, type ReadRow } from "./decode.js";

/**
 * A page of a root list of `table` rows and every relation its selection (`info`) joins, read in one
 * statement whatever the page size and nesting; fields it does not join fall back to their resolvers.
 */
export async function readPage(read: ReadStatement, table: Table, list: ListQuery, page: PageRequest, info: GraphQLResolveInfo): Promise<ConnectionValue<ReadRow>> {
  const plan = rootPagePlan(info, table);
  const result = await read<PageJson & { row: Record<string, unknown> | null }>(pageStatement(list, page, plan));
  // One row of all the rows, or one row each (see pageStatement).
  const json = holdsPages(plan.node) ? { rows: result.flatMap(({ row }) => (row ? [row] : [])), totalCount: result[0]?.totalCount ?? null } : result[0];
  return decodePage(plan, list, page, json);
}

/** The row of `table` whose `column` is `value` (null when there is none) and every relation its selection joins, in one statement. */
export async function readNode(read: ReadStatement, table: Table, column: "id" | "slug", value: string, info: GraphQLResolveInfo): Promise<ReadRow | null> {
  const plan = rootNodePlan(info, table);
  const [found] = await read<{ row: Record<string, unknown> }>(nodeStatement(plan, column, value));
  return found ? decodeRow(plan, found.row) : null;
}
