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
  };
}
