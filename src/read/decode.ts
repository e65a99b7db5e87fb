import { toConnection, type ConnectionValue, type ListedRow } from "../common/pagination.js";
import type { NodePlan, RelationPlan } from "./plan.js";

/** A row the compiler read: its columns, and the values of its joined relations by response key. */
export type ReadRow = ListedRow & Record<string, unknown> & { __read?: Record<string, unknown> };

type Json = Record<string, unknown>;
interface PageJson {
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

function decodeRelation(relation: RelationPlan, value: unknown): ReadRow | ConnectionValue<ReadRow> | null {
  if (relation.kind === "one") return value == null ? null : decodeRow(relation.node, value as Json);
  const { rows, totalCount } = value as PageJson;
  return toConnection(rows.map((row) => decodeRow(relation.node, row)), relation.page, relation.list.sort, () => Promise.resolve(totalCount ?? 0));
}

/** The value a compiled statement read for the field at response key `key` of `row`, or undefined when it read none. */
export function readValue(row: object, key: string): unknown {
  const read = (row as { __read?: Record<string, unknown> }).__read;
  return read && key in read ? read[key] : undefined;
}
