import fs from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { randomBytes } from "node:crypto";
import pg from "pg";

/** A fresh, empty database for one test file: a PGlite data directory, or a new database on TEST_DATABASE_URL's server. */
export interface TestDatabase {
  settings: { databaseUrl: string | undefined; dataDir: string };
  drop(): Promise<void>;
}

export async function createTestDatabase(serverUrl = process.env.TEST_DATABASE_URL): Promise<TestDatabase> {
  const dataDir = await fs.mkdtemp(path.join(os.tmpdir(), "dossier-test-"));
  if (!serverUrl) {
    return {
      settings: { databaseUrl: undefined, dataDir },
      drop: () => fs.rm(dataDir, { recursive: true, force: true }),
    };
  }
  const name = `dossier_test_${randomBytes(6).toString("hex")}`;
  const admin = async (sql: string) => {
    const client = new pg.Client({ connectionString: serverUrl });
    await client.connect();
    try {
      await client.query(sql);
    } finally {
      await client.end();
    }
  };
  await admin(`CREATE DATABASE ${name}`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return {
    settings: { databaseUrl: url.toString(), dataDir },
    drop: async () => {
      await admin(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await fs.rm(dataDir, { recursive: true, force: true });
    },
  };
}
