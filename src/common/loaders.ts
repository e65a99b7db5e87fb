import type DataLoader from "dataloader";
import type { PrismaClient } from "../generated/prisma/client.js";
import { childPageLoader, rowByKeyLoader, type ChildListQuery, type Table } from "./lists.js";
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
    return this.memo(`${type}ById`, () => rowByKeyLoader<T>(this.prisma, type));
  }

  /** `<type>BySlug`: actors or places by their unique slug. */
  bySlug<T extends { id: string }>(type: "Actor" | "Place"): DataLoader<string, T | null> {
    return this.memo(`${type}BySlug`, () => rowByKeyLoader<T>(this.prisma, type, { column: "slug", sqlType: "text" }));
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

  /** A page of a child list per parent id; one loader per list and page arguments. */
  childPage<T extends ListedRow>(name: string, list: ChildListQuery, page: PageRequest) {
    return this.memo<ConnectionValue<T>>(`${name}:${JSON.stringify(page)}`, () => childPageLoader<T>(this.prisma, list, page));
  }
}
