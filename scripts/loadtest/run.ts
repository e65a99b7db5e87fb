import { spawn, spawnSync } from "node:child_process";
import fs from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { benchDatabase } from "../bench/databases.js";
import { workload, type Outcome, type Workload } from "./workload.js";

const { values } = parseArgs({
  options: {
    databases: { type: "string", default: "postgres,embedded" },
    seconds: { type: "string", default: "60" },
    "postgres-clients": { type: "string", default: "200" },
    "embedded-clients": { type: "string", default: "50" },
    quotes: { type: "string", default: "10000" },
  },
});
const seconds = Number(values.seconds);
const quotes = Number(values.quotes);
const serverUrl = process.env.LOADTEST_DATABASE_URL || "postgres://postgres@127.0.0.1:5432/postgres";

interface Target {
  name: "postgres" | "embedded";
  clients: number;
  env: NodeJS.ProcessEnv;
}

async function target(name: string): Promise<Target> {
  if (name === "postgres") {
    const database = await benchDatabase(serverUrl, "dossier_load", quotes);
    return { name, clients: Number(values["postgres-clients"]), env: { DATABASE_URL: database.url } };
  }
  if (name !== "embedded") throw new Error(`--databases takes postgres and/or embedded, not "${name}"`);
  const dataDir = await fs.mkdtemp(path.join(os.tmpdir(), "dossier-load-"));
  const env = { DATABASE_URL: "", DATA_DIR: dataDir };
  console.log(`Generating ${quotes} quotes into ${dataDir}…`);
  const run = spawnSync("npm", ["run", "--silent", "db:generate", "--", "--quotes", String(quotes)], { env: { ...process.env, ...env }, stdio: "inherit" });
  if (run.status !== 0) throw new Error("generating the embedded database failed");
  return { name, clients: Number(values["embedded-clients"]), env };
}

/** `npm start` on a free port (its own process group); resolves once /readyz answers 200. */
async function startServer(env: NodeJS.ProcessEnv) {
  const port = 40_000 + Math.floor(Math.random() * 20_000);
  const child = spawn("npm", ["start", "--silent"], {
    env: { ...process.env, ...env, HOST: "127.0.0.1", PORT: String(port), SEED: "false", NODE_ENV: "production", LOG_LEVEL: "warn",
      // The load comes from one address: per-client cost budgets (README, Rate limits) would answer 429 to most of it.
      RATE_LIMIT_ANONYMOUS: "0", RATE_LIMIT_API_KEY: "0" },
    stdio: ["ignore", "ignore", "inherit"],
    detached: true,
  });
  const exited = new Promise<number | null>((resolve) => child.once("exit", resolve));
  const base = `http://127.0.0.1:${port}`;
  for (let tries = 0; ; tries++) {
    if ((await fetch(`${base}/readyz`).then((response) => response.status, () => 0)) === 200) break;
    if (child.exitCode !== null || tries > 600) throw new Error("the server did not start");
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  return { url: `${base}/graphql`, stop: async () => (process.kill(-child.pid!, "SIGTERM"), exited) };
}

function createKey(env: NodeJS.ProcessEnv): string {
  const run = spawnSync("npm", ["run", "--silent", "apikey", "--", "create", "--role", "editor", "--name", "loadtest"], { env: { ...process.env, ...env }, encoding: "utf8" });
  if (run.status !== 0) throw new Error(`apikey create failed: ${run.stderr}`);
  return run.stdout.trim().split("\n").at(-1)!;
}

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((sorted.length * p) / 100))] ?? 0;

function report(target: Target, result: Workload, lost: number): string {
  const kinds = ["read", "search", "write"] as const;
  const rows = kinds.map((kind) => {
    const outcomes = result.outcomes.filter((outcome: Outcome) => outcome.kind === kind);
    const ms = outcomes.map((outcome) => outcome.ms).sort((a, b) => a - b);
    return `| ${kind} | ${outcomes.length} | ${(outcomes.length / seconds).toFixed(0)} | ${percentile(ms, 50).toFixed(0)} | ${percentile(ms, 95).toFixed(0)} | ${percentile(ms, 99).toFixed(0)} | ${outcomes.filter((outcome) => outcome.error).length} |`;
  });
  return [
    `**${target.name === "postgres" ? "PostgreSQL" : "Embedded (PGlite)"}**, ${target.clients} clients, ${seconds} s, ${quotes.toLocaleString("en")} generated quotes:`,
    "",
    "| requests | count | per second | p50 ms | p95 ms | p99 ms | errors |",
    "|---|---:|---:|---:|---:|---:|---:|",
    ...rows,
    "",
    `Acknowledged writes: ${result.acknowledged.length}; lost (not found afterwards): ${lost}. First errors: ${result.firstErrors.join("; ") || "none"}.`,
  ].join("\n");
}

let failed = false;
const sections: string[] = [];
for (const name of values.databases!.split(",")) {
  const each = await target(name);
  const server = await startServer(each.env);
  try {
    const key = createKey(each.env);
    console.log(`${each.name}: ${each.clients} clients for ${seconds} s…`);
    const result = await workload(server.url, key, each.clients, seconds * 1000);
    const lost = await result.verify();
    sections.push(report(each, result, lost));
    failed ||= lost > 0 || result.outcomes.some((outcome) => outcome.error);
  } finally {
    await server.stop();
    if (each.env.DATA_DIR) await fs.rm(each.env.DATA_DIR, { recursive: true, force: true });
  }
}
console.log(`\n${sections.join("\n\n")}`);
process.exit(failed ? 1 : 0);
