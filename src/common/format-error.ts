import type { GraphQLFormattedError } from "graphql";
import { unwrapResolverError } from "@apollo/server/errors";
import { GraphQLError } from "graphql";
import { databaseUnavailable, isDatabaseUnavailable } from "../ops/database-unavailable.js";
import type { RequestErrorCode } from "./errors.js";

type ErrorFormatter = (formatted: GraphQLFormattedError, error: unknown) => GraphQLFormattedError;

/** Refusals worded by Apollo Server or graphql itself with no code, or a generic one, get ours by their message. */
const uncodedRefusals: [RegExp, RequestErrorCode][] = [
  [/^provided sha does not match query$/, "PERSISTED_QUERY_HASH_MISMATCH"],
  [/^Unsupported persisted query version$/, "BAD_REQUEST"],
  [/^Syntax Error: Document contains more (?:than|that) \d+ tokens/, "TOO_MANY_TOKENS"],
];

/**
 * Errors a client caused pass through with their code; a database that is down or frozen is
 * DATABASE_UNAVAILABLE (HTTP 503); anything else is logged and reaches the
 * client as a generic INTERNAL_SERVER_ERROR, so no SQL, stack or internal detail leaks.
 */
export const formatError: ErrorFormatter = (formatted, error) => {
  const refusal = uncodedRefusals.find(([pattern]) => pattern.test(formatted.message));
  if (refusal) return { ...formatted, extensions: { ...formatted.extensions, code: refusal[1] } };
  const code = formatted.extensions?.code;
  if (isDatabaseUnavailable(unwrapResolverError(error))) return databaseUnavailable(formatted);
  if (code !== "INTERNAL_SERVER_ERROR" || unwrapResolverError(error) instanceof GraphQLError) return formatted;
  console.error(unwrapResolverError(error));
  return { message: "Internal server error", locations: formatted.locations, path: formatted.path, extensions: { code } };
};

/** `format`, with graphql's "Did you mean …?" hints cut: in production they would spell out the schema that introspection hides. */
export function withoutSuggestions(format: ErrorFormatter): ErrorFormatter {
  return (formatted, error) => {
    const result = format(formatted, error);
    return { ...result, message: result.message.replace(/ ?Did you mean [^?]*\?/g, "") };
  };
}
