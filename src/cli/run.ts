import "reflect-metadata";
import { ConfigError, loadConfig, type Config } from "../config.js";
import { DatabaseUnavailableError, openDatabase, type Database } from "../db/database.js";
import { MigrationError } from "../db/migrate.js";
import { IngestError } from "../ingest/errors.js";
import { GenerateError } from "../generate/database-state.js";
import { RedisUnavailableError } from "../events.js";
import { ListenError } from "../http/listen.js";

const expectedErrors = [ConfigError, DatabaseUnavailableError, MigrationError, IngestError, GenerateError, RedisUnavailableError, ListenError];

/** Reports an expected failure as one line; anything else with its stack, since it is a bug. */
export function reportFatal(prefix: string, error: unknown): never {
  if (expectedErrors.some((type) => error instanceof type)) console.error(`${prefix}: ${(error as Error).message}`);
  else console.error(`${prefix}:`, error);
  process.exit(1);
}

/**
 * Runs a command-line task against the configured database, closing it afterwards. Tools wait for
 * the database as long as it takes (no pool timeouts), and use a running server's embedded database
 * through its socket.
 */
export async function runWithDatabase(name: string, task: (database: Database, config: Config) => Promise<void>): Promise<void> {
  try {
    const config = loadConfig();
    const database = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir, attach: true });
    try {
      await task(database, config);
    } finally {
      await database.close();
    }
  } catch (error) {
    reportFatal(`${name} failed`, error);
  }
}
