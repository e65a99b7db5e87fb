import fs from "node:fs/promises";
import path from "node:path";
import pg from "pg";
import lockfile from "proper-lockfile";
import { PGlite, type PGliteOptions } from "@electric-sql/pglite";
import { unaccent } from "@electric-sql/pglite/contrib/unaccent";
import { pg_trgm } from "@electric-sql/pglite/contrib/pg_trgm";
import { PrismaPGlite } from "pglite-prisma-adapter";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "../generated/prisma/client.js";
import { countStatements, StatementCounter } from "./statement-counter.js";

/** Raw SQL on one connection, for what Prisma's client does not do: migrations, bulk loads, counts across tables. */
export interface SqlSession {
  /** Runs a script of one or more statements (simple query protocol, no parameters). */
  exec(sql: string): Promise<void>;
  query<Row>(sql: string, params?: unknown[]): Promise<Row[]>;
}

export interface Database {
  prisma: PrismaClient;
  kind: "embedded" | "server";
  /** Every SQL statement the Prisma client sends is counted here (cheap, always on): tests read it to catch N+1 queries. */
  statements: StatementCounter;
  /** Runs `work` on one connection: a dedicated one from the pool on a server; on PGlite, its only connection, which Prisma shares. */
  withSession<T>(work: (session: SqlSession) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

/** The contrib extensions the migrations create (name search folds accents and uses trigrams); PostgreSQL ships them too. */
export const pgliteOptions: PGliteOptions = { extensions: { unaccent, pg_trgm } };

/** A start-up failure that deserves one clear line, not a stack trace. */
export class DatabaseUnavailableError extends Error {}

export async function openEmbeddedDatabase(dataDir: string): Promise<Database> {
  await fs.mkdir(dataDir, { recursive: true });
  let release: () => Promise<void>;
  try {
    // PGlite does not stop two processes from opening one directory; a lock does.
    release = await lockfile.lock(dataDir, {
      lockfilePath: path.join(dataDir, "dossier.lock"),
      onCompromised: (error) => console.error(`Data directory lock lost: ${error.message}`),
    });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ELOCKED") {
      throw new DatabaseUnavailableError(
        `Data directory ${dataDir} is in use by another Dossier process; stop it or set DATA_DIR to another directory`,
      );
    }
    throw error;
  }
  const pglite = await PGlite.create(path.join(dataDir, "postgres"), pgliteOptions);
  const statements = new StatementCounter();
  const prisma = new PrismaClient({ adapter: countStatements(new PrismaPGlite(pglite), statements) });
  const session: SqlSession = {
    exec: async (sql) => {
      await pglite.exec(sql);
    },
    query: async <Row>(sql: string, params?: unknown[]) => (await pglite.query<Row>(sql, params)).rows,
  };
  return {
    prisma,
    kind: "embedded",
    statements,
    withSession: (work) => work(session),
    close: async () => {
      await prisma.$disconnect();
      await pglite.close();
      await release();
    },
  };
}

export async function openServerDatabase(url: string): Promise<Database> {
  const pool = new pg.Pool({ connectionString: url, max: 10 });
  pool.on("error", (error) => console.error(`PostgreSQL connection error: ${error.message}`));
  try {
    await pool.query("SELECT 1");
  } catch (error) {
    await pool.end();
    const { host, port, pathname } = new URL(url);
    throw new DatabaseUnavailableError(
      `Cannot connect to PostgreSQL at ${host || "localhost"}${port ? "" : ":5432"}${pathname}: ${(error as Error).message || (error as NodeJS.ErrnoException).code}`,
    );
  }
  const statements = new StatementCounter();
  const prisma = new PrismaClient({ adapter: countStatements(new PrismaPg(pool), statements) });
  return {
    prisma,
    kind: "server",
    statements,
    withSession: async (work) => {
      const client = await pool.connect();
      try {
        return await work({
          exec: async (sql) => {
            await client.query(sql);
          },
          query: async <Row>(sql: string, params?: unknown[]) =>
            (await client.query(sql, params)).rows as Row[],
        });
      } finally {
        client.release();
      }
    },
    close: async () => {
      await prisma.$disconnect();
      await pool.end();
    },
  };
}

export function openDatabase(config: { databaseUrl?: string; dataDir: string }): Promise<Database> {
  return config.databaseUrl ? openServerDatabase(config.databaseUrl) : openEmbeddedDatabase(config.dataDir);
}
