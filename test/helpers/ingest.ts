import fs from "node:fs";
import { spawn, type ChildProcess } from "node:child_process";
import { afterAll, beforeAll } from "vitest";
import { openDatabase, type Database } from "../../src/db/database.js";
import { migrate } from "../../src/db/migrate.js";
import { exportDocuments } from "../../src/ingest/export.js";
import type { ArticleDocument } from "../../src/ingest/document.js";
import { createTestDatabase, type TestDatabase } from "./database.js";

const root = new URL("../../", import.meta.url);

/** A fresh copy of the seed article document. */
export function seedDocument(): ArticleDocument {
  return JSON.parse(fs.readFileSync(new URL("prisma/seed/coalition-of-the-willing-2025-09-04.json", root), "utf8"));
}

/** A fresh, migrated, empty database opened in this process for the calling test file. */
export function useMigratedDatabase(): { database: Database } {
  const handle = {} as { database: Database };
  let testDatabase: TestDatabase;
  beforeAll(async () => {
    testDatabase = await createTestDatabase({ contents: "migrated" });
    handle.database = await openDatabase(testDatabase.settings);
    await migrate(handle.database);
  });
  afterAll(async () => {
    await handle.database?.close();
    await testDatabase?.drop();
  });
  return handle;
}

/** The whole graph as `npm run export` writes it. */
export async function exportText(database: Database): Promise<string> {
  let text = "";
  for await (const document of exportDocuments(database.prisma)) text += `${JSON.stringify(document)}\n`;
  return text;
}

export interface CliRun {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

/** Starts a CLI of src/cli as its own process on the given database. */
export function startCli(name: string, args: string[], settings: TestDatabase["settings"]): { child: ChildProcess; done: Promise<CliRun> } {
  const env = { ...process.env, DATABASE_URL: settings.databaseUrl ?? "", DATA_DIR: settings.dataDir };
  const child = spawn(process.execPath, ["--import", "@swc-node/register/esm-register", `src/cli/${name}.ts`, ...args], {
    cwd: root, env, stdio: ["ignore", "pipe", "pipe"],
  });
  const run = { stdout: "", stderr: "" };
  child.stdout!.on("data", (chunk) => (run.stdout += chunk));
  child.stderr!.on("data", (chunk) => (run.stderr += chunk));
  const done = new Promise<CliRun>((resolve) => child.on("close", (code, signal) => resolve({ ...run, code, signal })));
  return { child, done };
}

export const runCli = (name: string, args: string[], settings: TestDatabase["settings"]) => startCli(name, args, settings).done;
