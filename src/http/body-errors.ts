import type { ServerResponse } from "node:http";

const messages: Record<string, string> = {
  "entity.parse.failed": "Request body is not valid JSON",
  "entity.too.large": "Request body is too large",
  "charset.unsupported": "Request body charset is not supported; send UTF-8",
  "encoding.unsupported": "Request body content-encoding is not supported",
};

/** Answers with a JSON body, as Express's `res.status(status).json(body)` did. */
export function sendJson(response: ServerResponse, status: number, body: object): void {
  response.statusCode = status;
  response.setHeader("content-type", "application/json; charset=utf-8");
  response.end(JSON.stringify(body));
}

/**
 * Failures before GraphQL sees the request (a body that is not JSON, too large, or in another
 * charset; body-parser's errors carry their status and type) answered like any GraphQL error:
 * JSON with a code, a 4xx status, and no stack trace. Anything else is a 500 INTERNAL_SERVER_ERROR,
 * its error logged on stderr.
 */
export function sendRequestError(response: ServerResponse, error: unknown): void {
  const { status, type, message } = (error ?? {}) as { status?: unknown; type?: unknown; message?: unknown };
  if (response.headersSent) {
    console.error(error);
    response.destroy();
  } else if (typeof status === "number" && status >= 400 && status < 500) {
    const what = (typeof type === "string" && messages[type]) || "Request body could not be read";
    sendJson(response, status, { errors: [{ message: `${what}: ${String(message)}`, extensions: { code: "BAD_REQUEST" } }] });
  } else {
    console.error(error);
    sendJson(response, 500, { errors: [{ message: "Internal server error", extensions: { code: "INTERNAL_SERVER_ERROR" } }] });
  }
}
