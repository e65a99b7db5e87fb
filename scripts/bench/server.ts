import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import pg from "pg";

export type ServerKind = "Dossier" | "PostGraphile";

/** What one server process did between `startWindow` and `endWindow`. */
export interface ServerWindow {
  /** HTTP responses the server finished or the client abandoned (counted in the server, so the divisor is what it did). */
  responses: number;
  /** Statements sent to PostgreSQL (`pg` Client#query calls, BEGIN and COMMIT included). */
  statements: number;
  /** Bytes allocated on the V8 heap: growth plus what garbage collections freed. */
  allocatedBytes: number;
  /** CPU time of the process (user + system, all threads), from /proc/<pid>/stat. */
  cpuMs: number;
  /** CPU time of the PostgreSQL backends serving the server's connections, read the same way. */
  databaseCpuMs: number;
}

export interface BenchServer {
  kind: ServerKind;
  url: string;
  startWindow(): Promise<void>;
  endWindow(): Promise<ServerWindow>;
  stop(): Promise<void>;
}

const here = path.dirname(fileURLToPath(import.meta.url));
export const postgraphileDir = path.join(here, "postgraphile");
const probe = path.join(here, "probe.mjs");
const clockTicksPerSecond = 100; // USER_HZ on Linux

/** utime + stime of a process in milliseconds; 0 once it has gone. */
function cpuMs(pid: number): number {
  let stat: string;
  try {
    stat = fs.readFileSync(`/proc/${pid}/stat`, "utf8");
  } catch {
    return 0;
  }
  const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" "); // the command name may hold spaces
  return ((Number(fields[11]) + Number(fields[12])) * 1000) / clockTicksPerSecond;
}

let serversStarted = 0;

/**
 * The CPU times of the PostgreSQL backends connected as `applicationName` (the server is on this
 * machine). A backend that ends within a window loses what it used since the window's start; the
 * pools of both servers keep their connections open while busy.
 */
async function backendCpu(monitor: pg.Client, applicationName: string): Promise<Map<number, number>> {
  const { rows } = await monitor.query<{ pid: number }>("SELECT pid FROM pg_stat_activity WHERE application_name = $1", [applicationName]);
  return new Map(rows.map(({ pid }) => [pid, cpuMs(pid)]));
}

/** The node command line of a server, with the probe preloaded. Dossier's is `npm start`'s, in `tree`. */
function command(kind: ServerKind, tree: string): { args: string[]; cwd: string } {
  return kind === "Dossier"
    ? { args: ["--import", "@swc-node/register/esm-register", "--import", probe, "src/index.ts"], cwd: tree }
    : { args: ["--import", probe, "server.js"], cwd: postgraphileDir };
}

/**
 * Starts a server on `databaseUrl` as a child node process (pool of 10, production mode, a free port)
 * and resolves once it serves. Dossier runs with its per-address cost budgets off, since every
 * connection of the bench comes from one address. Dossier runs from the source tree `tree` (a checkout
 * with its node_modules; this one by default).
 */
export async function startBenchServer(kind: ServerKind, databaseUrl: string, tree = process.cwd()): Promise<BenchServer> {
  const { args, cwd } = command(kind, tree);
  // Its own application name tells its backends from the other server's on the same database.
  const applicationName = `bench_${kind.toLowerCase()}_${process.pid}_${++serversStarted}`;
  const url = new URL(databaseUrl);
  url.searchParams.set("application_name", applicationName);
  const monitor = new pg.Client({ connectionString: databaseUrl });
  await monitor.connect();
  const child: ChildProcess = spawn(process.execPath, args, {
    cwd,
    env: {
      ...process.env, DATABASE_URL: url.toString(), DATABASE_POOL_SIZE: "10", HOST: "127.0.0.1", PORT: "0",
      SEED: "false", NODE_ENV: "production", RATE_LIMIT_ANONYMOUS: "0", RATE_LIMIT_API_KEY: "0",
    },
    stdio: ["ignore", "pipe", "pipe", "ipc"],
  });
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  const running = () => child.exitCode === null && child.signalCode === null;
  const ask = <T>(message: string) => new Promise<T>((resolve, reject) => {
    if (!running()) return reject(new Error(`${kind} is not running`));
    child.once("message", (answer) => resolve(answer as T));
    child.send(message);
  });
  let cpuAtStart = 0;
  let backendsAtStart = new Map<number, number>();
  const server = {
    kind,
    stop: async () => {
      if (running()) child.kill("SIGTERM");
      await exited;
      await monitor.end();
    },
    startWindow: async () => {
      await ask("start");
      backendsAtStart = await backendCpu(monitor, applicationName);
      cpuAtStart = cpuMs(child.pid!);
    },
    endWindow: async () => {
      // Requests the client stopped waiting for may still be running: wait until the process is idle.
      for (let last = cpuMs(child.pid!), i = 0; i < 50; i++) {
        await new Promise((resolve) => setTimeout(resolve, 100));
        const now = cpuMs(child.pid!);
        if (now - last <= 1000 / clockTicksPerSecond) break;
        last = now;
      }
      const cpu = cpuMs(child.pid!) - cpuAtStart;
      let databaseCpuMs = 0;
      for (const [pid, used] of await backendCpu(monitor, applicationName)) databaseCpuMs += used - (backendsAtStart.get(pid) ?? 0);
      const window = await ask<Omit<ServerWindow, "cpuMs" | "databaseCpuMs">>("stop");
      return { ...window, cpuMs: cpu, databaseCpuMs };
    },
  };
  const serving = new Promise<BenchServer>((resolve, reject) => {
    let output = "";
    const timeout = setTimeout(() => { child.kill("SIGTERM"); reject(new Error(`${kind} on ${databaseUrl} did not start in 120 s: ${output}`)); }, 120_000);
    const collect = (chunk: Buffer) => {
      // Keep only the tail: the server logs every request.
      output = (output + chunk.toString()).slice(-10_000);
      const match = /serving GraphQL at (\S+)/.exec(output);
      if (match) {
        clearTimeout(timeout);
        resolve({ ...server, url: match[1] });
      }
    };
    child.stdout!.on("data", collect);
    child.stderr!.on("data", collect);
    child.once("exit", (code) => { clearTimeout(timeout); reject(new Error(`${kind} on ${databaseUrl} exited with ${code}: ${output.trim()}`)); });
  });
  return serving.catch(async (error: unknown) => {
    await monitor.end();
    throw error;
  });
}

