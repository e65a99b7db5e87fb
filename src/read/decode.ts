import type { ListQuery } from "../common/lists.js";
import { toConnection, type ConnectionValue, type ListedRow, type PageRequest } from "../common/pagination.js";
import type { NodePlan, PagePlan, RelationPlan } from "./plan.js";

/** A row the compiler read: the columns its fields read (`id` only when one does), and the values of its joined relations by response key. */
export type ReadRow = ListedRow & Record<string, unknown> & { __read?: Record<string, unknown> };

type Json = Record<string, unknown>;
/** A page as the statement holds it (sql.ts, pageParts): its rows, and its count when asked for. */
export interface PageJson {
  rows: Json[];
  totalCount: number | null;
}

/** A row of `plan` as the statement's JSON holds it, made what resolvers expect: Dates, and connections of the relations. */
export function decodeRow(plan: NodePlan, json: Json): ReadRow {
  for (const column of plan.dates) {
    if (json[column] != null) json[column] = new Date(json[column] as string);
  }
  const read = json.__read as Json | undefined;
  for (const relation of plan.relations) read![relation.key] = decodeRelation(relation, read![relation.key]);
  return json as ReadRow;
}

/** A page of `list` that `plan` read, as the connection resolvers expect. */
export function decodePage(plan: PagePlan, list: ListQuery, page: PageRequest, { rows, totalCount }: PageJson): ConnectionValue<ReadRow> {
  return toConnection(rows.map((row) => decodeRow(plan.node, row)), page, list.sort, () => Promise.resolve(totalCount ?? 0));
}

function decodeRelation(relation: RelationPlan, value: unknown): ReadRow | ConnectionValue<ReadRow> | null {
  if (relation.kind === "one") return value == null ? null : decodeRow(relation.node, value as Json);
  return decodePage(relation, relation.list, relation.page, value as PageJson);
}

/** The value a compiled statement read for the field at response key `key` of `row`, or undefined when it read none. */
export function readValue(row: object, key: string): unknown {
  const read = (row as { __read?: Record<string, unknown> }).__read;
  return read && key in read ? read[key] : undefined;
}
