import type { Config } from "../config.js";
import { openDatabase, type Database } from "./database.js";
import { migrate } from "./migrate.js";
import { seedIfEmpty } from "./seed.js";

/**
 * Applies pending migrations and seeds an empty database at start. On a PostgreSQL server this
 * runs on a connection of its own without the request timeouts: a migration, or waiting for
 * another instance's, may take longer than a request may.
 */
export async function migrateAndSeed(config: Config, database: Database): Promise<void> {
  const setup = config.databaseUrl ? await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir }) : database;
  try {
    await migrate(setup);
    if (config.seed) await seedIfEmpty(setup.prisma);
  } finally {
    if (setup !== database) await setup.close();
  }
}
