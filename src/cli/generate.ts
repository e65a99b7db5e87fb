import { parseArgs } from "node:util";
import { migrate } from "../db/migrate.js";
import { assertEmpty, emptyGraph, GenerateError, graphDigest } from "../generate/database-state.js";
import { generateGraph } from "../generate/generate.js";
import { MAX_QUOTES, MIN_QUOTES } from "../generate/world.js";
import { runWithDatabase } from "./run.js";

function integerOption(name: string, value: string | undefined, fallback: number, min: number, max: number): number {
  if (value === undefined) return fallback;
  const number = Number(value.replace(/_/g, ""));
  if (!Number.isInteger(number) || number < min || number > max) {
    throw new GenerateError(`--${name} must be an integer from ${min} to ${max}, got "${value}"`);
  }
  return number;
}

function parseOptions() {
  try {
    const { values } = parseArgs({
      options: { quotes: { type: "string" }, seed: { type: "string" }, reset: { type: "boolean", default: false } },
      strict: true,
    });
    return {
      quotes: integerOption("quotes", values.quotes, 10_000, MIN_QUOTES, MAX_QUOTES),
      seed: integerOption("seed", values.seed, 42, 0, 2 ** 31 - 1),
      reset: values.reset,
    };
  } catch (error) {
    throw error instanceof GenerateError ? error : new GenerateError(`${(error as Error).message}; usage: npm run db:generate -- --quotes N [--seed S] [--reset]`);
  }
}

await runWithDatabase("db:generate", async (database) => {
  const options = parseOptions();
  await migrate(database);
  await database.withSession(async (session) => {
    if (options.reset) await emptyGraph(session);
    else await assertEmpty(session);
    console.log(`Generating a graph of ${options.quotes.toLocaleString("en")} quotes (seed ${options.seed}) into the ${database.kind} database…`);
    const report = await generateGraph(session, options);
    console.log(`${"table".padEnd(20)}${"rows".padStart(12)}${"insert s".padStart(10)}${"rows/s".padStart(10)}`);
    for (const { table, rows, seconds } of report.tables) {
      console.log(`${table.padEnd(20)}${rows.toLocaleString("en").padStart(12)}${seconds.toFixed(1).padStart(10)}${Math.round(rows / Math.max(seconds, 1e-3)).toLocaleString("en").padStart(10)}`);
    }
    const total = report.tables.reduce((sum, table) => sum + table.rows, 0);
    console.log(`${total.toLocaleString("en")} rows in ${report.seconds.toFixed(1)} s (generating, inserting, committing and VACUUM ANALYZE)`);
    console.log(`Digest ${await graphDigest(session)}`);
  });
});
