import DataLoader from "dataloader";
import { Prisma, type PrismaClient } from "../generated/prisma/client.js";
import type { NodeType } from "./node-id.js";
import { keysetClauses, toConnection, type ConnectionValue, type ListedRow, type PageRequest, type SortKey } from "./pagination.js";

/** A list of rows of one table (aliased `t`), filtered and ordered; the unit every connection is read from. */
export interface ListQuery {
  /** FROM clause; the listed rows are `t`. */
  from: Prisma.Sql;
  /** The row columns to read, when not `t.*` (see `readableColumns`). */
  columns?: Prisma.Sql;
  where: Prisma.Sql[];
  sort: SortKey;
  /** A JSON object of edge fields per row (a search rank); see `connectionOf`'s `edgeFields`. */
  edge?: Prisma.Sql;
}

/** Rows of a list that belong to a parent (an actor's quotes, a meeting's attendees). */
export interface ChildListQuery extends ListQuery {
  /** The column naming the parent, e.g. t."speakerId". */
  parentColumn: Prisma.Sql;
}


/** A table read by id: every Node type's, and the API keys behind `createdBy`/`updatedBy`. */
export type Table = NodeType | "ApiKey";

/**
 * The columns of `table` that Prisma can read, as `t."column", …`: its scalar fields, which leave out a
 * column of a type Prisma does not support (the quotes' stored full-text document, a tsvector).
 */
export function readableColumns(table: Table): Prisma.Sql {
  return Prisma.raw(Object.values(Prisma[`${table}ScalarFieldEnum`]).map((column) => `t."${column}"`).join(", "));
}

/** The AND of `where`, TRUE when there is nothing to check. */
export function conditions(where: Prisma.Sql[]): Prisma.Sql {
  return where.length ? Prisma.join(where, " AND ") : Prisma.sql`TRUE`;
}

/** A listed row's own columns. */
function rowColumns(list: ListQuery): Prisma.Sql {
  return list.columns ?? Prisma.sql`t.*`;
}

/** The columns every listed row carries besides its own: sort value and edge fields. */
function listColumns(list: ListQuery): Prisma.Sql {
  return Prisma.sql`${list.sort.expression} AS "__sort", ${list.edge ?? Prisma.sql`NULL::json`} AS "__edge"`;
}

/**
 * The SELECT of one page of `list` in keyset order (one row more than the page, telling whether more
 * follow): `columns` of each row `t`, its sort value and edge fields, under `extra` conditions too.
 */
export function pageQuery(list: ListQuery, page: PageRequest, columns: Prisma.Sql, extra: Prisma.Sql[] = []): Prisma.Sql {
  const { after, orderBy, limit } = keysetClauses(list.sort, page, Prisma.sql`t.id`);
  return Prisma.sql`SELECT ${columns}, ${listColumns(list)} FROM ${list.from}
    WHERE ${conditions([...list.where, ...extra])} AND ${after} ${orderBy} ${limit}`;
}

/** The SELECT of how many rows `list` holds (under `extra` conditions too), as "count". */
export function countQuery(list: ListQuery, extra: Prisma.Sql[] = []): Prisma.Sql {
  return Prisma.sql`SELECT count(*)::int AS count FROM ${list.from} WHERE ${conditions([...list.where, ...extra])}`;
}

/** One page of a root list: one statement for the page, one more only if `totalCount` is asked for. */
export async function findPage<T extends ListedRow>(prisma: PrismaClient, list: ListQuery, page: PageRequest): Promise<ConnectionValue<T>> {
  const rows = await prisma.$queryRaw<T[]>(pageQuery(list, page, rowColumns(list)));
  return toConnection(rows, page, list.sort, async () => {
    const [{ count }] = await prisma.$queryRaw<{ count: number }[]>(countQuery(list));
    return count;
  });
}

/** A row of a merged list: which type and id, for the caller to load. */
export type MergedRow = ListedRow & { __typename: NodeType };

/**
 * One page of a list merged from lists of several tables (a timeline of meetings, quotes and
 * incidents) in one statement: each part is keyset-limited to the page on its own, then the parts
 * are merged and cut to the page. The parts' sorts share name, type and direction.
 */
export async function findMergedPage<N>(
  prisma: PrismaClient,
  parts: (ListQuery & { typename: string })[],
  page: PageRequest,
  nodeOf: (row: MergedRow) => N,
): Promise<ConnectionValue<N>> {
  const sorted = parts.map((part) => Prisma.sql`(${pageQuery(part, page, Prisma.sql`t.id, ${part.typename} AS "__typename"`)})`);
  const merged: SortKey = { ...parts[0].sort, expression: Prisma.sql`u."__sort"` };
  const { orderBy, limit } = keysetClauses(merged, page, Prisma.sql`u.id`);
  const rows = await prisma.$queryRaw<MergedRow[]>`
    SELECT u.* FROM (${Prisma.join(sorted, " UNION ALL ")}) AS u ${orderBy} ${limit}`;
  return toConnection(rows, page, merged, async () => {
    const counts = parts.map((part) => Prisma.sql`(${countQuery(part)})`);
    const [{ count }] = await prisma.$queryRaw<{ count: number }[]>`SELECT (${Prisma.join(counts, " + ")})::int AS count`;
    return count;
  }, nodeOf);
}

/**
 * Loads the same page of a child list for many parents in one statement (a LATERAL join per
 * parent), so a nested connection costs the same number of statements whatever the page size.
 */
export function childPageLoader<T extends ListedRow>(prisma: PrismaClient, list: ChildListQuery, page: PageRequest) {
  const totals = new DataLoader<string, number>(async (parentIds) => {
    const rows = await prisma.$queryRaw<{ parent: string; count: number }[]>`
      SELECT ${list.parentColumn} AS parent, count(*)::int AS count FROM ${list.from}
      WHERE ${list.parentColumn} = ANY(CAST(${parentIds} AS uuid[])) AND ${conditions(list.where)} GROUP BY 1`;
    const byParent = new Map(rows.map((row) => [row.parent, row.count]));
    return parentIds.map((id) => byParent.get(id) ?? 0);
  });
  return new DataLoader<string, ConnectionValue<T>>(async (parentIds) => {
    const columns = Prisma.sql`${rowColumns(list)}, parent.id AS "__parent"`;
    const rows = await prisma.$queryRaw<(T & { __parent: string })[]>`
      SELECT page.* FROM unnest(CAST(${parentIds} AS uuid[])) AS parent(id)
      CROSS JOIN LATERAL (${pageQuery(list, page, columns, [Prisma.sql`${list.parentColumn} = parent.id`])}) AS page`;
    return parentIds.map((parentId) =>
      toConnection(rows.filter((row) => row.__parent === parentId), page, list.sort, () => totals.load(parentId)),
    );
  });
}

/** Loads rows of `table` by id in one statement per batch; a missing id gives null. */
export function rowByIdLoader<T extends { id: string }>(prisma: PrismaClient, table: Table) {
  return new DataLoader<string, T | null>(async (ids) => {
    const rows = await prisma.$queryRaw<T[]>`
      SELECT ${readableColumns(table)} FROM ${Prisma.raw(`"${table}"`)} t WHERE t.id = ANY(CAST(${ids} AS uuid[]))`;
    const byId = new Map(rows.map((row) => [row.id, row]));
    return ids.map((id) => byId.get(id) ?? null);
  });
}
