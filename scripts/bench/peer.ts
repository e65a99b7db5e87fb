import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import type { BenchDatabase } from "./databases.js";
import { answer, describe, medians, sample, type RoundOptions, type Sample } from "./measure.js";
import { requestBody, type BenchQuery } from "./queries.js";
import { firstDifference } from "./same-data.js";
import { postgraphileDir, startBenchServer, type BenchServer, type ServerKind } from "./server.js";

/** One server's medians over the rounds of one query, and the size of its answer. */
export interface PeerMeasurement extends Sample {
  responseBytes: number;
}

export interface PeerResult {
  name: string;
  /** Dossier's, then PostGraphile's. */
  servers: [PeerMeasurement, PeerMeasurement];
}

export const peerKinds: ServerKind[] = ["Dossier", "PostGraphile"];

/** Installs PostGraphile from its own lock file when it is not installed yet. */
export function installPostgraphile(): void {
  if (fs.existsSync(path.join(postgraphileDir, "node_modules", "postgraphile"))) return;
  console.log("Installing PostGraphile into scripts/bench/postgraphile…");
  const run = spawnSync("npm", ["ci", "--prefix", postgraphileDir, "--no-audit", "--no-fund"], { stdio: "inherit" });
  if (run.status !== 0) throw new Error("npm ci of scripts/bench/postgraphile failed");
}

/** Both servers' answers to `query`, which must be the same data; throws with the first difference. */
async function checkSameData(servers: BenchServer[], query: BenchQuery, database: BenchDatabase): Promise<number[]> {
  const operations = [query.dossier, query.postgraphile!];
  const answers = await Promise.all(servers.map(async (server, i) => {
    try {
      return await answer(server.url, requestBody(operations[i], database.context));
    } catch (error) {
      throw new Error(`${query.name}: ${server.kind} fails: ${(error as Error).message}`);
    }
  }));
  const difference = firstDifference(answers[0].json.data, answers[1].json.data, "data");
  if (difference) throw new Error(`${query.name}: Dossier and PostGraphile answer different data at ${difference}`);
  return answers.map((a) => a.bytes);
}

/**
 * Dossier against PostGraphile on one database, every query both can express: checks they answer the
 * same data, then measures them in interleaved rounds (each query on Dossier, then on PostGraphile),
 * and returns the medians over the rounds (round 0 warms up and is not counted).
 */
export async function runPeer(database: BenchDatabase, candidates: BenchQuery[], options: RoundOptions): Promise<PeerResult[]> {
  installPostgraphile();
  const queries = candidates.filter((query) => query.postgraphile);
  const servers: BenchServer[] = [];
  try {
    for (const kind of peerKinds) servers.push(await startBenchServer(kind, database.url));
    const responseBytes: number[][] = [];
    for (const query of queries) responseBytes.push(await checkSameData(servers, query, database));
    console.log(`Both servers answer the same data to all ${queries.length} queries.`);
    const bodies = queries.map((query) => [requestBody(query.dossier, database.context), requestBody(query.postgraphile!, database.context)]);
    const samples = queries.map(() => servers.map(() => [] as Sample[]));
    for (let round = 0; round <= options.rounds; round++) {
      for (const [q, query] of queries.entries()) {
        for (const [s, server] of servers.entries()) {
          const result = await sample(server, bodies[q][s], { connections: options.connections, seconds: round === 0 ? 2 : options.seconds });
          if (round > 0) samples[q][s].push(result);
          console.log(`round ${round} ${query.name} @ ${server.kind}: ${describe(result)}`);
        }
      }
    }
    return queries.map((query, q) => ({
      name: query.name,
      servers: samples[q].map((runs, s) => ({ ...medians(runs), responseBytes: responseBytes[q][s] })) as [PeerMeasurement, PeerMeasurement],
    }));
  } finally {
    for (const server of servers) await server.stop();
  }
}
