import path from "node:path";

/** Everything Dossier reads from its environment, parsed and checked once at start. */
export interface Config {
  host: string;
  port: number;
  /** PostgreSQL server URL; when absent Dossier runs on an embedded PGlite in `dataDir`. */
  databaseUrl: string | undefined;
  dataDir: string;
  redisUrl: string | undefined;
  /** Prefix of the Redis pub/sub channels, so deployments sharing one Redis stay apart. */
  redisPrefix: string;
  production: boolean;
  introspection: boolean;
  /** Serve GraphiQL, built from Dossier's own assets, at /graphiql. */
  graphiql: boolean;
  /** Load the seed article into an empty database at start. */
  seed: boolean;
  /** Serve an Apollo Federation 2 subgraph schema (`@key` entities, `_service`, `_entities`). */
  federation: boolean;
  /** Connections to the database and how long to wait for them (see README "Operations"). */
  pool: PoolSettings;
  /** PostgreSQL read replicas: queries read from one of them; mutations read and write on `databaseUrl`. */
  replicaUrls: string[];
  /** How long a SIGTERM/SIGINT waits for in-flight requests before closing what is left. */
  shutdownGraceMs: number;
  /** pino's level for the JSON logs on stdout ("silent" turns them off). */
  logLevel: string;
  /** What one request may ask for, checked before it runs (src/http/request-limits.ts). */
  limits: RequestLimits;
  /** Cost budgets per client (src/http/rate-limits.ts); a budget of 0 turns that limit off. */
  rateLimits: RateLimits;
  /** Origins a browser may call from (CORS); `["*"]` is any. */
  corsOrigins: string[];
  /** Express's `trust proxy`: which proxies' X-Forwarded-For names the client (for per-IP limits). */
  trustProxy: boolean | number | string[];
  /** A persisted-documents JSON file (`{ "<sha256>": "<document>" }`): when set, only its operations run. */
  operationAllowList: string | undefined;
}

export interface RequestLimits {
  /** Largest request body over HTTP and message over WebSocket, in bytes. */
  bodyBytes: number;
  /** Tokens of a document (parsing stops past it). */
  tokens: number;
  /** Fields nested in fields, fragments counted as what they select. */
  depth: number;
  aliases: number;
  /** Fields at the root of an operation (`__typename` excepted). */
  rootFields: number;
  /** Selections once fragments are expanded (a fragment spread twice counts twice). */
  queryNodes: number;
  /** The cost an operation may have (see README, Request limits). */
  cost: number;
  /** Subscriptions open at once on one WebSocket connection. */
  subscriptionsPerConnection: number;
}

export interface RateLimits {
  /** Seconds after which a spent budget is whole again. */
  windowSeconds: number;
  /** Points per window for each client IP without an API key. */
  anonymous: number;
  /** Points per window for each API key. */
  apiKey: number;
  /** Failed authentications (unknown, revoked or malformed keys) per window for each client IP. */
  authFailures: number;
}

export interface PoolSettings {
  size: number;
  /** How long a request waits for a connection (a free pooled one or a new one) before DATABASE_UNAVAILABLE. */
  connectionTimeoutMs: number;
  /** How long one SQL statement may run (0: no limit); also how long the server waits for a frozen database to answer. */
  statementTimeoutMs: number;
  /** How many distinct SQL texts are prepared as named statements, each once per connection (0: none; PostgreSQL servers only). */
  preparedStatements: number;
}

export class ConfigError extends Error {}

function parsePort(value: string | undefined): number {
  if (value === undefined || value === "") return 4000;
  const port = Number(value);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new ConfigError(`PORT must be an integer between 0 and 65535, got "${value}"`);
  }
  return port;
}

function parseBoolean(name: string, value: string | undefined, fallback: boolean): boolean {
  if (value === undefined || value === "") return fallback;
  if (/^(1|true|yes|on)$/i.test(value)) return true;
  if (/^(0|false|no|off)$/i.test(value)) return false;
  throw new ConfigError(`${name} must be true or false, got "${value}"`);
}

function parseInteger(name: string, value: string | undefined, fallback: number, minimum = 1): number {
  if (value === undefined || value === "") return fallback;
  const number = Number(value);
  if (!Number.isInteger(number) || number < minimum) throw new ConfigError(`${name} must be an integer of at least ${minimum}, got "${value}"`);
  return number;
}

const logLevels = ["fatal", "error", "warn", "info", "debug", "trace", "silent"];

