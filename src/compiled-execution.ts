import type { ApolloServerOptionsWithGateway } from "@apollo/server";
import { execute, GraphQLError, isAbstractType, type DocumentNode, type ExecutionResult, type GraphQLSchema } from "graphql";
import { compileQuery, isCompiledQuery, type CompiledQuery } from "graphql-jit";
import { typenameOf } from "./common/node.js";

type Gateway = ApolloServerOptionsWithGateway<Record<string, unknown>>["gateway"];
type Executor = NonNullable<Awaited<ReturnType<Gateway["load"]>>["executor"]>;

/**
 * graphql-jit's errors carry no AST nodes and no `extensions` of their own when the thrown error had
 * none, which Apollo's error formatting expects of a GraphQLError: the same error as graphql-js
 * reports it (code, path, locations, the original error for `formatError`).
 */
function asGraphQLError(error: GraphQLError): GraphQLError {
  return Object.assign(new GraphQLError(error.message, { path: error.path, originalError: error.originalError }), { locations: error.locations });
}

/**
 * type-graphql wraps every `resolveType` of an interface or union in an async function; graphql-jit
 * takes only a type returned at once. Values of Dossier's abstract types carry their type as
 * `__typename` (what those `resolveType`s read), so it is read first, synchronously.
 */
function resolveTypesAtOnce(schema: GraphQLSchema): void {
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isAbstractType(type) || !type.resolveType) continue;
    const resolveType = type.resolveType;
    type.resolveType = (value, context, info, abstractType) => typenameOf(value as object) ?? resolveType(value, context, info, abstractType);
  }
}

/**
 * Runs a query operation of `schema` as graphql-jit compiles it — a function per document that
 * builds the response directly, instead of graphql-js walking the document for every object of the
 * result (an arguments object, a result object in dictionary mode and a resolve info per field of
 * every row; docs/BENCHMARKS.md). Compiled once per document: Apollo's document store hands the same
 * parsed document to every request with the same text, and a compiled query lives as long as its
 * document. Mutations, subscriptions, documents graphql-jit cannot compile and requests that fail
 * before any field resolves (variables that do not coerce) go through graphql-js, so their results
 * and errors are graphql-js's own.
 */
export function compiledExecution(schema: GraphQLSchema): Gateway {
  resolveTypesAtOnce(schema);
  const compiled = new WeakMap<DocumentNode, Map<string | undefined, CompiledQuery | null>>();
  const compiledQuery = (document: DocumentNode, operationName: string | undefined): CompiledQuery | null => {
    let byOperation = compiled.get(document);
    if (!byOperation) compiled.set(document, (byOperation = new Map()));
    if (!byOperation.has(operationName)) {
      const query = compileQuery(schema, document, operationName, { disablingCapturingStackErrors: true });
      byOperation.set(operationName, isCompiledQuery(query) ? query : null);
    }
    return byOperation.get(operationName)!;
  };
  const executor: Executor = async ({ document, operation, operationName, request, context }) => {
    const query = operation?.operation === "query" ? compiledQuery(document!, operationName ?? undefined) : null;
    if (query) {
      const result = (await query.query(undefined, context, request.variables)) as ExecutionResult;
      if (result.data !== undefined) return result.errors ? { ...result, errors: result.errors.map(asGraphQLError) } : result;
    }
    return execute({ schema, document: document!, contextValue: context, variableValues: request.variables, operationName });
  };
  return {
    onSchemaLoadOrUpdate(callback) {
      callback({ apiSchema: schema, coreSupergraphSdl: "" });
      return () => {};
    },
    load: async () => ({ executor }),
    stop: async () => {},
  };
}
