import fs from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { randomBytes } from "node:crypto";
import { inject } from "vitest";
import type { DatabaseContents } from "./templates.js";
import { adminQuery, databaseUrl } from "./postgres.js";

/** A fresh database for one test file: a PGlite data directory, or a new database on TEST_DATABASE_URL's server. */
export interface TestDatabase {
  settings: { databaseUrl: string | undefined; dataDir: string };
  drop(): Promise<void>;
}

export interface TestDatabaseOptions {
  /**
   * What the database holds at first: nothing, the migrated schema, or the schema and the seed
   * article (default). The last two are copies of templates built once per run (test/helpers/templates.ts).
   */
  contents?: DatabaseContents;
  /** The PostgreSQL server to create it on; PGlite when absent. A template exists only on TEST_DATABASE_URL's server. */
  serverUrl?: string;
}

export async function createTestDatabase({ contents = "seeded", serverUrl = process.env.TEST_DATABASE_URL }: TestDatabaseOptions = {}): Promise<TestDatabase> {
  const dataDir = await fs.mkdtemp(path.join(os.tmpdir(), "dossier-test-"));
  const template = contents === "empty" ? undefined : inject("databaseTemplates")[contents];
  if (!serverUrl) {
    if (template) await fs.cp(template, dataDir, { recursive: true });
    return {
      settings: { databaseUrl: undefined, dataDir },
      drop: () => fs.rm(dataDir, { recursive: true, force: true }),
    };
  }
  if (template && serverUrl !== process.env.TEST_DATABASE_URL) {
    throw new Error(`The ${contents} template exists only on TEST_DATABASE_URL's server; ask for an empty database on ${serverUrl}`);
  }
  const name = `dossier_test_${randomBytes(6).toString("hex")}`;
  await adminQuery(serverUrl, template ? `CREATE DATABASE ${name} TEMPLATE ${template}` : `CREATE DATABASE ${name}`);
  return {
    settings: { databaseUrl: databaseUrl(serverUrl, name), dataDir },
    drop: async () => {
      await adminQuery(serverUrl, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await fs.rm(dataDir, { recursive: true, force: true });
    },
  };
}
