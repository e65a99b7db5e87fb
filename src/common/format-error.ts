import type { GraphQLFormattedError } from "graphql";
import { unwrapResolverError } from "@apollo/server/errors";
import { GraphQLError } from "graphql";
import { databaseUnavailable, isDatabaseUnavailable } from "../ops/database-unavailable.js";

/**
 * Errors a client caused pass through with their code; a database that is down or frozen is
 * DATABASE_UNAVAILABLE (HTTP 503); anything else is logged and reaches the
 * client as a generic INTERNAL_SERVER_ERROR, so no SQL, stack or internal detail leaks.
 */
export function formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const code = formatted.extensions?.code;
  if (isDatabaseUnavailable(unwrapResolverError(error))) return databaseUnavailable(formatted);
  if (code !== "INTERNAL_SERVER_ERROR" || unwrapResolverError(error) instanceof GraphQLError) return formatted;
  console.error(unwrapResolverError(error));
  return { message: "Internal server error", locations: formatted.locations, path: formatted.path, extensions: { code } };
}
