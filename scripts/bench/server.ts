import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

export type ServerKind = "Dossier" | "PostGraphile";

/** What one server process did between `startWindow` and `endWindow`. */
export interface ServerWindow {
  /** HTTP responses the server finished (counted in the server, so requests the client gave up on count too). */
  responses: number;
  /** Statements sent to PostgreSQL (`pg` Client#query calls, BEGIN and COMMIT included). */
  statements: number;
  /** Bytes allocated on the V8 heap: growth plus what garbage collections freed. */
  allocatedBytes: number;
  /** CPU time of the process (user + system, all threads), from /proc/<pid>/stat. */
  cpuMs: number;
  /** Main-thread time spent collecting garbage. */
  gcMs: number;
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

/** utime + stime of a process in milliseconds. */
function cpuMs(pid: number): number {
  const stat = fs.readFileSync(`/proc/${pid}/stat`, "utf8");
  const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" "); // the command name may hold spaces
  return ((Number(fields[11]) + Number(fields[12])) * 1000) / clockTicksPerSecond;
}

/** The node command line of a server, with the probe preloaded. Dossier's is `npm start`'s. */
function command(kind: ServerKind): { args: string[]; cwd: string } {
  return kind === "Dossier"
    ? { args: ["--import", "@swc-node/register/esm-register", "--import", probe, "src/index.ts"], cwd: process.cwd() }
    : { args: ["--import", probe, "server.js"], cwd: postgraphileDir };
}

/**
 * Starts a server on `databaseUrl` as a child node process (pool of 10, production mode, a free port)
 * and resolves once it serves. Dossier runs with its per-address cost budgets off, since every
 * connection of the bench comes from one address.
 */
export function startBenchServer(kind: ServerKind, databaseUrl: string): Promise<BenchServer> {
  const { args, cwd } = command(kind);
  const child: ChildProcess = spawn(process.execPath, args, {
    cwd,
    env: {
      ...process.env, DATABASE_URL: databaseUrl, DATABASE_POOL_SIZE: "10", HOST: "127.0.0.1", PORT: "0",
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
  const server = {
    kind,
    stop: async () => {
      if (running()) child.kill("SIGTERM");
      await exited;
    },
    startWindow: async () => {
      await ask("start");
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
      const window = await ask<Omit<ServerWindow, "cpuMs">>("stop");
      return { ...window, cpuMs: cpu };
    },
  };
  return new Promise((resolve, reject) => {
    let output = "";
    const timeout = setTimeout(() => { void server.stop(); reject(new Error(`${kind} on ${databaseUrl} did not start in 120 s: ${output}`)); }, 120_000);
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
}

