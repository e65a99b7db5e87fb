import { Prisma } from "../generated/prisma/client.js";
import { countQuery, pageQuery, type ListQuery } from "../common/lists.js";
import { keysetClauses, type PageRequest, type SortKey } from "../common/pagination.js";
import type { Statement } from "../db/database.js";
import type { NodePlan, PagePlan, RelationPlan } from "./plan.js";

/** How dates travel inside JSON: as `Date.toISOString()` writes them, so they become the same Dates and cursors. */
const isoFormat = Prisma.raw(`'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'`);

/** The derived table of a statement's root rows. */
const root = Prisma.raw("r1");

/** Names the derived tables under the root r2, r3, … in the order the selection is walked, so one shape is one text. */
class Aliases {
  private count = 1;
  next(): Prisma.Sql {
    this.count += 1;
    return Prisma.raw(`r${this.count}`);
  }
}

function quotedName(name: string): Prisma.Sql {
  return Prisma.raw(`"${name}"`);
}

/** `t."column", …`: what the inner query of a row of `plan` reads: its id (joins and order use it), its JSON's columns, and those naming its joined rows. */
function rowColumns(plan: NodePlan): Prisma.Sql {
  const naming = plan.relations.flatMap((relation) => (relation.kind === "one" ? [relation.relation.column] : []));
  return Prisma.raw([...new Set(["id", ...plan.columns, ...naming])].map((column) => `t."${column}"`).join(", "));
}

/**
 * What an edge reads of its listed row `row` besides the node: the sort value its cursor encodes,
 * when a cursor is asked for, and the list's edge fields (a search rank), when it has any.
 */
function edgePairs(list: ListQuery, plan: PagePlan, row: Prisma.Sql): Prisma.Sql[] {
  const pairs: Prisma.Sql[] = [];
  if (plan.cursors) {
    const sort = Prisma.sql`${row}."__sort"`;
    pairs.push(Prisma.sql`'__sort', ${list.sort.sqlType === "timestamp" ? Prisma.sql`to_char(${sort}, ${isoFormat})` : sort}`);
  }
  if (list.edge) pairs.push(Prisma.sql`'__edge', ${row}."__edge"`);
  return pairs;
}

/** The pairs of the JSON object of the row `row` of `plan`: its columns, and under `__read` its relations by response key. */
function nodePairs(plan: NodePlan, row: Prisma.Sql, aliases: Aliases): Prisma.Sql[] {
  const pairs = plan.columns.map((column) => {
    const value = Prisma.sql`${row}.${quotedName(column)}`;
    return Prisma.sql`${Prisma.raw(`'${column}'`)}, ${plan.dates.includes(column) ? Prisma.sql`to_char(${value}, ${isoFormat})` : value}`;
  });
  if (plan.relations.length) {
    const related = plan.relations.map((relation) => Prisma.sql`${Prisma.raw(`'${relation.key}'`)}, ${relationJson(relation, row, aliases)}`);
    pairs.push(Prisma.sql`'__read', json_build_object(${Prisma.join(related)})`);
  }
  return pairs;
}

function jsonObject(pairs: Prisma.Sql[]): Prisma.Sql {
  return pairs.length ? Prisma.sql`json_build_object(${Prisma.join(pairs)})` : Prisma.sql`json_build_object()`;
}

const rootPairsOf = new WeakMap<NodePlan, Prisma.Sql[]>();

/**
 * The pairs of a root row of `plan` (`r1`), relations and all, built once per plan (plans are kept
 * per operation, src/read/plan.ts): what varies between requests is the root list and page, not these.
 */
function rootPairs(plan: NodePlan): Prisma.Sql[] {
  let pairs = rootPairsOf.get(plan);
  if (!pairs) {
    const each = nodePairs(plan, root, new Aliases());
    rootPairsOf.set(plan, (pairs = each.length ? [Prisma.join(each)] : []));
  }
  return pairs;
}

/**
 * The page as read: without `pageInfo` the row after the page (keysetClauses' LIMIT is size + 1) would
 * tell nothing anyone asked for, so the page is read one row shorter of it.
 */
function pageRead(plan: PagePlan, page: PageRequest): PageRequest {
  return plan.pageInfo ? page : { ...page, size: page.size - 1 };
}

/** ORDER BY of a page's rows `row` once they are read: the page's own scan order. */
function pageOrder(sort: SortKey, page: PageRequest, row: Prisma.Sql): Prisma.Sql {
  return keysetClauses({ ...sort, expression: Prisma.sql`${row}."__sort"` }, page, Prisma.sql`${row}.id`).orderBy;
}

