import type { GraphQLResolveInfo } from "graphql";
import type { ReadStatement } from "../db/database.js";
import type { ListQuery, Table } from "../common/lists.js";
import { toConnection, type ConnectionValue, type PageRequest } from "../common/pagination.js";
import { rootNodePlan, rootPagePlan } from "./plan.js";
import { nodeStatement, pageStatement } from "./sql.js";
import { decodeRow, type ReadRow } from "./decode.js";

/**
 * A page of a root list of `table` rows and every relation its selection (`info`) joins, read in one
 * statement whatever the page size and nesting; fields it does not join fall back to their resolvers.
 */
export async function readPage(read: ReadStatement, table: Table, list: ListQuery, page: PageRequest, info: GraphQLResolveInfo): Promise<ConnectionValue<ReadRow>> {
  const plan = rootPagePlan(info, table);
  const result = await read<{ row: Record<string, unknown> | null; totalCount?: number }>(pageStatement(list, page, plan));
  const rows = result.flatMap(({ row }) => (row ? [decodeRow(plan.node, row)] : []));
  return toConnection(rows, page, list.sort, () => Promise.resolve(result[0]?.totalCount ?? 0));
}

/** The row of `table` whose `column` is `value` (null when there is none) and every relation its selection joins, in one statement. */
export async function readNode(read: ReadStatement, table: Table, column: "id" | "slug", value: string, info: GraphQLResolveInfo): Promise<ReadRow | null> {
  const plan = rootNodePlan(info, table);
  const [found] = await read<{ row: Record<string, unknown> }>(nodeStatement(plan, column, value));
  return found ? decodeRow(plan, found.row) : null;
}
