import { randomUUID } from "node:crypto";
import type { IncomingMessage, ServerResponse } from "node:http";
import { pino, type Logger } from "pino";
import { pinoHttp } from "pino-http";

/**
 * JSON lines on stdout (pino): one per request, and the server's own events. Written asynchronously:
 * lines logged while a write is under way go out together in the next one (pino flushes at exit).
 */
export function createLogger(level: string): Logger {
  return pino({ level, base: { service: "dossier" }, timestamp: pino.stdTimeFunctions.isoTime }, pino.destination({ sync: false }));
}

/** What the GraphQL layer learnt about a request, for its log line. */
export interface RequestRecord {
  operation?: string;
  errorCodes?: string[];
}

/** A request being served: its id and what its log line will say of GraphQL. */
export interface LoggedRequest {
  id: string;
  record: RequestRecord;
}

const byRequest = new WeakMap<IncomingMessage, RequestRecord>();
// A property, not a WeakMap entry: Apollo Server hands plugins a shallow copy of the context.
const recordKey = Symbol("requestRecord");

/** Ties a request's GraphQL context to its log line; returns the context. */
export function linkContext<C extends object>(context: C, record: RequestRecord): C {
  return Object.assign(context, { [recordKey]: record });
}

/** The log record of the request a GraphQL context serves (a detached one over WebSocket). */
export function recordOf(context: object): RequestRecord {
  return (context as { [recordKey]?: RequestRecord })[recordKey] ?? {};
}

// A client's own request id is kept when it is printable and short; otherwise one is made.
const clientRequestId = /^[\w.:@/+=-]{1,128}$/;

/** The API key's public prefix (`dsk_1a2b3c4d`), never the key. */
function apiKeyPrefix(authorization: string | undefined): string | undefined {
  return authorization?.match(/^Bearer\s+(dsk_[0-9a-f]{8})_/i)?.[1];
}

/** A request's log line once its response is done. */
function completed(request: IncomingMessage, line: object): object {
  return { requestId: request.id, ...line, ...byRequest.get(request), apiKeyPrefix: apiKeyPrefix(request.headers.authorization) };
}

/**
 * One log line per request (pino-http): request id, method, path, status, duration, GraphQL
 * operation name, error codes and API key prefix. The request id is the client's `x-request-id`
 * when it sends one, and is returned in that header.
 */
export function requestLogger(logger: Logger): (request: IncomingMessage, response: ServerResponse) => LoggedRequest {
  const middleware = pinoHttp({
    logger,
    genReqId: (request, response) => {
      const sent = request.headers["x-request-id"];
      const id = typeof sent === "string" && clientRequestId.test(sent) ? sent : randomUUID();
      response.setHeader("x-request-id", id);
      return id;
    },
    customAttributeKeys: { responseTime: "durationMs" },
    // Given the request and response themselves: pino-http's default wrapping would first build the standard
    // serializers' objects (all headers, the parsed query string) for each request, only for these to pick two fields.
    wrapSerializers: false,
    serializers: {
      req: (request: IncomingMessage) => ({ method: request.method, path: request.url }),
      res: (response: ServerResponse) => ({ status: response.headersSent ? response.statusCode : null }),
      err: pino.stdSerializers.err,
    },
    // Filled in when the response is done: the GraphQL layer learns the operation and errors on the way. The request id
    // goes in here rather than as a binding of a child logger of its own (quietReqLogger), which would cost one per request.
    customSuccessObject: (request, _response, line: object) => completed(request, line),
    customErrorObject: (request, _response, _error, line: object) => completed(request, line),
    customLogLevel: (_request, response, error) => (error || response.statusCode >= 500 ? "error" : "info"),
    customSuccessMessage: () => "request",
    customErrorMessage: () => "request failed",
  });
  return (request, response) => {
    middleware(request, response);
    const record: RequestRecord = {};
    byRequest.set(request, record);
    return { id: String(request.id), record };
  };
}
