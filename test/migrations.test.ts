import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openDatabase, type Database } from "../src/db/database.js";
import { migrate, migrationsDir } from "../src/db/migrate.js";
import { createTestDatabase, type TestDatabase } from "./helpers/database.js";
import { databaseEnv, runEntryPoint } from "./helpers/cli.js";
import { useMigratedDatabase } from "./helpers/ingest.js";

const migrationNames = fs
  .readdirSync(migrationsDir, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name)
  .sort();

describe("npm run db:migrate", () => {
  let testDatabase: TestDatabase;
  let database: Database | undefined;

  beforeAll(async () => {
    testDatabase = await createTestDatabase({ contents: "empty" });
  });
  afterAll(async () => {
    await database?.close();
    await testDatabase?.drop();
  });

  it("applies every migration once, recorded as Prisma records them", async () => {
    const env = databaseEnv(testDatabase.settings);
    const first = await runEntryPoint("src/cli/migrate.ts", env);
    expect(first.stdout.trim()).toBe(`Applied ${migrationNames.join(", ")}`);
    const second = await runEntryPoint("src/cli/migrate.ts", env);
    expect(second.stdout.trim()).toBe("Database is up to date");

    database = await openDatabase(testDatabase.settings);
    const rows = await database.withSession((session) =>
      session.query<{ id: string; migration_name: string; checksum: string; finished_at: Date | null; rolled_back_at: Date | null; applied_steps_count: number }>(
        `SELECT id, migration_name, checksum, finished_at, rolled_back_at, applied_steps_count FROM "_prisma_migrations" ORDER BY migration_name`,
      ),
    );
    expect(rows.map((row) => row.migration_name)).toEqual(migrationNames);
    for (const row of rows) {
      const sql = fs.readFileSync(path.join(migrationsDir, row.migration_name, "migration.sql"));
      expect(row.checksum).toBe(createHash("sha256").update(sql).digest("hex"));
      expect(row.id).toMatch(/^[0-9a-f-]{36}$/);
      expect(row.finished_at).toBeInstanceOf(Date);
      expect(row.rolled_back_at).toBeNull();
      expect(row.applied_steps_count).toBe(1);
    }
    expect(await migrate(database)).toEqual([]);
  });
});

describe("the migrated schema", () => {
  const db = useMigratedDatabase();

  it("rejects a citation that supports no fact, by the hand-written CHECK constraint", async () => {
    const insert = (sql: string) => db.database.withSession((session) => session.query(sql));
    const articleId = "00000000-0000-7000-8000-000000000001";
    await insert(`INSERT INTO "Article" (id, url, title, text, "updatedAt") VALUES ('${articleId}', 'urn:test', 'Test', 'text', now())`);
    await expect(
      insert(`INSERT INTO "Citation" (id, "articleId", excerpt, "startOffset", "endOffset") VALUES (gen_random_uuid(), '${articleId}', 'text', 0, 4)`),
    ).rejects.toThrow(/Citation_exactly_one_fact/);
  });
});
