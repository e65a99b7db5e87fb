import { execFile } from "node:child_process";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("../..", import.meta.url));

export interface CliResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs a TypeScript entry point of the project (e.g. "src/index.ts") as its own Node process. */
export function runEntryPoint(entry: string, env: NodeJS.ProcessEnv, args: string[] = []): Promise<CliResult> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      ["--import", "@swc-node/register/esm-register", entry, ...args],
      { cwd: root, env: { ...process.env, ...env }, timeout: 60_000 },
      (error, stdout, stderr) => resolve({ code: error ? (typeof error.code === "number" ? error.code : null) : 0, stdout, stderr }),
    );
  });
}

/** The environment that points a child process at a test database. */
export function databaseEnv(settings: { databaseUrl: string | undefined; dataDir: string }): NodeJS.ProcessEnv {
  return settings.databaseUrl ? { DATABASE_URL: settings.databaseUrl } : { DATABASE_URL: "", DATA_DIR: settings.dataDir };
}
