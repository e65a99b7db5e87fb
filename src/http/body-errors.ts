import type { ErrorRequestHandler } from "express";

const messages: Record<string, string> = {
  "entity.parse.failed": "Request body is not valid JSON",
  "entity.too.large": "Request body is too large",
  "charset.unsupported": "Request body charset is not supported; send UTF-8",
  "encoding.unsupported": "Request body content-encoding is not supported",
};

/**
 * Failures before GraphQL sees the request (a body that is not JSON, too large, or in another
 * charset) answered like any GraphQL error: JSON with a code, a 4xx status, and no stack trace —
 * Express's default handler would send an HTML page with the stack outside production.
 */
export const requestBodyErrors: ErrorRequestHandler = (error, _request, response, _next) => {
  const status: unknown = error?.status;
  if (typeof status === "number" && status >= 400 && status < 500) {
    const message = messages[error.type] ?? "Request body could not be read";
    response.status(status).json({ errors: [{ message: `${message}: ${error.message}`, extensions: { code: "BAD_REQUEST" } }] });
    return;
  }
  console.error(error);
  response.status(500).json({ errors: [{ message: "Internal server error", extensions: { code: "INTERNAL_SERVER_ERROR" } }] });
};
