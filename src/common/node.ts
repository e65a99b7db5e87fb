import { FieldResolver, ID, InterfaceType, Field, Resolver, Root, type ClassType } from "type-graphql";
import { toGlobalId, type NodeType } from "./node-id.js";

/** The GraphQL type of an interface or union value: loaders tag rows with it (`Loaders.node`). */
export function typenameOf(value: object): string | undefined {
  return (value as { __typename?: string }).__typename;
}

@InterfaceType({
  description: "An object with a global id, fetchable with `node(id)`.",
  resolveType: typenameOf,
})
export abstract class Node {
  @Field(() => ID, { description: "Opaque global id; stable, and unique across all types." })
  id!: string;
}

/** A database row of a Node type; `id` is the database id until the `id` field turns it global. */
export interface NodeRow {
  id: string;
}

/** The resolvers every Node type shares: its global `id`. */
export function NodeResolver<T extends NodeRow>(objectType: ClassType<T>, type: NodeType) {
  @Resolver(() => objectType)
  abstract class NodeResolverBase {
    @FieldResolver(() => ID, { description: "Opaque global id; stable, and unique across all types." })
    id(@Root() row: T): string {
      return toGlobalId(type, row.id);
    }
  }
  return NodeResolverBase;
}

