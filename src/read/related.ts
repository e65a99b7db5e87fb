import type { GraphQLResolveInfo } from "graphql";
import type { Context } from "../context.js";
import { parsePageArgs } from "../common/pagination.js";
import { relationOf } from "./relations.js";
import { readValue } from "./decode.js";

/**
 * The value of a relation field (src/read/relations.ts) of `row`: what the statement of the root
 * field read for it, or else (an object of a mutation payload, a subscription, a union) loaded
 * through the request's DataLoaders.
 */
export function related(row: { id: string }, info: GraphQLResolveInfo, { loaders }: Context, args: Record<string, unknown> = {}) {
  const value = readValue(row, String(info.path.key));
  if (value !== undefined) return value;
  const relation = relationOf(info.parentType.name, info.fieldName)!;
  if (relation.kind === "one") return loaders.optional(relation.table, (row as unknown as Record<string, string | null>)[relation.column]);
  const list = relation.list(args);
  return loaders.childPage(`${info.parentType.name}.${info.fieldName}:${JSON.stringify(args)}`, list, parsePageArgs(args, list.sort)).load(row.id);
}
