import fs from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { createHash } from "node:crypto";
import { PGlite } from "@electric-sql/pglite";
import { PGLiteSocketServer } from "@electric-sql/pglite-socket";
import { DataDirInUseError, lockDataDir } from "./data-dir-lock.js";
import { keepSequencesTogether } from "./pglite-sequences.js";
import { createPool, DatabaseUnavailableError, pgliteOptions, poolDatabase, poolOptions, type Database, type DatabaseSettings } from "./database.js";

/** Connections the socket accepts beyond the server's pool: room for command-line tools. */
const TOOL_CONNECTIONS = 16;
/** How long a tool waits for a starting server's socket. */
const ATTACH_WAIT_MS = 60_000;

/**
 * Where the PGlite of `dataDir` is served: a PostgreSQL Unix socket in the data directory, or in
 * the temporary directory when that path would pass the ~104 bytes a socket path may have.
 */
export function socketDirectory(dataDir: string): string {
  if (path.join(dataDir, ".s.PGSQL.5432").length <= 100) return dataDir;
  return path.join(os.tmpdir(), `dossier-${createHash("sha256").update(dataDir).digest("hex").slice(0, 16)}`);
}

/**
 * The embedded database. The process that holds the data directory serves its PGlite on a local
 * socket (pglite-socket, which keeps each connection's transaction apart) and uses it through
 * node-postgres like a server; command-line tools started while it runs (`attach`) connect to
 * that socket instead of opening the directory a second time.
 */
export async function openEmbeddedDatabase(settings: DatabaseSettings): Promise<Database> {
  const { dataDir } = settings;
  await fs.mkdir(dataDir, { recursive: true });
  const socketDir = socketDirectory(dataDir);
  const connect = (size: number) =>
    createPool({ host: socketDir, user: "postgres", database: "postgres", ...poolOptions(settings.pool && { ...settings.pool, size }, false) }, "PGlite");
  let release: () => Promise<void>;
  try {
    release = await lockDataDir(dataDir);
  } catch (error) {
    if (!(error instanceof DataDirInUseError)) throw error;
    if (!settings.attach) throw new DatabaseUnavailableError(`${error.message}; stop it or set DATA_DIR to another directory`);
    const pool = connect(settings.pool?.size ?? 2);
    // The holder may still be starting: its socket opens once PGlite has loaded.
    for (const deadline = Date.now() + ATTACH_WAIT_MS; ; ) {
      try {
        await pool.query("SELECT 1");
        return poolDatabase("embedded", pool, { pool: settings.pool });
      } catch (cause) {
        if (Date.now() > deadline) {
          await pool.end();
          throw new DatabaseUnavailableError(`${error.message}, but its socket in ${socketDir} does not answer: ${(cause as Error).message}`);
        }
        await new Promise((resolve) => setTimeout(resolve, 250));
      }
    }
  }
  try {
    const pglite = await PGlite.create(path.join(dataDir, "postgres"), pgliteOptions);
    await fs.mkdir(socketDir, { recursive: true });
    const socketPath = path.join(socketDir, ".s.PGSQL.5432");
    // Holding the lock, any socket file left here is a crashed process's.
    await fs.rm(socketPath, { force: true });
    const size = settings.pool?.size ?? 10;
    const socketServer = new PGLiteSocketServer({ db: pglite, path: socketPath, maxConnections: size + TOOL_CONNECTIONS });
    keepSequencesTogether(socketServer);
    await socketServer.start();
    return poolDatabase("embedded", connect(size), {
      pool: settings.pool,
      onClose: async () => {
        await socketServer.stop();
        await pglite.close();
        await release();
      },
    });
  } catch (error) {
    await release();
    throw error;
  }
}
