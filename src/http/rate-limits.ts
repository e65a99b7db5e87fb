import type { GraphQLError } from "graphql";
import type { Redis } from "ioredis";
import { RateLimiterMemory, RateLimiterRedis, RateLimiterRes, type RateLimiterAbstract } from "rate-limiter-flexible";
import { requestError } from "../common/errors.js";
import type { RateLimits as RateLimitsConfig } from "../config.js";

/** A request is charged one point per this much cost, and at least one point. */
export const COST_PER_POINT = 1_000;

/** Whose budget pays for a request: an API key's, or the client address's when it sent none. */
export type Payer = { apiKeyId: string } | { ip: string };

/** What a request was charged, for the response's `extensions.cost`. */
export interface Charge {
  points: number;
  budget: number;
  remaining: number;
  resetInSeconds: number;
}

const seconds = (ms: number) => Math.max(1, Math.ceil(ms / 1000));

/**
 * Cost budgets that refill every window (rate-limiter-flexible): per API key, per client IP for
 * requests without a key, and a count of failed authentications per IP. In Redis when one is
 * configured, so that every instance draws on the same budgets, with an in-process stand-in
 * while Redis is unreachable; in the process otherwise.
 */
export class RateLimits {
  private readonly anonymous?: RateLimiterAbstract;
  private readonly apiKey?: RateLimiterAbstract;
  private readonly authFailures?: RateLimiterAbstract;

  constructor(private readonly config: RateLimitsConfig, redis: Redis | undefined, redisPrefix: string) {
    const limiter = (name: string, points: number): RateLimiterAbstract | undefined => {
      if (points === 0) return undefined;
      const options = { points, duration: config.windowSeconds };
      if (!redis) return new RateLimiterMemory(options);
      return new RateLimiterRedis({
        ...options,
        storeClient: redis,
        keyPrefix: `${redisPrefix}rate:${name}`,
        rejectIfRedisNotReady: true,
        insuranceLimiter: new RateLimiterMemory(options),
      });
    };
    this.anonymous = limiter("anonymous", config.anonymous);
    this.apiKey = limiter("api-key", config.apiKey);
    this.authFailures = limiter("auth-failures", config.authFailures);
  }

  /** Takes a request's cost from its payer's budget; a 429 RATE_LIMITED error when the budget cannot pay it. */
  async charge(payer: Payer, cost: number): Promise<{ charge?: Charge; error?: GraphQLError }> {
    const byKey = "apiKeyId" in payer;
    const limiter = byKey ? this.apiKey : this.anonymous;
    if (!limiter) return {};
    const points = Math.max(1, Math.ceil(cost / COST_PER_POINT));
    const budget = limiter.points;
    try {
      const result = await limiter.consume(byKey ? payer.apiKeyId : payer.ip, points);
      return { charge: { points, budget, remaining: result.remainingPoints, resetInSeconds: seconds(result.msBeforeNext) } };
    } catch (rejection) {
      if (!(rejection instanceof RateLimiterRes)) throw rejection;
      const retryAfter = seconds(rejection.msBeforeNext);
      const payerName = byKey ? "this API key" : "this IP address without an API key";
      const left = Math.max(0, budget - rejection.consumedPoints + points);
      return {
        error: requestError(
          "RATE_LIMITED",
          `Rate limit exceeded: this request costs ${points} point(s) and the budget of ${payerName} (${budget} points per ${this.config.windowSeconds} s) has ${left} left; retry in ${retryAfter} s`,
          { status: 429, headers: { "retry-after": String(retryAfter) }, extensions: { retryAfterSeconds: retryAfter } },
        ),
      };
    }
  }

  private authFailureError(retryAfterMs: number): GraphQLError {
    const retryAfter = seconds(retryAfterMs);
    return requestError(
      "TOO_MANY_AUTHENTICATION_FAILURES",
      `Too many requests from this IP address had an unknown, revoked or malformed API key (${this.config.authFailures} per ${this.config.windowSeconds} s); retry in ${retryAfter} s`,
      { status: 429, headers: { "retry-after": String(retryAfter) }, extensions: { retryAfterSeconds: retryAfter } },
    );
  }

  /** A 429 error when this address has failed authentication too often to have another key checked now. */
  async refusesAuthentication(ip: string): Promise<GraphQLError | undefined> {
    const failures = await this.authFailures?.get(ip);
    if (failures && failures.consumedPoints >= this.config.authFailures) return this.authFailureError(failures.msBeforeNext);
    return undefined;
  }

  /** Counts a failed authentication; the 429 error once this one is over the limit. */
  async authenticationFailed(ip: string): Promise<GraphQLError | undefined> {
    try {
      await this.authFailures?.consume(ip);
      return undefined;
    } catch (rejection) {
      if (!(rejection instanceof RateLimiterRes)) throw rejection;
      return this.authFailureError(rejection.msBeforeNext);
    }
  }
}
