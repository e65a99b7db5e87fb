import type { BenchDatabase } from "./databases.js";
import { answer, describe, medians, sample, type RoundOptions, type Sample } from "./measure.js";
import { requestBody, type BenchQuery } from "./queries.js";
import { startBenchServer, type BenchServer } from "./server.js";

/** One Dossier server of a side-by-side run: the database it serves and the source tree it runs from. */
export interface Target {
  label: string;
  database: BenchDatabase;
  /** A checkout with its node_modules; this one when absent. */
  tree?: string;
}

export interface SideBySideResult {
  name: string;
  /** Per target, in the order of the targets: the medians over rounds, or the server's error. */
  byTarget: (Sample | { error: string })[];
}

/**
 * Every query on Dossier servers side by side, one per target (databases of different sizes for
 * --scale, source trees for --trees), in interleaved rounds (round 0 warms up and is not counted);
 * the medians per query and target.
 */
export async function runSideBySide(targets: Target[], queries: BenchQuery[], options: RoundOptions): Promise<SideBySideResult[]> {
  const servers: BenchServer[] = [];
  try {
    for (const target of targets) servers.push(await startBenchServer("Dossier", target.database.url, target.tree));
    const bodies = queries.map((query) => targets.map((target) => requestBody(query.dossier, target.database.context)));
    const errors = await Promise.all(bodies.map((perTarget) => Promise.all(perTarget.map((body, i) =>
      answer(servers[i].url, body).then(() => null, (error: Error) => error.message)))));
    for (const [q, query] of queries.entries()) {
      errors[q].forEach((error, i) => error && console.log(`${query.name} on ${targets[i].label} fails: ${error}`));
    }
    const samples: Sample[][][] = queries.map(() => targets.map(() => []));
    for (let round = 0; round <= options.rounds; round++) {
      for (const [q, query] of queries.entries()) {
        for (const [i, target] of targets.entries()) {
          if (errors[q][i]) continue;
          const result = await sample(servers[i], bodies[q][i], { connections: options.connections, seconds: round === 0 ? 1 : options.seconds });
          if (round > 0) samples[q][i].push(result);
          console.log(`round ${round} ${query.name} @ ${target.label}: ${describe(result)}`);
        }
      }
    }
    return queries.map((query, q) => ({
      name: query.name,
      byTarget: targets.map((_, i) => errors[q][i] ? { error: errors[q][i]! } : medians(samples[q][i])),
    }));
  } finally {
    for (const server of servers) await server.stop();
  }
}
