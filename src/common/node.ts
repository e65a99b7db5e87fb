import { Ctx, FieldResolver, ID, InterfaceType, Field, Resolver, Root, type ClassType } from "type-graphql";
import type { Context } from "../context.js";
import { Editor } from "../modules/auth/editor.type.js";
import { toGlobalId, type NodeType } from "./node-id.js";

/** The GraphQL type of an interface or union value: loaders tag rows with it (`Loaders.node`). */
export function typenameOf(value: object): string | undefined {
  return (value as { __typename?: string }).__typename;
}

/** Descriptions of the interface fields that NodeResolver resolves, shared by both declarations. */
const described = {
  id: "Opaque global id; stable, and unique across all types.",
  createdBy: "The API key this was recorded with; null when it came from outside the API (the seed, the command-line ingest).",
  updatedBy: "The API key this was last changed with; null when the last change came from outside the API.",
};

@InterfaceType({
  description: "An object with a global id, fetchable with `node(id)`.",
  resolveType: typenameOf,
})
export abstract class Node {
  @Field(() => ID, { description: described.id })
  id!: string;
}

@InterfaceType({ implements: Node, description: "A recorded fact: when, and with which API key, it was recorded and last changed.", resolveType: typenameOf })
export abstract class Recorded extends Node {
  createdById!: string | null;
  updatedById!: string | null;

  @Field({ description: "When this was recorded." })
  createdAt!: Date;

  @Field({ description: "When this was last changed (the same as `createdAt` until then)." })
  updatedAt!: Date;

  @Field(() => Editor, { nullable: true, description: described.createdBy })
  createdBy!: Editor | null;

  @Field(() => Editor, { nullable: true, description: described.updatedBy })
  updatedBy!: Editor | null;
}

/** A database row of a Node type; `id` is the database id until the `id` field turns it global. */
export interface NodeRow {
  id: string;
  createdById: string | null;
  updatedById: string | null;
}

/** The resolvers every Node type shares: its global `id` and who recorded and changed it. */
export function NodeResolver<T extends NodeRow>(objectType: ClassType<T>, type: NodeType) {
  @Resolver(() => objectType)
  abstract class NodeResolverBase {
    @FieldResolver(() => ID, { description: described.id })
    id(@Root() row: T): string {
      return toGlobalId(type, row.id);
    }

    @FieldResolver(() => Editor, { nullable: true, description: described.createdBy })
    createdBy(@Root() row: T, @Ctx() { loaders }: Context) {
      return loaders.optional<Editor>("ApiKey", row.createdById);
    }

    @FieldResolver(() => Editor, { nullable: true, description: described.updatedBy })
    updatedBy(@Root() row: T, @Ctx() { loaders }: Context) {
      return loaders.optional<Editor>("ApiKey", row.updatedById);
    }
  }
  return NodeResolverBase;
}
