import { createHash, randomUUID } from "node:crypto";
import fs from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { Database, SqlSession } from "./database.js";

export const migrationsDir = fileURLToPath(new URL("../../prisma/migrations/", import.meta.url));

// Any constant shared by all Dossier instances: serialises concurrent starts on one server.
const MIGRATION_LOCK_KEY = 72_700_001;

const CREATE_MIGRATIONS_TABLE = `
CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
  "id" VARCHAR(36) PRIMARY KEY NOT NULL,
  "checksum" VARCHAR(64) NOT NULL,
  "finished_at" TIMESTAMPTZ,
  "migration_name" VARCHAR(255) NOT NULL,
  "logs" TEXT,
  "rolled_back_at" TIMESTAMPTZ,
  "started_at" TIMESTAMPTZ NOT NULL DEFAULT now(),
  "applied_steps_count" INTEGER NOT NULL DEFAULT 0
)`;

interface AppliedMigration {
  migration_name: string;
  checksum: string;
}

export class MigrationError extends Error {}

async function readMigrations(): Promise<{ name: string; sql: string; checksum: string }[]> {
  const entries = await fs.readdir(migrationsDir, { withFileTypes: true });
  const names = entries.filter((entry) => entry.isDirectory()).map((entry) => entry.name).sort();
  return Promise.all(
    names.map(async (name) => {
      const sql = await fs.readFile(path.join(migrationsDir, name, "migration.sql"), "utf8");
      return { name, sql, checksum: createHash("sha256").update(sql).digest("hex") };
    }),
  );
}

async function applyPending(session: SqlSession): Promise<string[]> {
  await session.exec(CREATE_MIGRATIONS_TABLE);
  const applied = await session.query<AppliedMigration>(
    `SELECT migration_name, checksum FROM "_prisma_migrations" WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL`,
  );
  const appliedByName = new Map(applied.map((row) => [row.migration_name, row.checksum]));
  const newlyApplied: string[] = [];
  for (const migration of await readMigrations()) {
    const checksum = appliedByName.get(migration.name);
    if (checksum !== undefined) {
      if (checksum !== migration.checksum) {
        throw new MigrationError(`Migration ${migration.name} was changed after it was applied`);
      }
      continue;
    }
    // Each migration and its record commit together, so a failed one leaves no trace to clean up.
    await session.exec("BEGIN");
    try {
      const startedAt = new Date();
      await session.exec(migration.sql);
      await session.query(
        `INSERT INTO "_prisma_migrations" (id, checksum, started_at, finished_at, migration_name, applied_steps_count)
         VALUES ($1, $2, $3, now(), $4, 1)`,
        [randomUUID(), migration.checksum, startedAt, migration.name],
      );
      await session.exec("COMMIT");
    } catch (error) {
      await session.exec("ROLLBACK");
      throw new MigrationError(`Migration ${migration.name} failed: ${(error as Error).message}`);
    }
    newlyApplied.push(migration.name);
  }
  return newlyApplied;
}

/**
 * Applies the migrations in prisma/migrations that the database has not seen, recording them in
 * Prisma's own `_prisma_migrations` table so that `prisma migrate deploy` agrees with it.
 */
export function migrate(database: Database): Promise<string[]> {
  return database.withSession(async (session) => {
    await session.query("SELECT pg_advisory_lock($1)", [MIGRATION_LOCK_KEY]);
    try {
      return await applyPending(session);
    } finally {
      await session.query("SELECT pg_advisory_unlock($1)", [MIGRATION_LOCK_KEY]);
    }
  });
}

let known: Promise<string[]> | undefined;

/** The migrations of prisma/migrations the database has not applied (for /readyz). */
export async function pendingMigrations(database: Database): Promise<string[]> {
  known ??= readMigrations().then((migrations) => migrations.map((migration) => migration.name));
  const applied = await database.withSession((session) =>
    session.query<AppliedMigration>(`SELECT migration_name FROM "_prisma_migrations" WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL`),
  );
  const names = new Set(applied.map((row) => row.migration_name));
  return (await known).filter((name) => !names.has(name));
}
