import os from "node:os";
import { parseArgs } from "node:util";
import { benchDatabase, postgresVersion, type BenchDatabase } from "./databases.js";
import { firstError, measure, median, type Measurement } from "./measure.js";
import { benchQueries } from "./queries.js";
import { renderResults, writeResults, type QueryResult } from "./report.js";
import { startBenchServer, type BenchServer } from "./server.js";

const { values } = parseArgs({
  options: {
    sizes: { type: "string", default: "10000,1000000" },
    rounds: { type: "string", default: "3" },
    seconds: { type: "string", default: "5" },
    connections: { type: "string", default: "4" },
    output: { type: "string", default: "docs/BENCHMARKS.md" },
  },
});
const serverUrl = process.env.BENCH_DATABASE_URL || "postgres://postgres@127.0.0.1:5432/postgres";
const databasePrefix = process.env.BENCH_DATABASE_PREFIX || "dossier_bench";
const sizes = values.sizes!.split(",").map(Number);
const rounds = Number(values.rounds);
const seconds = Number(values.seconds);
const connections = Number(values.connections);
if (sizes.some((size) => !Number.isInteger(size)) || ![rounds, seconds, connections].every((n) => Number.isInteger(n) && n > 0)) {
  console.error("bench: --sizes takes integers separated by commas; --rounds, --seconds and --connections positive integers");
  process.exit(1);
}
if (!/^[a-z_][a-z0-9_]{0,40}$/.test(databasePrefix)) {
  console.error("bench: BENCH_DATABASE_PREFIX takes lower-case letters, digits and underscores (a database name prefix)");
  process.exit(1);
}

// Other processes share the machine: the load at the start says how much.
const loadAverage = os.loadavg()[0];
const databases: BenchDatabase[] = [];
for (const size of sizes) databases.push(await benchDatabase(serverUrl, databasePrefix, size));
const servers: BenchServer[] = [];
try {
  for (const database of databases) servers.push(await startBenchServer(database.url));
  const bodies = benchQueries.map((query) => databases.map((db) => JSON.stringify({ query: query.query, variables: query.variables(db) })));
  const errors = await Promise.all(bodies.map((perDb) => Promise.all(perDb.map((body, i) => firstError(servers[i].url, body)))));
  for (const [q, query] of benchQueries.entries()) {
    errors[q].forEach((error, i) => error && console.log(`${query.name} on ${sizes[i]} quotes fails: ${error}`));
  }
  const samples: Measurement[][][] = benchQueries.map(() => databases.map(() => []));
  for (let round = 0; round <= rounds; round++) {
    // Round 0 warms up caches and the JIT and is not counted.
    for (const [q, query] of benchQueries.entries()) {
      for (const [i] of databases.entries()) {
        if (errors[q][i]) continue;
        const result = await measure(servers[i].url, bodies[q][i], { connections, seconds: round === 0 ? 1 : seconds });
        if (round > 0) samples[q][i].push(result);
        console.log(`round ${round} ${query.name} @ ${sizes[i]}: p50 ${result.p50} ms, p99 ${result.p99} ms, ${Math.round(result.requestsPerSecond)} req/s`);
      }
    }
  }
  const results: QueryResult[] = benchQueries.map((query, q) => ({
    name: query.name,
    bySize: databases.map((_, i) => errors[q][i] ? { error: errors[q][i]! } : {
      requestsPerSecond: median(samples[q][i].map((s) => s.requestsPerSecond)),
      p50: median(samples[q][i].map((s) => s.p50)),
      p99: median(samples[q][i].map((s) => s.p99)),
    }),
  }));
  const section = renderResults({
    command: [
      ...(process.env.BENCH_DATABASE_PREFIX ? [`BENCH_DATABASE_PREFIX=${databasePrefix}`] : []),
      "npm run bench", ...(process.argv.length > 2 ? ["--", ...process.argv.slice(2)] : []),
    ].join(" "),
    postgres: await postgresVersion(serverUrl), loadAverage,
    databases, results, rounds, seconds, connections,
  });
  writeResults(values.output!, section);
  console.log(section);
} finally {
  for (const server of servers) await server.stop();
}
