import fs from "node:fs";
import os from "node:os";
import type { BenchDatabase } from "./databases.js";
import type { PeerResult } from "./peer.js";
import type { SideBySideResult, Target } from "./side-by-side.js";

/** What every section says about its run. */
export interface RunFacts {
  command: string;
  postgres: string;
  loadAverage: number;
  rounds: number;
  seconds: number;
  connections: number;
}

const label = (quotes: number) => (quotes >= 1_000_000 ? `${quotes / 1_000_000}M` : `${quotes / 1000}k`);
const ms = (value: number) => value.toFixed(2);
const ratio = (x: number, y: number) => (y / x).toFixed(2);

function preamble(run: RunFacts, what: string): string[] {
  return [
    `Measured ${new Date().toISOString().slice(0, 16).replace("T", " ")} UTC with \`${run.command}\`: medians of ${run.rounds} rounds; ${what} for ${run.seconds} s with ${run.connections} concurrent connections (autocannon).`,
    "",
    `Machine: ${os.availableParallelism()} cores (\`nproc\`), ${Math.round(os.totalmem() / 2 ** 30)} GiB memory, PostgreSQL ${run.postgres}, Node.js ${process.version}, ${os.type()} ${os.release()}; 1-minute load average ${run.loadAverage.toFixed(1)} at the start (the machine is shared).`,
    "",
  ];
}

function rowsTable(databases: BenchDatabase[]): string[] {
  return [
    `| Rows | ${databases.map((db) => label(db.quotes)).join(" | ")} |`,
    `|---|${databases.map(() => "---:").join("|")}|`,
    ...Object.keys(databases[0].rows).map((table) => `| ${table} | ${databases.map((db) => db.rows[table].toLocaleString("en")).join(" | ")} |`),
    `| quotes matching the search word | ${databases.map((db) => db.searchMatches.toLocaleString("en")).join(" | ")} |`,
  ];
}

/** The cells of a row whose server failed: the error, then `empty` dashes. */
const failed = (error: string, empty: number) => `failed: ${error.replace(/\|/g, "\\|")} ${"| – ".repeat(empty)}|`;

function scaleRow(result: SideBySideResult, small: number, large: number): string {
  const a = result.byTarget[small];
  const b = result.byTarget[large];
  if ("error" in a || "error" in b) {
    const { error } = "error" in b ? b : (a as { error: string });
    return `| ${result.name} | ${failed(error, 9)}`;
  }
  const cpu = (x: number, y: number) => `${x.toFixed(2)} / ${y.toFixed(2)}`;
  return `| ${result.name} | ${ms(a.p50)} | ${ms(b.p50)} | **${ratio(a.p50, b.p50)}** | ${ms(a.p99)} | ${ms(b.p99)} | ${Math.round(a.requestsPerSecond)} | ${Math.round(b.requestsPerSecond)} | ${cpu(a.cpuMs, b.cpuMs)} | ${cpu(a.databaseCpuMs, b.databaseCpuMs)} | ${a.statements.toFixed(1)} / ${b.statements.toFixed(1)} |`;
}

/** The scale section: one row per query, the first database against the last. */
export function renderScale(run: RunFacts, databases: BenchDatabase[], results: SideBySideResult[]): string {
  const [small, large] = [0, databases.length - 1];
  const [s, l] = [label(databases[small].quotes), label(databases[large].quotes)];
  return [
    ...preamble(run, "each round runs every query on Dossier against each database, one server process each, side by side,"),
    `| Query | p50 ms ${s} | p50 ms ${l} | **p50 ${l}/${s}** | p99 ms ${s} | p99 ms ${l} | req/s ${s} | req/s ${l} | Dossier CPU ms per request ${s} / ${l} | PostgreSQL CPU ms per request ${s} / ${l} | SQL statements per request ${s} / ${l} |`,
    "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
    ...results.map((result) => scaleRow(result, small, large)),
    "",
    ...rowsTable(databases),
  ].join("\n");
}

const kib = (bytes: number) => `${(bytes / 1024).toFixed(0)} KiB`;

