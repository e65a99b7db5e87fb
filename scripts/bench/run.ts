import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { benchDatabase, postgresVersion, type BenchDatabase } from "./databases.js";
import { runPeer } from "./peer.js";
import { benchQueries } from "./queries.js";
import { renderPeer, renderScale, renderTrees, writeSection, type RunFacts } from "./report.js";
import { runSideBySide } from "./side-by-side.js";

// Three benches: by default Dossier against PostGraphile on one database; with --scale, Dossier on
// databases of different sizes (10k against 1M quotes); with --trees, Dossier from several source
// trees (checkouts with their node_modules) on one database, printed rather than written.
const { values } = parseArgs({
  options: {
    scale: { type: "boolean", default: false },
    trees: { type: "string" },
    quotes: { type: "string", default: "100000" },
    sizes: { type: "string", default: "10000,1000000" },
    rounds: { type: "string" },
    seconds: { type: "string" },
    connections: { type: "string" },
    only: { type: "string" },
    output: { type: "string", default: "docs/BENCHMARKS.md" },
  },
});
const scale = values.scale!;
const trees = values.trees?.split(",").map((tree) => path.resolve(tree));
if (scale && trees) {
  console.error("bench: --scale and --trees are two benches; give one");
  process.exit(1);
}
const serverUrl = process.env.BENCH_DATABASE_URL || "postgres://postgres@127.0.0.1:5432/postgres";
const databasePrefix = process.env.BENCH_DATABASE_PREFIX || "dossier_bench";
const sizes = (scale ? values.sizes! : values.quotes!).split(",").map(Number);
const rounds = Number(values.rounds ?? (scale ? 3 : 7));
const seconds = Number(values.seconds ?? (scale ? 5 : 6));
const connections = Number(values.connections ?? (scale ? 4 : 20));
if (sizes.some((size) => !Number.isInteger(size)) || ![rounds, seconds, connections].every((n) => Number.isInteger(n) && n > 0)) {
  console.error("bench: --quotes takes an integer, --sizes integers separated by commas; --rounds, --seconds and --connections positive integers");
  process.exit(1);
}
if (!/^[a-z_][a-z0-9_]{0,40}$/.test(databasePrefix)) {
  console.error("bench: BENCH_DATABASE_PREFIX takes lower-case letters, digits and underscores (a database name prefix)");
  process.exit(1);
}

const queries = benchQueries.filter((query) => !values.only || query.name.includes(values.only));
if (queries.length === 0) {
  console.error(`bench: no query's name contains "${values.only}"`);
  process.exit(1);
}

// Other processes share the machine: the load at the start says how much.
const loadAverage = os.loadavg()[0];
const databases: BenchDatabase[] = [];
for (const size of sizes) databases.push(await benchDatabase(serverUrl, databasePrefix, size));
const run: RunFacts = {
  command: [
    ...(process.env.BENCH_DATABASE_PREFIX ? [`BENCH_DATABASE_PREFIX=${databasePrefix}`] : []),
    "npm run bench", ...(process.argv.length > 2 ? ["--", ...process.argv.slice(2).map((arg) => (/\s/.test(arg) ? `"${arg}"` : arg))] : []),
  ].join(" "),
  postgres: await postgresVersion(serverUrl), loadAverage, rounds, seconds, connections,
};
if (trees) {
  const targets = trees.map((tree) => ({ label: tree, database: databases[0], tree }));
  console.log(renderTrees(run, databases[0], targets, await runSideBySide(targets, queries, run)));
} else {
  const [name, section] = scale
    ? ["scale", renderScale(run, databases, await runSideBySide(databases.map((database) => ({ label: String(database.quotes), database })), queries, run))]
    : ["peer", renderPeer(run, databases[0], await runPeer(databases[0], queries, run))];
  writeSection(values.output!, name, section);
  console.log(section);
}
