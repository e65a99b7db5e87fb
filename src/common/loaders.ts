import DataLoader from "dataloader";
import { Prisma, type Mention, type PrismaClient } from "../generated/prisma/client.js";
import { childPageLoader, rowByIdLoader, type ChildListQuery, type Table } from "./lists.js";
import type { NodeType } from "./node-id.js";
import type { ConnectionValue, ListedRow, PageRequest } from "./pagination.js";

/** The DataLoaders of one request, created on first use and memoized by access path. */
export class Loaders {
  private readonly loaders = new Map<string, DataLoader<string, unknown>>();

  constructor(private readonly prisma: PrismaClient) {}

  private memo<V>(key: string, create: () => DataLoader<string, V>): DataLoader<string, V> {
    let loader = this.loaders.get(key);
    if (!loader) {
      loader = create() as DataLoader<string, unknown>;
      this.loaders.set(key, loader);
    }
    return loader as DataLoader<string, V>;
  }

  /** `<type>ById`: rows of one table by database id. */
  byId<T extends { id: string }>(type: Table): DataLoader<string, T | null> {
    return this.memo(`${type}ById`, () => rowByIdLoader<T>(this.prisma, type));
  }

  /** The object of a global id's type and database id, tagged with its type for interfaces and unions; null when there is none. */
  async node(type: NodeType, id: string): Promise<({ id: string; __typename: NodeType }) | null> {
    const row = await this.byId(type).load(id);
    return row && { ...row, __typename: type };
  }

  /** The row behind an optional reference; null when the reference is empty. */
  optional<T extends { id: string }>(type: Table, id: string | null): Promise<T | null> {
    return id ? this.byId<T>(type).load(id) : Promise.resolve(null);
  }

  /** `mentionsOf<column>`: every source's mention of each fact, oldest first. */
  mentionsOf(column: string): DataLoader<string, Mention[]> {
    return this.memo(`mentionsOf:${column}`, () => new DataLoader(async (ids: readonly string[]) => {
      const rows = await this.prisma.mention.findMany({ where: { [column]: { in: [...ids] } }, orderBy: [{ createdAt: "asc" }, { id: "asc" }] });
      return ids.map((id) => rows.filter((row) => (row as Record<string, unknown>)[column] === id));
    }));
  }

  /** `corroborationOf<column>`: distinct articles mentioning or citing each fact, and their distinct publishers; one statement per batch. */
  corroborationOf(column: string): DataLoader<string, { articles: number; publishers: number }> {
    return this.memo(`corroborationOf:${column}`, () => new DataLoader(async (ids: readonly string[]) => {
      const fact = Prisma.raw(`"${column}"`);
      const rows = await this.prisma.$queryRaw<{ fact: string; articles: number; publishers: number }[]>`
        SELECT s.fact::text AS fact, count(DISTINCT a.id)::int AS articles, count(DISTINCT a.publisher)::int AS publishers
        FROM (SELECT ${fact} AS fact, "articleId" FROM "Mention" WHERE ${fact} = ANY(CAST(${ids} AS uuid[])) AND "articleId" IS NOT NULL
              UNION SELECT ${fact}, "articleId" FROM "Citation" WHERE ${fact} = ANY(CAST(${ids} AS uuid[]))) s
        JOIN "Article" a ON a.id = s."articleId" GROUP BY s.fact`;
      const byFact = new Map(rows.map((row) => [row.fact, row]));
      return ids.map((id) => byFact.get(id) ?? { articles: 0, publishers: 0 });
    }));
  }

  /** A page of a child list per parent id; one loader per list and page arguments. */
  childPage<T extends ListedRow>(name: string, list: ChildListQuery, page: PageRequest) {
    return this.memo<ConnectionValue<T>>(`${name}:${JSON.stringify(page)}`, () => childPageLoader<T>(this.prisma, list, page));
  }
}
