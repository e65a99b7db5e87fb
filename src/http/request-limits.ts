import { GraphQLError, getNamedType, visit, type DocumentNode, type GraphQLSchema } from "graphql";
import type { ApolloServerPlugin } from "@apollo/server";
import { getComplexity, type ComplexityEstimator } from "graphql-query-complexity";
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from "../common/pagination.js";

/**
 * The most a request may cost: every field counts 1, and a connection multiplies what it selects
 * by its page size. The nested meetings page of the benchmark (meetings → attendees → actor →
 * roles, and statements, 20 each) costs about 28,500; a request that would fetch millions of
 * objects through nested pages is refused before it runs.
 */
export const MAX_COMPLEXITY = 200_000;

const pageCost: ComplexityEstimator = ({ field, args, childComplexity }) => {
  const multiple = getNamedType(field.type).name.endsWith("Connection")
    ? Math.min(args.first ?? args.last ?? DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE)
    : Array.isArray(args.ids) ? Math.min(args.ids.length, MAX_PAGE_SIZE) : 1;
  return 1 + multiple * childComplexity;
};

function tooComplex(complexity: number): GraphQLError {
  return new GraphQLError(
    `Query is too complex: it could fetch about ${complexity.toLocaleString("en")} objects, more than the ${MAX_COMPLEXITY.toLocaleString("en")} allowed. Ask for smaller pages (first/last) or nest fewer connections.`,
    { extensions: { code: "QUERY_TOO_COMPLEX", complexity, maximumComplexity: MAX_COMPLEXITY, http: { status: 400 } } },
  );
}

function hasNul(value: unknown): boolean {
  if (typeof value === "string") return value.includes("\u0000");
  if (Array.isArray(value)) return value.some(hasNul);
  if (value && typeof value === "object") return Object.values(value).some(hasNul);
  return false;
}

/** PostgreSQL cannot store the NUL character: say so naming the argument, instead of failing inside the database. */
function nulErrors(document: DocumentNode, variables: Record<string, unknown>): GraphQLError[] {
  const errors = Object.entries(variables)
    .filter(([, value]) => hasNul(value))
    .map(([name]) => `variable "$${name}"`);
  const argumentPath: string[] = [];
  const into = { enter: (node: { name: { value: string } }) => void argumentPath.push(node.name.value), leave: () => void argumentPath.pop() };
  visit(document, {
    Argument: into,
    ObjectField: into,
    StringValue: (node) => {
      if (node.value.includes("\u0000")) errors.push(`argument "${argumentPath.join(".") || "?"}"`);
    },
  });
  return errors.map(
    (where) => new GraphQLError(`Invalid ${where}: text must not contain the NUL character (\\u0000)`, { extensions: { code: "BAD_USER_INPUT", http: { status: 400 } } }),
  );
}

/** What makes a well-formed, valid operation unacceptable to run: NUL characters in its text, or too high a cost. */
export function requestLimitErrors(
  schema: GraphQLSchema,
  document: DocumentNode,
  variables: Record<string, unknown> | null | undefined,
  operationName: string | null | undefined,
): GraphQLError[] {
  const nul = nulErrors(document, variables ?? {});
  if (nul.length) return nul;
  let complexity: number;
  try {
    complexity = getComplexity({ schema, query: document, variables: variables ?? {}, operationName: operationName ?? undefined, estimators: [pageCost] });
  } catch (error) {
    // The document is valid by now, so what the cost cannot be computed for is a variable value that
    // does not coerce (a malformed date): the client's mistake, which Apollo Server would otherwise
    // report as INTERNAL_SERVER_ERROR since it comes from a plugin.
    if (!(error instanceof GraphQLError)) throw error;
    return [new GraphQLError(error.message, { nodes: error.nodes, extensions: { code: "BAD_USER_INPUT", http: { status: 400 } } })];
  }
  return complexity > MAX_COMPLEXITY ? [tooComplex(complexity)] : [];
}

/** Applies the limits to every operation over HTTP, and answers a subscription sent there (graphql-ws serves those). */
export function requestLimitsPlugin<Context extends object>(): ApolloServerPlugin<Context> {
  return {
    requestDidStart: async () => ({
      didResolveOperation: async ({ request, document, operation, schema }) => {
        if (operation?.operation === "subscription") {
          throw new GraphQLError("Subscriptions are served over WebSocket (graphql-ws protocol) at this URL, not over HTTP", {
            extensions: { code: "BAD_REQUEST", http: { status: 400 } },
          });
        }
        const [error] = requestLimitErrors(schema, document, request.variables, request.operationName);
        if (error) throw error;
      },
    }),
  };
}