/**
 * A page of `list` (of the rows matching `ofParent` too) as read from `from` (as `row`): `rows`, one JSON
 * array of them in the page's scan order (`order`), each row `json` (the node's `pairs`, and its edge's);
 * `totalCount`, NULL unless asked for.
 */
function pageParts(list: ListQuery, page: PageRequest, plan: PagePlan, row: Prisma.Sql, pairs: Prisma.Sql[], ofParent: Prisma.Sql[] = []) {
  const json = jsonObject([...pairs, ...edgePairs(list, plan, row)]);
  const order = pageOrder(list.sort, page, row);
  return {
    json,
    order,
    rows: Prisma.sql`COALESCE(json_agg(${json} ${order}), '[]'::json)`,
    totalCount: plan.totalCount ? Prisma.sql`(${countQuery(list, ofParent)})` : Prisma.sql`NULL`,
    from: Prisma.sql`(${pageQuery(list, pageRead(plan, page), rowColumns(plan.node), ofParent)}) ${row}`,
  };
}

/** A relation of the row `parent` as JSON: the related row (or NULL), or a page `{ rows, totalCount }`. */
function relationJson(relation: RelationPlan, parent: Prisma.Sql, aliases: Aliases): Prisma.Sql {
  const row = aliases.next();
  const pairs = nodePairs(relation.node, row, aliases);
  if (relation.kind === "many") {
    const { rows, totalCount, from } = pageParts(relation.list, relation.page, relation, row, pairs, [Prisma.sql`${relation.list.parentColumn} = ${parent}.id`]);
    return Prisma.sql`(SELECT json_build_object('rows', ${rows}, 'totalCount', ${totalCount}) FROM ${from})`;
  }
  return Prisma.sql`(SELECT ${jsonObject(pairs)} FROM (SELECT ${rowColumns(relation.node)} FROM ${quotedName(relation.relation.table)} t
    WHERE t.id = ${parent}.${quotedName(relation.relation.column)}) ${row})`;
}

/** Whether rows of `plan` hold pages of their own: large rows, read one JSON value each (see pageStatement). */
export function holdsPages(plan: NodePlan): boolean {
  return plan.relations.some((relation) => relation.kind === "many");
}

/**
 * One statement for a page of `list` and everything its selection joins. Small rows come as one row of
 * `rows` (one JSON array) and `totalCount`: one value to parse instead of a hundred. Rows that hold
 * pages come one row each (`row`, JSON), with `totalCount` on every row, and on a row of its own (`row`
 * NULL) when the page is empty: V8 keeps a string that has one character past ASCII in two bytes a
 * character, and PostgreSQL takes long to wrap a large JSON value, so several values cost less than
 * one large one. Measured in docs/BENCHMARKS.md.
 */
export function pageStatement(list: ListQuery, page: PageRequest, plan: PagePlan): Prisma.Sql {
  const { json, order, rows, totalCount, from } = pageParts(list, page, plan, root, rootPairs(plan.node));
  if (!holdsPages(plan.node)) return Prisma.sql`SELECT ${rows} AS rows, ${totalCount} AS "totalCount" FROM ${from}`;
  if (!plan.totalCount) return Prisma.sql`SELECT ${json} AS row FROM ${from} ${order}`;
  return Prisma.sql`SELECT CASE WHEN ${root}.id IS NULL THEN NULL ELSE ${json} END AS row, total.count AS "totalCount"
    FROM (${countQuery(list)}) total LEFT JOIN ${from} ON TRUE ${order}`;
}

/** Per plan and key column: the text of its node statement and its values before the key's. */
const nodeStatements = new WeakMap<NodePlan, Map<"id" | "slug", Statement>>();

/**
 * One statement for the row of `table` whose `column` is `value`, and everything its selection joins,
 * as JSON (`row`). Its text and every value but the last, `value`, depend on the plan alone: built once.
 */
export function nodeStatement(plan: NodePlan, column: "id" | "slug", value: string): Statement {
  let byColumn = nodeStatements.get(plan);
  if (!byColumn) nodeStatements.set(plan, (byColumn = new Map()));
  let shape = byColumn.get(column);
  if (!shape) {
    const key = column === "id" ? Prisma.sql`CAST(${value} AS uuid)` : Prisma.sql`${value}`;
    const sql = Prisma.sql`SELECT ${jsonObject(rootPairs(plan))} AS row
      FROM (SELECT ${rowColumns(plan)} FROM ${quotedName(plan.table)} t WHERE t.${quotedName(column)} = ${key}) ${root}`;
    shape = { text: sql.text, values: sql.values.slice(0, -1) };
    byColumn.set(column, shape);
  }
  return { text: shape.text, values: [...shape.values, value] };
}