function parseUrl(name: string, value: string | undefined, protocols: string[]): string | undefined {
  if (value === undefined || value === "") return undefined;
  let protocol: string;
  try {
    protocol = new URL(value).protocol;
  } catch {
    throw new ConfigError(`${name} is not a valid URL`);
  }
  if (!protocols.includes(protocol)) {
    throw new ConfigError(`${name} must start with ${protocols.map((p) => `${p}//`).join(" or ")}`);
  }
  return value;
}

function parseLogLevel(value: string | undefined): string {
  if (value === undefined || value === "") return "info";
  if (!logLevels.includes(value)) throw new ConfigError(`LOG_LEVEL must be one of ${logLevels.join(", ")}, got "${value}"`);
  return value;
}

function parseList(value: string | undefined, fallback: string[]): string[] {
  if (value === undefined || value === "") return fallback;
  return value.split(",").map((item) => item.trim()).filter(Boolean);
}

function parseTrustProxy(value: string | undefined): boolean | number | string[] {
  if (value === undefined || value === "" || /^(0|false|no|off)$/i.test(value)) return false;
  if (/^(true|yes|on)$/i.test(value)) return true;
  if (/^\d+$/.test(value)) return Number(value);
  return parseList(value, []);
}

function loadLimits(env: NodeJS.ProcessEnv): RequestLimits {
  return {
    bodyBytes: parseInteger("MAX_REQUEST_BYTES", env.MAX_REQUEST_BYTES, 1_048_576),
    tokens: parseInteger("MAX_TOKENS", env.MAX_TOKENS, 10_000),
    depth: parseInteger("MAX_QUERY_DEPTH", env.MAX_QUERY_DEPTH, 20),
    aliases: parseInteger("MAX_ALIASES", env.MAX_ALIASES, 30, 0),
    rootFields: parseInteger("MAX_ROOT_FIELDS", env.MAX_ROOT_FIELDS, 20),
    queryNodes: parseInteger("MAX_QUERY_NODES", env.MAX_QUERY_NODES, 2_000),
    cost: parseInteger("MAX_QUERY_COST", env.MAX_QUERY_COST, 200_000),
    subscriptionsPerConnection: parseInteger("MAX_SUBSCRIPTIONS_PER_CONNECTION", env.MAX_SUBSCRIPTIONS_PER_CONNECTION, 50),
  };
}

function loadRateLimits(env: NodeJS.ProcessEnv): RateLimits {
  return {
    windowSeconds: parseInteger("RATE_LIMIT_WINDOW", env.RATE_LIMIT_WINDOW, 60),
    anonymous: parseInteger("RATE_LIMIT_ANONYMOUS", env.RATE_LIMIT_ANONYMOUS, 1_000, 0),
    apiKey: parseInteger("RATE_LIMIT_API_KEY", env.RATE_LIMIT_API_KEY, 10_000, 0),
    authFailures: parseInteger("RATE_LIMIT_AUTH_FAILURES", env.RATE_LIMIT_AUTH_FAILURES, 10, 0),
  };
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const production = env.NODE_ENV === "production";
  return {
    host: env.HOST || "localhost",
    port: parsePort(env.PORT),
    databaseUrl: parseUrl("DATABASE_URL", env.DATABASE_URL, ["postgres:", "postgresql:"]),
    dataDir: path.resolve(env.DATA_DIR || "data"),
    redisUrl: parseUrl("REDIS_URL", env.REDIS_URL, ["redis:", "rediss:"]),
    redisPrefix: env.REDIS_PREFIX ?? "dossier:",
    production,
    introspection: parseBoolean("INTROSPECTION", env.INTROSPECTION, !production),
    graphiql: parseBoolean("GRAPHIQL", env.GRAPHIQL, !production),
    seed: parseBoolean("SEED", env.SEED, true),
    federation: parseBoolean("FEDERATION", env.FEDERATION, false),
    pool: {
      size: parseInteger("DATABASE_POOL_SIZE", env.DATABASE_POOL_SIZE, 10, 1),
      connectionTimeoutMs: parseInteger("DATABASE_CONNECTION_TIMEOUT_MS", env.DATABASE_CONNECTION_TIMEOUT_MS, 5_000, 1),
      statementTimeoutMs: parseInteger("DATABASE_STATEMENT_TIMEOUT_MS", env.DATABASE_STATEMENT_TIMEOUT_MS, 10_000, 0),
      preparedStatements: parseInteger("DATABASE_PREPARED_STATEMENTS", env.DATABASE_PREPARED_STATEMENTS, 200, 0),
    },
    replicaUrls: parseList(env.DATABASE_REPLICA_URLS, [])
      .map((url, index) => parseUrl(`DATABASE_REPLICA_URLS (URL ${index + 1})`, url, ["postgres:", "postgresql:"])!),
    shutdownGraceMs: parseInteger("SHUTDOWN_GRACE_MS", env.SHUTDOWN_GRACE_MS, 10_000, 0),
    logLevel: parseLogLevel(env.LOG_LEVEL),
    limits: loadLimits(env),
    rateLimits: loadRateLimits(env),
    corsOrigins: parseList(env.CORS_ORIGINS, production ? [] : ["*"]),
    trustProxy: parseTrustProxy(env.TRUST_PROXY),
    operationAllowList: env.OPERATION_ALLOW_LIST || undefined,
  };
}