/** The --trees table: one row per query and source tree (printed, not written: the trees are ad hoc). */
export function renderTrees(run: RunFacts, database: BenchDatabase, targets: Target[], results: SideBySideResult[]): string {
  const row = (name: string, target: Target, measured: SideBySideResult["byTarget"][0]) => "error" in measured
    ? `| ${name} | ${target.label} | ${failed(measured.error, 6)}`
    : `| ${name} | ${target.label} | ${Math.round(measured.requestsPerSecond)} | ${ms(measured.p50)} | ${ms(measured.p99)} | ${measured.cpuMs.toFixed(2)} | `
      + `${measured.databaseCpuMs.toFixed(2)} | ${kib(measured.allocatedBytes)} | ${measured.statements.toFixed(1)} |`;
  return [
    ...preamble(run, `each round runs every query on Dossier from each source tree, one server process each, side by side, on the database of ${label(database.quotes)} quotes with a pool of 10,`),
    "| Query | Tree | req/s | p50 ms | p99 ms | server CPU per request, ms | PostgreSQL CPU per request, ms | allocated per request | SQL statements per request |",
    "|---|---|---:|---:|---:|---:|---:|---:|---:|",
    ...results.flatMap((result) => targets.map((target, i) => row(result.name, target, result.byTarget[i]))),
  ].join("\n");
}

const mib = (bytes: number) => `${(bytes / 2 ** 20).toFixed(2)} MiB`;

/** The side-by-side section: Dossier against PostGraphile per query. */
export function renderPeer(run: RunFacts, database: BenchDatabase, results: PeerResult[]): string {
  const pair = (format: (value: number) => string, pick: (m: PeerResult["servers"][0]) => number) =>
    (result: PeerResult) => result.servers.map((m) => format(pick(m))).join(" / ");
  const columns: [string, (result: PeerResult) => string][] = [
    ["req/s Dossier / PostGraphile", pair((v) => String(Math.round(v)), (m) => m.requestsPerSecond)],
    ["p50 ms", pair(ms, (m) => m.p50)],
    ["p99 ms", pair(ms, (m) => m.p99)],
    ["server CPU per request, ms", pair((v) => v.toFixed(2), (m) => m.cpuMs)],
    ["PostgreSQL CPU per request, ms", pair((v) => v.toFixed(2), (m) => m.databaseCpuMs)],
    ["allocated per request", pair(mib, (m) => m.allocatedBytes)],
    ["SQL statements per request", pair((v) => v.toFixed(1), (m) => m.statements)],
    ["response", pair(kib, (m) => m.responseBytes)],
  ];
  return [
    ...preamble(run, `each round runs every query on Dossier, then on PostGraphile 4.14.1 (\`scripts/bench/postgraphile/\`), both on the database of ${label(database.quotes)} quotes with a pool of 10,`),
    "Both servers answered the same data, field by field, to every query before it was measured.",
    "",
    `| Query | **req/s ratio Dossier/PostGraphile** | ${columns.map(([name]) => name).join(" | ")} |`,
    `|---|---:|${columns.map(() => "---:").join("|")}|`,
    ...results.map((result) => `| ${result.name} | **${ratio(result.servers[1].requestsPerSecond, result.servers[0].requestsPerSecond)}×** | ${columns.map(([, cell]) => cell(result)).join(" | ")} |`),
    "",
    ...rowsTable([database]),
  ].join("\n");
}

/** Replaces the section `name` of docs/BENCHMARKS.md (between its markers), keeping the hand-written text around it. */
export function writeSection(file: string, name: string, section: string): void {
  const [start, end] = [`<!-- bench:${name}:start -->`, `<!-- bench:${name}:end -->`];
  const block = `${start}\n${section}\n${end}`;
  const current = fs.existsSync(file) ? fs.readFileSync(file, "utf8") : "# Benchmarks\n";
  const [from, to] = [current.indexOf(start), current.indexOf(end)];
  const next = from >= 0 && to > from
    ? current.slice(0, from) + block + current.slice(to + end.length)
    : `${current.trimEnd()}\n\n${block}\n`;
  fs.writeFileSync(file, next);
}
