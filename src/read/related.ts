import { isObjectType, type GraphQLFieldResolver, type GraphQLResolveInfo, type GraphQLSchema } from "graphql";
import type { Context } from "../context.js";
import { parsePageArgs } from "../common/pagination.js";
import { relations, relationOf } from "./relations.js";
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

const relatedResolver: GraphQLFieldResolver<{ id: string }, Context, Record<string, unknown>> = (row, args, context, info) => related(row, info, context, args);

/**
 * Resolves every relation field of `schema` with `related` itself. The field resolvers in
 * src/modules declare these fields (type, arguments, description) and call `related` with the same
 * arguments; type-graphql's wrapper around them would, for every row, sort the parameter list, copy
 * the row into an instance of its class (`@Root()`) and build an array of parameters — a third of
 * the allocations of a nested page (docs/BENCHMARKS.md). No relation field has auth or middleware.
 */
export function resolveRelationsDirectly(schema: GraphQLSchema): GraphQLSchema {
  for (const [typeName, fields] of Object.entries(relations)) {
    const type = schema.getType(typeName);
    if (!isObjectType(type)) continue;
    for (const name of Object.keys(fields!)) {
      const field = type.getFields()[name];
      if (field) field.resolve = relatedResolver;
    }
  }
  return schema;
}
