import type { BenchDatabase } from "./databases.js";
import { answer, describe, medians, sample, type RoundOptions, type Sample } from "./measure.js";
import { requestBody, type BenchQuery } from "./queries.js";
import { startBenchServer, type BenchServer } from "./server.js";

export interface ScaleResult {
  name: string;
  /** Per database, in the order of the databases: the medians over rounds, or the server's error. */
  bySize: (Sample | { error: string })[];
}

/**
 * Every query on Dossier over databases of different sizes side by side (one server each), in rounds
 * (round 0 warms up and is not counted); the medians per query and database.
 */
export async function runScale(databases: BenchDatabase[], queries: BenchQuery[], options: RoundOptions): Promise<ScaleResult[]> {
  const servers: BenchServer[] = [];
  try {
    for (const database of databases) servers.push(await startBenchServer("Dossier", database.url));
    const bodies = queries.map((query) => databases.map((db) => requestBody(query.dossier, db.context)));
    const errors = await Promise.all(bodies.map((perDb) => Promise.all(perDb.map((body, i) =>
      answer(servers[i].url, body).then(() => null, (error: Error) => error.message)))));
    for (const [q, query] of queries.entries()) {
      errors[q].forEach((error, i) => error && console.log(`${query.name} on ${databases[i].quotes} quotes fails: ${error}`));
    }
    const samples: Sample[][][] = queries.map(() => databases.map(() => []));
    for (let round = 0; round <= options.rounds; round++) {
      for (const [q, query] of queries.entries()) {
        for (const [i, database] of databases.entries()) {
          if (errors[q][i]) continue;
          const result = await sample(servers[i], bodies[q][i], { connections: options.connections, seconds: round === 0 ? 1 : options.seconds });
          if (round > 0) samples[q][i].push(result);
          console.log(`round ${round} ${query.name} @ ${database.quotes}: ${describe(result)}`);
        }
      }
    }
    return queries.map((query, q) => ({
      name: query.name,
      bySize: databases.map((_, i) => errors[q][i] ? { error: errors[q][i]! } : medians(samples[q][i])),
    }));
  } finally {
    for (const server of servers) await server.stop();
  }
}
