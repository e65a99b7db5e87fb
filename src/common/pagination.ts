import { ArgsType, Field, Int, ObjectType, type ClassType } from "type-graphql";
import { Prisma } from "../generated/prisma/client.js";
import { badUserInput, quoted } from "./errors.js";
import { UUID } from "./node-id.js";

export const DEFAULT_PAGE_SIZE = 20;
export const MAX_PAGE_SIZE = 100;

@ArgsType()
export class PageArgs {
  @Field(() => Int, { nullable: true, description: `Return the first n items (1–${MAX_PAGE_SIZE}; ${DEFAULT_PAGE_SIZE} when neither first nor last is given).` })
  first?: number;

  @Field(() => String, { nullable: true, description: "Return the items after this cursor (an `endCursor` or edge cursor of this list)." })
  after?: string;

  @Field(() => Int, { nullable: true, description: `Return the last n items (1–${MAX_PAGE_SIZE}). Not with \`first\`.` })
  last?: number;

  @Field(() => String, { nullable: true, description: "Return the items before this cursor." })
  before?: string;
}

/** How a list is ordered: an SQL expression (never NULL) and the id as tie-breaker. */
export interface SortKey {
  /** Names the ordering inside cursors, so a cursor of another list or order is rejected. */
  name: string;
  expression: Prisma.Sql;
  sqlType: "timestamp" | "text" | "double precision";
  descending?: boolean;
}

interface Cursor {
  sortValue: string | number;
  id: string;
}

export interface PageRequest {
  size: number;
  backward: boolean;
  cursor?: Cursor;
}

/** Whether a cursor's sort value is one this list's sort can hold: a hand-edited cursor must not reach SQL as a bad cast. */
function fitsSort(value: unknown, sort: SortKey): value is string | number {
  switch (sort.sqlType) {
    case "timestamp":
      // Date.parse takes 30 February for 2 March; only a date that prints back as itself is real.
      return typeof value === "string" && /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/.test(value) && !value.startsWith("0000")
        && !Number.isNaN(Date.parse(value)) && new Date(value).toISOString() === value;
    case "double precision":
      return typeof value === "number" && Number.isFinite(value);
    case "text":
      return typeof value === "string" && !value.includes("\u0000");
  }
}

function decodeCursor(value: string, argument: string, sort: SortKey): Cursor {
  try {
    const [name, sortValue, id] = JSON.parse(Buffer.from(value, "base64url").toString("utf8")) as unknown[];
    if (name === sort.name && fitsSort(sortValue, sort) && typeof id === "string" && UUID.test(id)) {
      return { sortValue, id };
    }
  } catch {
    // reported below
  }
  // A cursor is the client's own input, checked before any row is read: the request is refused as a whole (HTTP 400).
  const error = badUserInput(argument, `${quoted(value)} is not a cursor of this list`);
  error.extensions.http = { status: 400 };
  throw error;
}

function encodeCursor(sort: SortKey, sortValue: unknown, id: string): string {
  const value = sortValue instanceof Date ? sortValue.toISOString() : sortValue;
  return Buffer.from(JSON.stringify([sort.name, value, id])).toString("base64url");
}

function checkSize(argument: string, value: number | null | undefined): void {
  if (value == null) return;
  if (value < 1 || value > MAX_PAGE_SIZE) {
    throw badUserInput(argument, `must be between 1 and ${MAX_PAGE_SIZE}, got ${value}`);
  }
}

export function parsePageArgs(args: PageArgs, sort: SortKey): PageRequest {
  if (args.first != null && args.last != null) throw badUserInput("last", "cannot be combined with first");
  if (args.before != null && args.first != null) throw badUserInput("before", "pages backwards: combine it with last, not first");
  if (args.after != null && args.last != null) throw badUserInput("after", "pages forwards: combine it with first, not last");
  if (args.after != null && args.before != null) throw badUserInput("before", "cannot be combined with after");
  checkSize("first", args.first);
  checkSize("last", args.last);
  const backward = args.last != null || args.before != null;
  const cursorArgument = args.before != null ? "before" : "after";
  const cursorValue = args.before ?? args.after;
  return {
    size: (backward ? args.last : args.first) ?? DEFAULT_PAGE_SIZE,
    backward,
    cursor: cursorValue == null ? undefined : decodeCursor(cursorValue, cursorArgument, sort),
  };
}

/** SQL pieces that select one page of rows from `alias`, in keyset order. */
export function keysetClauses(sort: SortKey, page: PageRequest, idColumn: Prisma.Sql) {
  // Scan in the list's order, or against it when paging backwards, then restore the order.
  const scanDescending = Boolean(sort.descending) !== page.backward;
  const direction = Prisma.raw(scanDescending ? "DESC" : "ASC");
  const after = page.cursor
    ? Prisma.sql`(${sort.expression}, ${idColumn}) ${Prisma.raw(scanDescending ? "<" : ">")} (CAST(${page.cursor.sortValue} AS ${Prisma.raw(sort.sqlType)}), CAST(${page.cursor.id} AS uuid))`
    : Prisma.sql`TRUE`;
  return {
    after,
    orderBy: Prisma.sql`ORDER BY ${sort.expression} ${direction}, ${idColumn} ${direction}`,
    limit: Prisma.sql`LIMIT ${page.size + 1}`,
  };
}

