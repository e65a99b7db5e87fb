import fs from "node:fs";
import os from "node:os";
import type { BenchDatabase } from "./databases.js";
import type { Measurement } from "./measure.js";

export interface QueryResult {
  name: string;
  /** Per database, in the order of the databases: the medians over rounds, or the server's error. */
  bySize: (Measurement | { error: string })[];
}

export interface BenchRun {
  command: string;
  postgres: string;
  loadAverage: number;
  databases: BenchDatabase[];
  results: QueryResult[];
  rounds: number;
  seconds: number;
  connections: number;
}

const START = "<!-- bench:start -->";
const END = "<!-- bench:end -->";
const label = (quotes: number) => (quotes >= 1_000_000 ? `${quotes / 1_000_000}M` : `${quotes / 1000}k`);
const ms = (value: number) => value.toFixed(1);

function resultRow(result: QueryResult, small: number, large: number): string {
  const a = result.bySize[small];
  const b = result.bySize[large];
  if ("error" in a || "error" in b) {
    const { error } = "error" in b ? b : (a as { error: string });
    return `| ${result.name} | failed: ${error.replace(/\|/g, "\\|")} ${"| – ".repeat(8)}|`;
  }
  const ratio = (x: number, y: number) => (y / x).toFixed(2);
  return `| ${result.name} | ${ms(a.p50)} | ${ms(b.p50)} | **${ratio(a.p50, b.p50)}** | ${ms(a.p99)} | ${ms(b.p99)} | ${ratio(a.p99, b.p99)} | ${Math.round(a.requestsPerSecond)} | ${Math.round(b.requestsPerSecond)} | ${ratio(a.requestsPerSecond, b.requestsPerSecond)} |`;
}

/** The results section: the command, the machine, the data, and one row per query (first database vs last). */
export function renderResults(run: BenchRun): string {
  const small = 0;
  const large = run.databases.length - 1;
  const [s, l] = [label(run.databases[small].quotes), label(run.databases[large].quotes)];
  const tables = Object.keys(run.databases[0].rows);
  return [
    START,
    `Measured ${new Date().toISOString().slice(0, 10)} with \`${run.command}\`: medians of ${run.rounds} rounds; each round runs every query against each database for ${run.seconds} s with ${run.connections} concurrent connections (autocannon), the databases side by side, one server process each (\`npm start\`).`,
    "",
    `Machine: ${os.availableParallelism()} cores (\`nproc\`), ${Math.round(os.totalmem() / 2 ** 30)} GiB memory, PostgreSQL ${run.postgres}, Node.js ${process.version}, ${os.type()} ${os.release()}; 1-minute load average ${run.loadAverage.toFixed(1)} at the start (the machine is shared).`,
    "",
    `| Query | p50 ms ${s} | p50 ms ${l} | p50 ${l}/${s} | p99 ms ${s} | p99 ms ${l} | p99 ${l}/${s} | req/s ${s} | req/s ${l} | req/s ${l}/${s} |`,
    "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
    ...run.results.map((result) => resultRow(result, small, large)),
    "",
    `| Rows | ${run.databases.map((db) => label(db.quotes)).join(" | ")} |`,
    `|---|${run.databases.map(() => "---:").join("|")}|`,
    ...tables.map((table) => `| ${table} | ${run.databases.map((db) => db.rows[table].toLocaleString("en")).join(" | ")} |`),
    `| quotes matching the search word | ${run.databases.map((db) => db.searchMatches.toLocaleString("en")).join(" | ")} |`,
    END,
  ].join("\n");
}

/** Replaces the results section of docs/BENCHMARKS.md, keeping the hand-written analysis around it. */
export function writeResults(file: string, section: string): void {
  const current = fs.existsSync(file) ? fs.readFileSync(file, "utf8") : `# Benchmarks\n\n${START}\n${END}\n`;
  const start = current.indexOf(START);
  const end = current.indexOf(END);
  const next = start >= 0 && end > start
    ? current.slice(0, start) + section + current.slice(end + END.length)
    : `${current.trimEnd()}\n\n${section}\n`;
  fs.writeFileSync(file, next);
}
