import fs from "node:fs/promises";
import path from "node:path";
import lockfile from "proper-lockfile";

/** The directory is held by a live Dossier process. */
export class DataDirInUseError extends Error {}

function isAlive(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

async function holderPid(pidFile: string): Promise<number | undefined> {
  const text = await fs.readFile(pidFile, "utf8").catch(() => "");
  const pid = Number.parseInt(text, 10);
  return Number.isInteger(pid) && pid > 0 ? pid : undefined;
}

/**
 * Locks a data directory for this process (PGlite itself does not stop two processes opening one).
 * The holder's pid is written beside the lock: a lock whose holder is no longer alive (a `kill -9`)
 * is taken over at once, instead of waiting for proper-lockfile's stale time.
 */
export async function lockDataDir(dataDir: string): Promise<() => Promise<void>> {
  const lockfilePath = path.join(dataDir, "dossier.lock");
  const pidFile = path.join(dataDir, "dossier.pid");
  const lock = () => lockfile.lock(dataDir, { lockfilePath, onCompromised: (error) => console.error(`Data directory lock lost: ${error.message}`) });
  const attempt = async (takeOverDead: boolean): Promise<() => Promise<void>> => {
    try {
      return await lock();
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "ELOCKED") throw error;
      const pid = await holderPid(pidFile);
      if (!takeOverDead || pid === undefined || isAlive(pid)) throw new DataDirInUseError(`Data directory ${dataDir} is in use by another Dossier process`);
      await fs.rm(lockfilePath, { recursive: true, force: true });
      return attempt(false);
    }
  };
  const release = await attempt(true);
  await fs.writeFile(pidFile, String(process.pid));
  return async () => {
    await fs.rm(pidFile, { force: true });
    await release();
  };
}
