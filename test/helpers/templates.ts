import fs from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { randomBytes } from "node:crypto";
import type { TestProject } from "vitest/node";
import { openDatabase } from "../../src/db/database.js";
import { migrate } from "../../src/db/migrate.js";
import { seed } from "../../src/db/seed.js";
import { adminQuery, databaseUrl } from "./postgres.js";

export type DatabaseContents = "empty" | "migrated" | "seeded";

/** Where each template is: a PGlite data directory, or a database name on TEST_DATABASE_URL's server. */
type Templates = Record<Exclude<DatabaseContents, "empty">, string>;

declare module "vitest" {
  export interface ProvidedContext {
    databaseTemplates: Templates;
  }
}

async function fill(settings: { databaseUrl: string | undefined; dataDir: string }, withSeed: boolean): Promise<void> {
  const database = await openDatabase(settings);
  try {
    await migrate(database);
    if (withSeed) await seed(database.prisma);
  } finally {
    await database.close();
  }
}

/**
 * vitest's globalSetup: migrates one database and seeds a copy of it, once per run; each test
 * file then starts from a copy (`CREATE DATABASE … TEMPLATE`, or a copied PGlite directory) instead
 * of migrating and seeding its own. Returns the teardown that removes the templates.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const serverUrl = process.env.TEST_DATABASE_URL;
  if (serverUrl) {
    const prefix = `dossier_template_${randomBytes(6).toString("hex")}`;
    const templates: Templates = { migrated: `${prefix}_migrated`, seeded: `${prefix}_seeded` };
    const drop = async () => {
      for (const name of Object.values(templates)) await adminQuery(serverUrl, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    };
    try {
      await adminQuery(serverUrl, `CREATE DATABASE ${templates.migrated}`);
      await fill({ databaseUrl: databaseUrl(serverUrl, templates.migrated), dataDir: "" }, false);
      await adminQuery(serverUrl, `CREATE DATABASE ${templates.seeded} TEMPLATE ${templates.migrated}`);
      await fill({ databaseUrl: databaseUrl(serverUrl, templates.seeded), dataDir: "" }, true);
    } catch (error) {
      await drop();
      throw error;
    }
    project.provide("databaseTemplates", templates);
    return drop;
  }
  const root = await fs.mkdtemp(path.join(os.tmpdir(), "dossier-templates-"));
  const templates: Templates = { migrated: path.join(root, "migrated"), seeded: path.join(root, "seeded") };
  const drop = () => fs.rm(root, { recursive: true, force: true });
  try {
    await fill({ databaseUrl: undefined, dataDir: templates.migrated }, false);
    await fs.cp(templates.migrated, templates.seeded, { recursive: true });
    await fill({ databaseUrl: undefined, dataDir: templates.seeded }, true);
  } catch (error) {
    await drop();
    throw error;
  }
  project.provide("databaseTemplates", templates);
  return drop;
}