/** A row a keyset query returned: its id, its sort value, and perhaps edge fields. */
export interface ListedRow {
  id: string;
  __sort: unknown;
  /** Fields of the edge rather than the node (a search rank), as the list's `edge` SQL built them. */
  __edge?: Record<string, unknown> | null;
}

export interface ConnectionValue<T> {
  edges: ({ cursor: string; node: T } & Record<string, unknown>)[];
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null };
  /** Counted only when read, so a page that does not ask for it costs no count statement. */
  readonly totalCount: Promise<number>;
}

/** An edge of a page: its node, the edge fields of its row (a search rank), and a cursor encoded only when a client selects it. */
class Edge<N> {
  readonly #sort: SortKey;
  readonly #row: ListedRow;
  node: N;

  constructor(sort: SortKey, row: ListedRow, node: N) {
    this.#sort = sort;
    this.#row = row;
    this.node = node;
    if (row.__edge) Object.assign(this, row.__edge);
  }

  get cursor(): string {
    return encodeCursor(this.#sort, this.#row.__sort, this.#row.id);
  }
}

/**
 * Turns the rows a keyset query returned (one more than the page size, when there is more) into a
 * connection; `nodeOf` makes an edge's node of its row (by default the row itself).
 */
export function toConnection<T extends ListedRow, N = T>(
  rows: T[],
  page: PageRequest,
  sort: SortKey,
  totalCount: () => Promise<number>,
  nodeOf: (row: T) => N = (row) => row as unknown as N,
): ConnectionValue<N> {
  const hasMore = rows.length > page.size;
  const pageRows = rows.slice(0, page.size);
  if (page.backward) pageRows.reverse();
  // Cursors are encoded only when a client selects them (Edge's getter): most pages never ask.
  const edges = pageRows.map((row) => new Edge(sort, row, nodeOf(row)) as Edge<N> & Record<string, unknown>);
  return {
    edges,
    pageInfo: {
      hasNextPage: page.backward ? page.cursor !== undefined : hasMore,
      hasPreviousPage: page.backward ? hasMore : page.cursor !== undefined,
      get startCursor() {
        return edges[0]?.cursor ?? null;
      },
      get endCursor() {
        return edges.at(-1)?.cursor ?? null;
      },
    },
    get totalCount() {
      return totalCount();
    },
  };
}

/**
 * `connection` with the nodes its edges hold as promises (rows loaded through DataLoaders) loaded:
 * graphql-jit (src/compiled-execution.ts) reads an edge's `node`, a field without a resolver, as a
 * plain value.
 */
export async function withLoadedNodes<N>(connection: ConnectionValue<Promise<N>>): Promise<ConnectionValue<N>> {
  const nodes = await Promise.all(connection.edges.map((edge) => edge.node));
  const loaded = connection as unknown as ConnectionValue<N>;
  loaded.edges.forEach((edge, index) => (edge.node = nodes[index]));
  return loaded;
}

@ObjectType({ simpleResolvers: true, description: "Where a page of a connection stands in the whole list." })
export class PageInfo {
  @Field({ description: "Whether items follow this page (in the direction of `first`)." })
  hasNextPage!: boolean;

  @Field({ description: "Whether items precede this page." })
  hasPreviousPage!: boolean;

  @Field(() => String, { nullable: true, description: "Cursor of the first edge; pass it as `before` for the previous page." })
  startCursor!: string | null;

  @Field(() => String, { nullable: true, description: "Cursor of the last edge; pass it as `after` for the next page." })
  endCursor!: string | null;
}

/**
 * A Relay connection type and its edge type for `node` (an object or union type), named
 * `<Name>Connection` and `<Name>Edge`. The edge inherits the fields of `edgeFields` (an object type
 * of its own that is never returned, such as a search rank); the list's `edge` SQL fills them.
 */
export function connectionOf<T extends object>(node: ClassType<T> | object, name = (node as ClassType<T>).name, edgeFields: ClassType = class {}) {
  @ObjectType(`${name}Edge`, { simpleResolvers: true, description: `One ${name} in a page, with its cursor.` })
  class Edge extends edgeFields {
    @Field({ description: "Opaque position of this item, for `after` and `before`." })
    cursor!: string;

    @Field(() => node, { description: `The ${name}.` })
    node!: T;
  }

  @ObjectType(`${name}Connection`, { simpleResolvers: true, description: `A page of ${name} items (Relay connection).` })
  class Connection {
    @Field(() => [Edge], { description: "The items of this page, each with its cursor." })
    edges!: Edge[];

    @Field(() => PageInfo, { description: "Cursors and whether more pages exist." })
    pageInfo!: PageInfo;

    // Not a simple field: its value is a Promise, and graphql-jit (src/compiled-execution.ts) reads a field without a resolver as a plain value.
    @Field(() => Int, { simple: false, description: "How many items the whole list holds, across all pages." })
    totalCount!: number;
  }
  return Connection;
}
