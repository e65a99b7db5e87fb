import type { IncomingMessage } from "node:http";
import {
  GraphQLError, execute, parse, subscribe,
  type DocumentNode, type ExecutionArgs, type ExecutionResult, type GraphQLFormattedError, type GraphQLSchema,
} from "graphql";
import type { Disposable, ServerOptions, SubscribePayload } from "graphql-ws";
import { useServer, type Extra } from "graphql-ws/use/ws";
import type { WebSocketServer } from "ws";
import { requestError } from "../common/errors.js";
import { validateIntrospection } from "./introspection.js";
import { subscriptionRootCrash } from "./subscription-root.js";
import { documentHash } from "./persisted-queries.js";
import type { Admission } from "./admission.js";
import type { RequestLimiter } from "./request-limits.js";

export interface GraphqlWsSettings {
  schema: GraphQLSchema;
  introspection: boolean;
  limiter: RequestLimiter;
  admission: Admission;
  /** The formatter of HTTP responses, so that both transports word and mask errors alike. */
  formatError: (formatted: GraphQLFormattedError, error: unknown) => GraphQLFormattedError;
  /** The context of one operation. */
  context: () => object;
  /** The client address of a WebSocket's upgrade request, as for HTTP requests. */
  clientIp: (request: IncomingMessage) => string;
  /** Told when an operation starts and when it completes (the open-subscriptions gauge of /metrics). */
  onOperation?: () => void;
  onComplete?: () => void;
}

function withCode(error: GraphQLError, code: string): GraphQLError {
  return new GraphQLError(error.message, { nodes: error.nodes, source: error.source, positions: error.positions, extensions: { ...error.extensions, code } });
}

/** Runs graphql's execute or subscribe so that a throw becomes an error result, never a closed connection. */
function safely(run: (args: ExecutionArgs) => unknown) {
  return async (args: ExecutionArgs) => {
    try {
      return (await run(args)) as ExecutionResult;
    } catch (error) {
      return { errors: [new GraphQLError("Internal server error", { originalError: error as Error })] };
    }
  };
}

/**
 * graphql-ws's options, serving subscriptions (and any operation) like HTTP: the same parsing
 * limits, introspection rule, admission (limits, allow-list, cost budget) and error formatting;
 * a refused or failing operation gets an error message of its own and the connection, with the
 * client's other subscriptions, stays open; at most `subscriptionsPerConnection` at once.
 */
function graphqlWsOptions(settings: GraphqlWsSettings): ServerOptions<Record<string, unknown> | undefined, Extra> {
  const { schema, limiter, admission, formatError } = settings;
  const validate = validateIntrospection(settings.introspection);
  // As Apollo Server does for HTTP: an error without a code is an internal one (logged and masked
  // by the formatter, which is given what was thrown), and `http` is not for the client.
  const format = (error: GraphQLError) => {
    const { http: _http, ...extensions } = error.toJSON().extensions ?? {};
    if (extensions.code !== undefined) return formatError({ ...error.toJSON(), extensions }, error);
    return formatError({ ...error.toJSON(), extensions: { ...extensions, code: "INTERNAL_SERVER_ERROR" } }, error.originalError ?? error);
  };

  async function prepare(extra: Extra, subscriptions: object, payload: SubscribePayload): Promise<ExecutionArgs | readonly GraphQLError[]> {
    const open = Object.keys(subscriptions).length;
    if (open > limiter.limits.subscriptionsPerConnection) {
      return [requestError("TOO_MANY_SUBSCRIPTIONS", `This connection already has ${open - 1} operations open, the most allowed; complete one first`)];
    }
    if (typeof payload.query !== "string") return [requestError("BAD_REQUEST", "The subscribe message has no query text")];
    let document: DocumentNode;
    try {
      document = parse(payload.query, limiter.parseOptions);
    } catch (error) {
      return [withCode(error as GraphQLError, "GRAPHQL_PARSE_FAILED")];
    }
    const crash = subscriptionRootCrash(schema, document);
    if (crash) return [withCode(crash, "GRAPHQL_VALIDATION_FAILED")];
    const invalid = validate(schema, document);
    if (invalid.length) return invalid.map((error) => withCode(error, "GRAPHQL_VALIDATION_FAILED"));
    const admitted = await admission.admit(
      { schema, document, variables: payload.variables, operationName: payload.operationName, queryHash: documentHash(payload.query) },
      { ip: settings.clientIp(extra.request) },
    );
    if ("errors" in admitted) return admitted.errors;
    return { schema, document, variableValues: payload.variables, operationName: payload.operationName ?? undefined, contextValue: settings.context() };
  }

  return {
    schema,
    execute: safely(execute),
    subscribe: safely(subscribe),
    onSubscribe: async (ctx, _id, payload) => {
      try {
        return await prepare(ctx.extra, ctx.subscriptions, payload);
      } catch (error) {
        return [new GraphQLError("Internal server error", { originalError: error as Error })];
      }
    },
    onOperation: () => void settings.onOperation?.(),
    onComplete: () => void settings.onComplete?.(),
    onError: (_ctx, _id, _payload, errors) => errors.map(format),
    onNext: (_ctx, _id, _payload, _args, result) => (result.errors ? { ...result, errors: result.errors.map(format) } : result),
  };
}

/**
 * Serves graphql-ws on `wsServer`. A message over the server's `maxPayload` closes its connection
 * with 1009 (ws does that); graphql-ws would also log it as an internal error with a stack.
 */
export function serveGraphqlWs(wsServer: WebSocketServer, settings: GraphqlWsSettings): Disposable {
  const disposable = useServer(graphqlWsOptions(settings), wsServer);
  wsServer.on("connection", (socket) => {
    socket.removeAllListeners("error");
    socket.on("error", (error: NodeJS.ErrnoException) => {
      if (error.code === "WS_ERR_UNSUPPORTED_MESSAGE_LENGTH") return;
      console.error(`WebSocket connection error: ${error.message}`);
      socket.close(1011, "Internal server error");
    });
  });
  return disposable;
}
