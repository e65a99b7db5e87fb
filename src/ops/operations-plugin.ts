import type { ApolloServerPlugin } from "@apollo/server";
import type { Metrics } from "./metrics.js";
import { recordOf } from "./logger.js";
import { RETRY_AFTER_SECONDS } from "./database-unavailable.js";

/** Operation names become metric labels: past this many distinct names, the others count as "other". */
const MAX_OPERATION_NAMES = 500;

/**
 * Per GraphQL request over HTTP: the operation name and error codes for the log line, the
 * request and error metrics, and HTTP 503 with Retry-After when the database was unavailable.
 */
export function operationsPlugin<Context extends object>(metrics: Metrics): ApolloServerPlugin<Context> {
  const names = new Set<string>();
  const label = (name: string) => {
    if (names.size < MAX_OPERATION_NAMES) names.add(name);
    return names.has(name) ? name : "other";
  };
  return {
    requestDidStart: async ({ contextValue }) => {
      const started = process.hrtime.bigint();
      const record = recordOf(contextValue);
      let type = "unknown";
      return {
        didResolveOperation: async ({ request, operation }) => {
          type = operation?.operation ?? "unknown";
          record.operation = request.operationName ?? operation?.name?.value ?? "anonymous";
        },
        willSendResponse: async ({ request, response }) => {
          const operation = record.operation ?? request.operationName ?? "unparsed";
          metrics.requests.observe({ operation: label(operation), type }, Number(process.hrtime.bigint() - started) / 1e9);
          const errors = response.body.kind === "single" ? response.body.singleResult.errors : undefined;
          if (!errors?.length) return;
          const codes = errors.map((error) => String(error.extensions?.code ?? "UNKNOWN"));
          for (const code of codes) metrics.errors.inc({ code });
          record.errorCodes = [...new Set(codes)];
          if (record.errorCodes.includes("DATABASE_UNAVAILABLE")) {
            response.http.status = 503;
            response.http.headers.set("retry-after", String(RETRY_AFTER_SECONDS));
          }
        },
      };
    },
  };
}
