import { Prisma } from "../generated/prisma/client.js";
import { countQuery, pageQuery, type ListQuery } from "../common/lists.js";
import { keysetClauses, type PageRequest, type SortKey } from "../common/pagination.js";
import type { NodePlan, PagePlan, RelationPlan } from "./plan.js";

/** How dates travel inside JSON: as `Date.toISOString()` writes them, so they become the same Dates and cursors. */
const isoFormat = Prisma.raw(`'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'`);

/** Names the derived tables of one statement r1, r2, … in the order the selection is walked, so one shape is one text. */
class Aliases {
  private count = 0;
  next(): Prisma.Sql {
    this.count += 1;
    return Prisma.raw(`r${this.count}`);
  }
}

function quotedName(name: string): Prisma.Sql {
  return Prisma.raw(`"${name}"`);
}

/** `t."column", …`: the columns of a plan as the inner query of a row reads them. */
function rowColumns(plan: NodePlan): Prisma.Sql {
  return Prisma.raw(plan.columns.map((column) => `t."${column}"`).join(", "));
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

/** The row `row` of `plan` as a JSON object: its columns, `edge` pairs, and under `__read` its relations by response key. */
function nodeJson(plan: NodePlan, row: Prisma.Sql, aliases: Aliases, edge: Prisma.Sql[] = []): Prisma.Sql {
  const pairs = plan.columns.map((column) => {
    const value = Prisma.sql`${row}.${quotedName(column)}`;
    return Prisma.sql`${Prisma.raw(`'${column}'`)}, ${plan.dates.includes(column) ? Prisma.sql`to_char(${value}, ${isoFormat})` : value}`;
  });
  pairs.push(...edge);
  if (plan.relations.length) {
    const related = plan.relations.map((relation) => Prisma.sql`${Prisma.raw(`'${relation.key}'`)}, ${relationJson(relation, row, aliases)}`);
    pairs.push(Prisma.sql`'__read', json_build_object(${Prisma.join(related)})`);
  }
  return Prisma.sql`json_build_object(${Prisma.join(pairs)})`;
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

/** A relation of the row `parent` as JSON: the related row (or NULL), or a page `{ rows, totalCount }`. */
function relationJson(relation: RelationPlan, parent: Prisma.Sql, aliases: Aliases): Prisma.Sql {
  const row = aliases.next();
  if (relation.kind === "one") {
    const table = quotedName(relation.relation.table);
    return Prisma.sql`(SELECT ${nodeJson(relation.node, row, aliases)} FROM (SELECT ${rowColumns(relation.node)} FROM ${table} t
      WHERE t.id = ${parent}.${quotedName(relation.relation.column)}) ${row})`;
  }
  const { list, page } = relation;
  const ofParent = [Prisma.sql`${list.parentColumn} = ${parent}.id`];
  const totalCount = relation.totalCount ? Prisma.sql`(${countQuery(list, ofParent)})` : Prisma.sql`NULL`;
  return Prisma.sql`(SELECT json_build_object('rows', COALESCE(json_agg(${nodeJson(relation.node, row, aliases, edgePairs(list, relation, row))} ${pageOrder(list.sort, page, row)}), '[]'::json), 'totalCount', ${totalCount})
    FROM (${pageQuery(list, pageRead(relation, page), rowColumns(relation.node), ofParent)}) ${row})`;
}

/**
 * One statement for a page of `list` and everything its selection joins: one row per listed row
 * (`row`, JSON), with `totalCount` on every row, and on a row of its own (`row` NULL) when the page is empty.
 */
export function pageStatement(list: ListQuery, page: PageRequest, plan: PagePlan): Prisma.Sql {
  const aliases = new Aliases();
  const row = aliases.next();
  const rows = pageQuery(list, pageRead(plan, page), rowColumns(plan.node));
  const json = nodeJson(plan.node, row, aliases, edgePairs(list, plan, row));
  const order = pageOrder(list.sort, page, row);
  if (!plan.totalCount) return Prisma.sql`SELECT ${json} AS row FROM (${rows}) ${row} ${order}`;
  return Prisma.sql`SELECT CASE WHEN ${row}.id IS NULL THEN NULL ELSE ${json} END AS row, total.count AS "totalCount"
    FROM (${countQuery(list)}) total LEFT JOIN (${rows}) ${row} ON TRUE ${order}`;
}

/** One statement for the row of `table` whose `column` is `value`, and everything its selection joins, as JSON (`row`). */
export function nodeStatement(plan: NodePlan, column: "id" | "slug", value: string): Prisma.Sql {
  const aliases = new Aliases();
  const row = aliases.next();
  const key = column === "id" ? Prisma.sql`CAST(${value} AS uuid)` : Prisma.sql`${value}`;
  return Prisma.sql`SELECT ${nodeJson(plan, row, aliases)} AS row
    FROM (SELECT ${rowColumns(plan)} FROM ${quotedName(plan.table)} t WHERE t.${quotedName(column)} = ${key}) ${row}`;
}
