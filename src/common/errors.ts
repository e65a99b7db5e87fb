import { GraphQLError } from "graphql";

/** A client's mistake in one argument: the message names the argument. */
export function badUserInput(argument: string, message: string): GraphQLError {
  return new GraphQLError(`Invalid argument "${argument}": ${message}`, {
    extensions: { code: "BAD_USER_INPUT", argumentName: argument },
  });
}

/** A value of the client's for an error message, cut short so that a huge argument is not echoed back whole. */
export function quoted(value: string, max = 80): string {
  return JSON.stringify(value.length > max ? `${value.slice(0, max)}…` : value);
}

/**
 * Why a whole request (an HTTP request or a graphql-ws subscribe) was refused before it ran:
 * `extensions.code` of its error. One vocabulary for both transports; the README lists it.
 */
export const requestErrorCodes = {
  BAD_REQUEST: "The request is not a GraphQL request this server can read.",
  BAD_USER_INPUT: "A variable or argument value is invalid (wrong type, missing, out of range, NUL character).",
  VARIABLES_TOO_DEEP: "A variable's value nests deeper than any input of the schema.",
  TOO_MANY_TOKENS: "The document is longer than the token limit.",
  QUERY_TOO_DEEP: "Fields nest deeper than the depth limit.",
  TOO_MANY_ALIASES: "The operation uses more aliases than allowed.",
  TOO_MANY_ROOT_FIELDS: "The operation asks for more root fields than allowed.",
  TOO_MANY_QUERY_NODES: "The operation selects more fields, once fragments are expanded, than allowed.",
  QUERY_TOO_COMPLEX: "The operation could fetch more objects than the cost limit.",
  PERSISTED_QUERY_HASH_MISMATCH: "The persisted query's sha256Hash is not the hash of the query sent with it.",
  OPERATION_NOT_ALLOWED: "The server runs registered operations only, and this is not one.",
  RATE_LIMITED: "The client's cost budget for the current window is spent (HTTP 429, Retry-After).",
  TOO_MANY_AUTHENTICATION_FAILURES: "Too many requests from this address had a wrong API key (HTTP 429, Retry-After).",
  TOO_MANY_SUBSCRIPTIONS: "The WebSocket connection already has as many subscriptions open as allowed.",
} as const;
export type RequestErrorCode = keyof typeof requestErrorCodes;

/** An error refusing a request, answered with `status` (400 unless told) and these HTTP headers. */
export function requestError(
  code: RequestErrorCode,
  message: string,
  { status = 400, headers = {}, extensions = {}, nodes }: { status?: number; headers?: Record<string, string>; extensions?: Record<string, unknown>; nodes?: GraphQLError["nodes"] } = {},
): GraphQLError {
  return new GraphQLError(message, { nodes, extensions: { ...extensions, code, http: { status, headers: new Map(Object.entries(headers)) } } });
}
