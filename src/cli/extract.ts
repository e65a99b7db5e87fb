import { createWriteStream } from "node:fs";
import { parseArgs } from "node:util";
import { extractArticle } from "../extract/extract.js";
import { ExtractError } from "../extract/input.js";
import { readInputs } from "../extract/read-inputs.js";
import { Progress } from "./progress.js";

// npm run extract -- FILE|DIR… [--out FILE]: one draft article document per input, as ndjson.
// Offline: drafts are matched against the extractor's own lexicon only (the `extractArticle`
// mutation also matches the graph's known actors).

const usage = "Usage: npm run extract -- <article.json | text.txt | directory> [more…] [--out drafts.ndjson]";

const { positionals, values } = parseArgs({ allowPositionals: true, options: { out: { type: "string" } } });
if (positionals.length === 0) {
  console.error(usage);
  process.exit(2);
}

const inputs = await readInputs(positionals);
const out = values.out ? createWriteStream(values.out) : process.stdout;
const progress = new Progress(inputs.length, "Extracting", "articles");
let failed = 0;
for (const [index, input] of inputs.entries()) {
  progress.update(index, input.file);
  try {
    if (input.error) throw input.error;
    out.write(`${JSON.stringify(extractArticle(input.article!))}\n`);
  } catch (error) {
    if (!(error instanceof ExtractError)) throw error;
    failed++;
    console.error(`\n${input.file}: ${error.code}: ${error.field}: ${error.message}`);
  }
}
progress.update(inputs.length, "done");
progress.stop();
if (out !== process.stdout) await new Promise<void>((done) => out.end(done));
console.error(`Drafted ${inputs.length - failed} of ${inputs.length} article(s)${values.out ? ` into ${values.out}` : ""}.`);
process.exitCode = failed ? 1 : 0;
