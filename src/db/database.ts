import pg from "pg";
import type { PGliteOptions } from "@electric-sql/pglite";
import { unaccent } from "@electric-sql/pglite/contrib/unaccent";
import { pg_trgm } from "@electric-sql/pglite/contrib/pg_trgm";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "../generated/prisma/client.js";
import type { PoolSettings } from "../config.js";
import { countStatements, StatementCounter } from "./statement-counter.js";
import { isStalePlan, StatementNames } from "./statement-names.js";

/** Raw SQL on one connection, for what Prisma's client does not do: migrations, bulk loads, counts across tables. */
export interface SqlSession {
  /** Runs a script of one or more statements (simple query protocol, no parameters). */
  exec(sql: string): Promise<void>;
  query<Row>(sql: string, params?: unknown[]): Promise<Row[]>;
}

export interface PoolStats {
  /** Open connections, idle or in use. */
  total: number;
  idle: number;
  /** Requests waiting for a connection. */
  waiting: number;
}

/** One SQL statement: its text (placeholders $1, $2, …) and the values of its placeholders. */
export interface Statement {
  text: string;
  values: readonly unknown[];
}

/** Runs one read statement; its rows as node-postgres parses them (json columns parsed, int columns numbers). */
export type ReadStatement = <Row>(statement: Statement) => Promise<Row[]>;

/** One pool's ways to read: Prisma's client, and `read` for the statements the read compiler (src/read) builds. */
export interface Reader {
  prisma: PrismaClient;
  /** Runs on the pool through node-postgres itself, counted and named as the Prisma client's statements are. */
  read: ReadStatement;
}

export interface Database extends Reader {
  kind: "embedded" | "server";
  /** Every SQL statement sent is counted here (cheap, always on): tests read it to catch N+1 queries. */
  statements: StatementCounter;
  /** Where reads outside a write go: one of the read replicas, or the primary when there are none. */
  reader(): Reader;
  /** Runs `work` on one connection of the pool (on PGlite, every connection shares its one session). */
  withSession<T>(work: (session: SqlSession) => Promise<T>): Promise<T>;
  /** The primary's connection pool, for /metrics. */
  poolStats(): PoolStats;
  /** Resolves when the primary and every replica answer; rejects with the first failure. */
  ping(): Promise<void>;
  close(): Promise<void>;
}

export interface DatabaseSettings {
  /** PostgreSQL server URL; when absent, the embedded PGlite in `dataDir`. */
  databaseUrl?: string;
  dataDir: string;
  /** Unset: 10 connections, no timeouts (what command-line tools want). */
  pool?: PoolSettings;
  replicaUrls?: string[];
  /** Command-line tools: when a running server holds `dataDir`, use its database through its socket. */
  attach?: boolean;
}

/** The contrib extensions the migrations create (name search folds accents and uses trigrams); PostgreSQL ships them too. */
export const pgliteOptions: PGliteOptions = { extensions: { unaccent, pg_trgm } };

/** A start-up failure that deserves one clear line, not a stack trace. */
export class DatabaseUnavailableError extends Error {}

const toolPool: PoolSettings = { size: 10, connectionTimeoutMs: 0, statementTimeoutMs: 0, preparedStatements: 0 };

/** node-postgres pool options for these settings; `statementTimeoutMs` is enforced by the server and, for a frozen server, by the client. */
export function poolOptions(settings: PoolSettings = toolPool, server = true): pg.PoolConfig {
  const timeout = settings.statementTimeoutMs;
  return {
    max: settings.size,
    connectionTimeoutMillis: settings.connectionTimeoutMs,
    keepAlive: true,
    ...(server && timeout ? { statement_timeout: timeout, query_timeout: timeout + 1_000 } : {}),
  };
}

function clientOf(pool: pg.Pool, statements: StatementCounter, settings: PoolSettings | undefined, names: StatementNames | undefined): PrismaClient {
  // A write waits for a connection as long as a read does (Prisma's own default is 2 s).
  const maxWait = settings?.connectionTimeoutMs || undefined;
  // A generator answering undefined sends that statement unnamed, as the adapter does without one.
  const adapter = new PrismaPg(pool, names && { statementNameGenerator: (query) => names.nameOf(query.sql) as string });
  const retryStalePlan = (error: unknown) => {
    if (!names || !isStalePlan(error)) return false;
    names.retire();
    return true;
  };
  return new PrismaClient({ adapter: countStatements(adapter, statements, retryStalePlan), transactionOptions: { maxWait } });
}

