import fs from "node:fs";
import { once } from "node:events";
import { parseArgs } from "node:util";
import { migrate } from "../db/migrate.js";
import { exportDocuments } from "../ingest/export.js";
import { runWithDatabase } from "./run.js";

let options: { out?: string };
try {
  ({ values: options } = parseArgs({ options: { out: { type: "string", short: "o" } } }));
} catch (error) {
  console.error(`${(error as Error).message}\nUsage: npm run -s export [-- --out file.ndjson]`);
  process.exit(2);
}

await runWithDatabase("export", async (database) => {
  await migrate(database);
  // Written to a temporary file and renamed, so that an interrupted export never leaves a file that looks complete.
  const temporary = options.out === undefined ? undefined : `${options.out}.partial`;
  const output = temporary === undefined ? process.stdout : fs.createWriteStream(temporary);
  let articles = 0;
  // One REPEATABLE READ transaction: the export is a snapshot even while others write.
  await database.prisma.$transaction(
    async (tx) => {
      for await (const document of exportDocuments(tx, (warning) => console.error(`Warning: ${warning}`))) {
        if (!output.write(`${JSON.stringify(document)}\n`)) await once(output, "drain");
        articles++;
      }
    },
    { isolationLevel: "RepeatableRead", timeout: 60 * 60_000 },
  );
  if (temporary !== undefined && options.out !== undefined) {
    await new Promise<void>((resolve, reject) => (output as fs.WriteStream).end((error?: Error | null) => (error ? reject(error) : resolve())));
    await fs.promises.rename(temporary, options.out);
  }
  console.error(`Exported ${articles} article(s)${options.out === undefined ? "" : ` to ${options.out}`}`);
});
