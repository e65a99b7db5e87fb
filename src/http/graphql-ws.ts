import { GraphQLError, parse, type DocumentNode, type ExecutionArgs, type GraphQLSchema } from "graphql";
import type { SubscribePayload } from "graphql-ws";
import { validateIntrospection } from "./introspection.js";
import { requestLimitErrors } from "./request-limits.js";

function withCode(error: GraphQLError, code: string): GraphQLError {
  return new GraphQLError(error.message, { nodes: error.nodes, source: error.source, positions: error.positions, extensions: { ...error.extensions, code } });
}

/**
 * graphql-ws's `onSubscribe`: parses and validates here, applying the introspection setting and
 * the request limits of HTTP, so that a bad operation gets an error message of its own, with a
 * code, instead of closing the connection its client's other subscriptions share.
 */
export function prepareSubscription(schema: GraphQLSchema, introspection: boolean) {
  const validate = validateIntrospection(introspection);
  return (_context: unknown, _id: string, payload: SubscribePayload): ExecutionArgs | readonly GraphQLError[] => {
    let document: DocumentNode;
    try {
      document = parse(payload.query);
    } catch (error) {
      return [withCode(error as GraphQLError, "GRAPHQL_PARSE_FAILED")];
    }
    const invalid = validate(schema, document);
    if (invalid.length) return invalid.map((error) => withCode(error, "GRAPHQL_VALIDATION_FAILED"));
    const refused = requestLimitErrors(schema, document, payload.variables, payload.operationName);
    if (refused.length) return refused;
    return { schema, document, variableValues: payload.variables, operationName: payload.operationName ?? undefined };
  };
}