/**
 * `read` on `pool`, keeping what the Prisma route did for a statement: counted, named by `names`
 * (a stale plan after a schema change retried once, unnamed), Dates sent as ISO text in UTC
 * (node-postgres would write them in the process's local time zone, and the columns are
 * `timestamp` without one).
 */
function readerOf(pool: pg.Pool, statements: StatementCounter, names: StatementNames | undefined): ReadStatement {
  return async <Row>({ text, values }: Statement) => {
    const params = values.map((value) => (value instanceof Date ? value.toISOString() : value));
    for (let retried = false; ; retried = true) {
      statements.count += 1;
      try {
        return (await pool.query<Row & pg.QueryResultRow>({ name: names?.nameOf(text), text, values: params })).rows;
      } catch (error) {
        if (retried || !names || !isStalePlan(error)) throw error;
        names.retire();
      }
    }
  };
}

/** A PostgreSQL pool that reports a lost connection in one line instead of crashing the process. */
export function createPool(config: pg.PoolConfig, name: string): pg.Pool {
  const pool = new pg.Pool(config);
  pool.on("error", (error) => console.error(`${name} connection error: ${error.message}`));
  return pool;
}

/** A Database over connection pools: the primary's, and the replicas' for `reader()`. */
export function poolDatabase(
  kind: Database["kind"],
  pool: pg.Pool,
  settings: { pool?: PoolSettings; replicas?: pg.Pool[]; onClose?: () => Promise<void> },
): Database {
  const statements = new StatementCounter();
  // Not on PGlite: pglite-socket runs every connection in its one session, where a name prepared by one connection is taken for the others.
  const names = kind === "server" && settings.pool?.preparedStatements ? new StatementNames(settings.pool.preparedStatements) : undefined;
  const readerOn = (each: pg.Pool): Reader & { pool: pg.Pool } => ({
    pool: each,
    prisma: clientOf(each, statements, settings.pool, names),
    read: readerOf(each, statements, names),
  });
  const primary = readerOn(pool);
  const replicas = (settings.replicas ?? []).map(readerOn);
  const everyPool = [pool, ...replicas.map((replica) => replica.pool)];
  const { prisma } = primary;
  return {
    prisma,
    read: primary.read,
    kind,
    statements,
    reader: () => (replicas.length ? replicas[Math.floor(Math.random() * replicas.length)] : primary),
    withSession: async (work) => {
      const client = await pool.connect();
      try {
        return await work({
          exec: async (sql) => {
            await client.query(sql);
          },
          query: async <Row>(sql: string, params?: unknown[]) => (await client.query(sql, params)).rows as Row[],
        });
      } finally {
        client.release();
      }
    },
    poolStats: () => ({ total: pool.totalCount, idle: pool.idleCount, waiting: pool.waitingCount }),
    ping: async () => {
      await Promise.all(everyPool.map((each) => each.query("SELECT 1")));
    },
    close: async () => {
      await Promise.all([prisma, ...replicas.map((replica) => replica.prisma)].map((client) => client.$disconnect()));
      await Promise.all(everyPool.map((each) => each.end()));
      await settings.onClose?.();
    },
  };
}

async function connectPool(url: string, config: pg.PoolConfig, name: string): Promise<pg.Pool> {
  const pool = createPool({ connectionString: url, ...config }, name);
  try {
    await pool.query("SELECT 1");
    return pool;
  } catch (error) {
    await pool.end();
    const { host, port, pathname } = new URL(url);
    throw new DatabaseUnavailableError(
      `Cannot connect to ${name} at ${host || "localhost"}${port ? "" : ":5432"}${pathname}: ${(error as Error).message || (error as NodeJS.ErrnoException).code}`,
    );
  }
}

export async function openServerDatabase(url: string, settings: Omit<DatabaseSettings, "databaseUrl" | "dataDir"> = {}): Promise<Database> {
  const config = poolOptions(settings.pool);
  const pool = await connectPool(url, config, "PostgreSQL");
  const replicas: pg.Pool[] = [];
  try {
    for (const replicaUrl of settings.replicaUrls ?? []) replicas.push(await connectPool(replicaUrl, config, "PostgreSQL replica"));
  } catch (error) {
    await Promise.all([pool, ...replicas].map((each) => each.end()));
    throw error;
  }
  return poolDatabase("server", pool, { pool: settings.pool, replicas });
}

export async function openDatabase(settings: DatabaseSettings): Promise<Database> {
  if (settings.databaseUrl) return openServerDatabase(settings.databaseUrl, settings);
  // A dynamic import, since embedded.ts builds on this module.
  const { openEmbeddedDatabase } = await import("./embedded.js");
  return openEmbeddedDatabase(settings);
}
