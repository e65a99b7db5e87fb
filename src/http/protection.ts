import type { IncomingMessage } from "node:http";
import cors from "cors";
import type { Redis } from "ioredis";
import type { Config } from "../config.js";
import { closeRedis, connectRedis } from "../events.js";
import { formatError, withoutSuggestions } from "../common/format-error.js";
import { RequestLimiter } from "./request-limits.js";
import { RateLimits } from "./rate-limits.js";
import { OperationAllowList, persistedQueryCache } from "./persisted-queries.js";
import { Admission } from "./admission.js";
import { clientAddress } from "./client-address.js";

/** What guards the GraphQL endpoint over both transports, built once from the configuration. */
export interface Protection {
  limiter: RequestLimiter;
  admission: Admission;
  formatError: typeof formatError;
  persistedQueries: { cache: ReturnType<typeof persistedQueryCache> };
  cors: ReturnType<typeof cors>;
  clientIp: (request: IncomingMessage) => string;
  close(): Promise<void>;
}

/**
 * Request limits, cost budgets (in Redis when configured), persisted queries (in Redis when
 * configured, or only the allow-list's), CORS from the configured origins, and the error
 * formatter (without field suggestions in production).
 */
export async function createProtection(config: Config): Promise<Protection> {
  const allowList = config.operationAllowList ? await OperationAllowList.load(config.operationAllowList) : undefined;
  const redis: Redis | undefined = config.redisUrl ? await connectRedis(config.redisUrl) : undefined;
  const limiter = new RequestLimiter(config.limits);
  return {
    limiter,
    admission: new Admission(limiter, new RateLimits(config.rateLimits, redis, config.redisPrefix), allowList),
    formatError: config.production ? withoutSuggestions(formatError) : formatError,
    persistedQueries: { cache: persistedQueryCache(allowList, redis, config.redisPrefix) },
    cors: cors({ origin: config.corsOrigins.includes("*") ? "*" : config.corsOrigins }),
    clientIp: clientAddress(config.trustProxy),
    close: async () => {
      if (redis) await closeRedis(redis);
    },
  };
}
