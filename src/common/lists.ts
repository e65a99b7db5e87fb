import DataLoader from "dataloader";
import { Prisma, type PrismaClient } from "../generated/prisma/client.js";
import { keysetClauses, toConnection, type ConnectionValue, type PageRequest, type SortKey } from "./pagination.js";

/** A list of rows of one table (aliased `t`), filtered and ordered; the unit every connection is read from. */
export interface ListQuery {
  /** FROM clause; the listed rows are `t`. */
  from: Prisma.Sql;
  where: Prisma.Sql[];
  sort: SortKey;
}

/** Rows of a list that belong to a parent (an actor's quotes, a meeting's attendees). */
export interface ChildListQuery extends ListQuery {
  /** The column naming the parent, e.g. t."speakerId". */
  parentColumn: Prisma.Sql;
}

type Row = { id: string; __sort: unknown };

function conditions(where: Prisma.Sql[]): Prisma.Sql {
  return where.length ? Prisma.join(where, " AND ") : Prisma.sql`TRUE`;
}

/** One page of a root list: one statement for the page, one more only if `totalCount` is asked for. */
export async function findPage<T extends Row>(prisma: PrismaClient, list: ListQuery, page: PageRequest): Promise<ConnectionValue<T>> {
  const { after, orderBy, limit } = keysetClauses(list.sort, page, Prisma.sql`t.id`);
  const rows = await prisma.$queryRaw<T[]>`
    SELECT t.*, ${list.sort.expression} AS "__sort" FROM ${list.from}
    WHERE ${conditions(list.where)} AND ${after} ${orderBy} ${limit}`;
  return toConnection(rows, page, list.sort, async () => {
    const [{ count }] = await prisma.$queryRaw<{ count: number }[]>`
      SELECT count(*)::int AS count FROM ${list.from} WHERE ${conditions(list.where)}`;
    return count;
  });
}

/**
 * Loads the same page of a child list for many parents in one statement (a LATERAL join per
 * parent), so a nested connection costs the same number of statements whatever the page size.
 */
export function childPageLoader<T extends Row>(prisma: PrismaClient, list: ChildListQuery, page: PageRequest) {
  const totals = new DataLoader<string, number>(async (parentIds) => {
    const rows = await prisma.$queryRaw<{ parent: string; count: number }[]>`
      SELECT ${list.parentColumn} AS parent, count(*)::int AS count FROM ${list.from}
      WHERE ${list.parentColumn} = ANY(CAST(${parentIds} AS uuid[])) AND ${conditions(list.where)} GROUP BY 1`;
    const byParent = new Map(rows.map((row) => [row.parent, row.count]));
    return parentIds.map((id) => byParent.get(id) ?? 0);
  });
  return new DataLoader<string, ConnectionValue<T>>(async (parentIds) => {
    const { after, orderBy, limit } = keysetClauses(list.sort, page, Prisma.sql`t.id`);
    const rows = await prisma.$queryRaw<(T & { __parent: string })[]>`
      SELECT page.* FROM unnest(CAST(${parentIds} AS uuid[])) AS parent(id)
      CROSS JOIN LATERAL (
        SELECT t.*, ${list.sort.expression} AS "__sort", parent.id AS "__parent" FROM ${list.from}
        WHERE ${list.parentColumn} = parent.id AND ${conditions(list.where)} AND ${after} ${orderBy} ${limit}
      ) AS page`;
    return parentIds.map((parentId) =>
      toConnection(rows.filter((row) => row.__parent === parentId), page, list.sort, () => totals.load(parentId)),
    );
  });
}

/** Loads rows of `table` by id in one statement per batch; a missing id gives null. */
export function rowByIdLoader<T extends { id: string }>(prisma: PrismaClient, table: string) {
  return new DataLoader<string, T | null>(async (ids) => {
    const rows = await prisma.$queryRaw<T[]>`
      SELECT * FROM ${Prisma.raw(`"${table}"`)} WHERE id = ANY(CAST(${ids} AS uuid[]))`;
    const byId = new Map(rows.map((row) => [row.id, row]));
    return ids.map((id) => byId.get(id) ?? null);
  });
}
