import { GraphQLError, type GraphQLFormattedError } from "graphql";
import pg from "pg";

/** Seconds a client is told to wait before retrying when the database is unavailable. */
export const RETRY_AFTER_SECONDS = 5;

// Prisma: cannot reach / timed out / connection closed / pool timeout / transaction could not start in time.
const prismaCodes = new Set(["P1001", "P1002", "P1008", "P1017", "P2024", "P2028"]);
const adapterKinds = new Set(["DatabaseNotReachable", "ConnectionClosed", "SocketTimeout", "TooManyConnections"]);
// PostgreSQL: connection exceptions (08…), shutting down or starting (57P01–57P03), statement timeout (57014), too many connections.
const postgresCodes = /^(08...|57P0[1-3]|57014|53300)$/;
const nodeCodes = new Set(["ECONNREFUSED", "ECONNRESET", "ETIMEDOUT", "EHOSTUNREACH", "ENETUNREACH", "ENOTFOUND", "EPIPE", "EAI_AGAIN"]);
// node-postgres throws plain errors for these.
const driverMessages = /timeout exceeded when trying to connect|Query read timeout|Connection terminated|connection error|Client was closed|Cannot use a pool after calling end/i;

interface ErrorLike {
  code?: unknown;
  kind?: unknown;
  message?: unknown;
  cause?: unknown;
  originalError?: unknown;
  meta?: { driverAdapterError?: { cause?: unknown } };
}

/** Whether an error means the database is down, frozen or out of connections, rather than a bug or a bad request. */
export function isDatabaseUnavailable(error: unknown, depth = 0): boolean {
  if (!error || typeof error !== "object" || depth > 5) return false;
  const { code, kind, message, cause, originalError, meta } = error as ErrorLike;
  // A PostgreSQL error as the driver adapter wraps it (kind "postgres") or as node-postgres throws it (Database.read).
  const fromPostgres = kind === "postgres" || error instanceof pg.DatabaseError;
  if (typeof code === "string" && (prismaCodes.has(code) || nodeCodes.has(code) || (fromPostgres && postgresCodes.test(code)))) return true;
  if (typeof kind === "string" && adapterKinds.has(kind)) return true;
  if (typeof message === "string" && driverMessages.test(message) && !(error instanceof GraphQLError)) return true;
  return [cause, originalError, meta?.driverAdapterError?.cause].some((inner) => isDatabaseUnavailable(inner, depth + 1));
}

/** What a client sees instead: HTTP 503 with Retry-After (set by the operations plugin) and this code. */
export function databaseUnavailable(formatted: GraphQLFormattedError): GraphQLFormattedError {
  return {
    message: `The database is unavailable or did not answer in time; try again in ${RETRY_AFTER_SECONDS} seconds`,
    locations: formatted.locations,
    path: formatted.path,
    extensions: { code: "DATABASE_UNAVAILABLE", retryAfterSeconds: RETRY_AFTER_SECONDS },
  };
}
