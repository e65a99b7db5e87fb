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
  // Written to a temporary file and renamed, so that an interrupted export leaves no partial file.
  const temporary = options.out === undefined ? undefined : `${options.out}.partial`;
  const output = temporary === undefined ? process.stdout : fs.createWriteStream(temporary);
  let articles = 0;
  for await (const document of exportDocuments(database.prisma, (warning) => console.error(`Warning: ${warning}`))) {
    if (!output.write(`${JSON.stringify(document)}\n`)) await once(output, "drain");
    articles++;
  }
  if (temporary !== undefined && options.out !== undefined) {
    await new Promise<void>((resolve, reject) => (output as fs.WriteStream).end((error?: Error | null) => (error ? reject(error) : resolve())));
    await fs.promises.rename(temporary, options.out);
  }
  console.error(`Exported ${articles} article(s)${options.out === undefined ? "" : ` to ${options.out}`}`);
});
