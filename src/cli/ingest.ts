import { parseArgs } from "node:util";
import { migrate } from "../db/migrate.js";
import { ingestDocument, countEntries } from "../ingest/ingest.js";
import { IngestError, type IngestProblem } from "../ingest/errors.js";
import { readSources, type SourceDocument } from "../ingest/sources.js";
import { validateDocument } from "../ingest/validate.js";
import { addSummary, emptySummary, entityNames, outcomes } from "../ingest/summary.js";
import type { Resolution } from "../ingest/resolution.js";
import { runWithDatabase } from "./run.js";
import { formatTable } from "./table.js";
import { Progress } from "./progress.js";

const usage = "Usage: npm run ingest -- <file.json | file.ndjson | directory> [more paths…]";

interface Rejection {
  source: SourceDocument;
  problems: IngestProblem[];
}

const where = (source: SourceDocument) => (source.line === undefined ? source.file : `${source.file} line ${source.line}`);

function reportRejections(rejections: Rejection[]): void {
  console.error(`\nRejected ${rejections.length} document(s); nothing of them was written:`);
  for (const { source, problems } of rejections) {
    for (const problem of problems) console.error(`  ${where(source)}: ${problem.path ? `${problem.path}: ` : ""}${problem.message}`);
  }
}

/** Per kind of entry: how many were created, how many matched and by what ("meeting: 1 created, 2 matched (ref 1, meeting:same-date-most-attendees 1)"). */
function describeResolutions(resolutions: Resolution[]): string {
  const lines: string[] = [];
  for (const type of [...new Set(resolutions.map((resolution) => resolution.type))]) {
    const ofType = resolutions.filter((resolution) => resolution.type === type);
    const matched = ofType.filter((resolution) => resolution.outcome === "matched");
    const by = new Map<string, number>();
    for (const resolution of matched) by.set(resolution.by, (by.get(resolution.by) ?? 0) + 1);
    const reasons = matched.length ? ` (${[...by].map(([reason, count]) => `${reason} ${count}`).join(", ")})` : "";
    lines.push(`${type.toLowerCase()}: ${ofType.length - matched.length} created, ${matched.length} matched${reasons}`);
  }
  return lines.join("\n");
}

const { positionals } = parseArgs({ allowPositionals: true, options: {} });
if (positionals.length === 0) {
  console.error(usage);
  process.exit(2);
}

await runWithDatabase("ingest", async (database) => {
  await migrate(database);
  const sources = (await Promise.all(positionals.map(readSources))).flat();
  const rejections: Rejection[] = [];
  const accepted: { source: SourceDocument; entries: number }[] = [];
  for (const source of sources) {
    if (source.problem) {
      rejections.push({ source, problems: [source.problem] });
      continue;
    }
    try {
      accepted.push({ source, entries: countEntries(validateDocument(source.document)) });
    } catch (error) {
      if (!(error instanceof IngestError)) throw error;
      rejections.push({ source, problems: error.problems });
    }
  }

  const documents = accepted.length;
  const progress = new Progress(accepted.reduce((sum, { entries }) => sum + entries, 0));
  const total = emptySummary();
  const resolutions: Resolution[] = [];
  let done = 0;
  let applied = 0;
  for (const [index, { source, entries }] of accepted.entries()) {
    progress.update(done, `document ${index + 1}/${documents}: ${where(source)}`);
    try {
      const result = await ingestDocument(database.prisma, source.document, { onProgress: (applied) => progress.update(done + applied) });
      addSummary(total, result.summary);
      resolutions.push(...result.resolutions);
      applied++;
    } catch (error) {
      if (!(error instanceof IngestError)) {
        progress.stop();
        throw error;
      }
      rejections.push({ source, problems: error.problems });
    }
    done += entries;
    progress.update(done);
  }
  progress.stop();

  console.log(formatTable(["entity", ...outcomes], entityNames.map((name) => [name, ...outcomes.map((outcome) => total[name][outcome])])));
  console.log(`\n${describeResolutions(resolutions)}`);
  console.log(`\n${applied} document(s) applied, ${rejections.length} rejected.`);
  if (rejections.length > 0) {
    reportRejections(rejections.sort((a, b) => sources.indexOf(a.source) - sources.indexOf(b.source)));
    process.exitCode = 1;
  }
});
