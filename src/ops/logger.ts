import { randomUUID } from "node:crypto";
import type { IncomingMessage, ServerResponse } from "node:http";
import { pino, type Logger } from "pino";

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

// A property, not a WeakMap entry: Apollo Server hands plugins a shallow copy of the context.
const recordKey = Symbol("requestRecord");

/** Ties a request's GraphQL context to its log line; returns the context. */
export function linkContext<C extends object>(context: C, record: RequestRecord): C {
  (context as { [recordKey]?: RequestRecord })[recordKey] = record;
  return context;
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

/**
 * One log line per request, written when its response is done (or its connection closed before):
 * request id, method, path, status, duration, GraphQL operation name, error codes and API key
 * prefix; level error with "request failed" for a 5xx status. The request id is the client's
 * `x-request-id` when it sends one, and is returned in that header.
 */
export function requestLogger(logger: Logger): (request: IncomingMessage, response: ServerResponse) => LoggedRequest {
  return (request, response) => {
    const started = Date.now();
    const sent = request.headers["x-request-id"];
    const id = typeof sent === "string" && clientRequestId.test(sent) ? sent : randomUUID();
    response.setHeader("x-request-id", id);
    const record: RequestRecord = {};
    // Read now: Express's routers rewrite request.url while they serve a request.
    const req = { method: request.method, path: request.url };
    // `on`, not `once`: a response closes once, and once's wrapper and removal would cost more than the listener left in place.
    response.on("close", () => {
      const failed = response.statusCode >= 500;
      const level = failed ? "error" : "info";
      if (!logger.isLevelEnabled(level)) return;
      const status = response.headersSent ? response.statusCode : null;
      const line = { req, requestId: id, res: { status }, durationMs: Date.now() - started, ...record, apiKeyPrefix: apiKeyPrefix(request.headers.authorization) };
      logger[level](line, failed ? "request failed" : "request");
    });
    return { id, record };
  };
}
