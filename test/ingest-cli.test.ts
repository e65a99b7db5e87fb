import fs from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ArticleDocument } from "../src/ingest/document.js";
import { createTestDatabase, type TestDatabase } from "./helpers/database.js";
import { runCli, seedDocument, startCli } from "./helpers/ingest.js";

const slow = { timeout: 240_000 };
let workDir: string;
const databases: TestDatabase[] = [];

async function freshDatabase(): Promise<TestDatabase["settings"]> {
  const database = await createTestDatabase({ contents: "migrated" });
  databases.push(database);
  return database.settings;
}

beforeAll(async () => {
  workDir = await fs.mkdtemp(path.join(os.tmpdir(), "dossier-ingest-cli-"));
});
afterAll(async () => {
  for (const database of databases) await database.drop();
  await fs.rm(workDir, { recursive: true, force: true });
});

function smallDocument(url: string, speaker = "macron"): ArticleDocument {
  return {
    article: { url, title: "Macron speaks", text: "Macron said he was ready." },
    actors: [{ key: "macron", kind: "PERSON", name: "Emmanuel Macron", slug: "emmanuel-macron", wikidataId: "Q3052772" }],
    quotes: [{ key: "ready", kind: "PARAPHRASE", text: "He is ready.", speaker, citations: [{ excerpt: "Macron said he was ready." }] }],
  };
}

/** The summary table's row for one entity: [created, updated, unchanged, deleted]. */
const row = (stdout: string, entity: string) =>
  new RegExp(`^${entity}\\s+(\\d+)\\s+(\\d+)\\s+(\\d+)\\s+(\\d+)$`, "m").exec(stdout)?.slice(1).map(Number);

/** Exports the database with the CLI and returns the file's bytes. */
async function exported(settings: TestDatabase["settings"], name: string): Promise<string> {
  const out = path.join(workDir, name);
  const run = await runCli("export", ["--out", out], settings);
  expect(run.stderr).toMatch(/Exported \d+ article\(s\)/);
  expect(run.code).toBe(0);
  return fs.readFile(out, "utf8");
}

describe("npm run ingest and npm run export", () => {
  let settings: TestDatabase["settings"];

  it("applies the valid documents of a directory and lists every rejected one, exiting non-zero", slow, async () => {
    settings = await freshDatabase();
    const dir = path.join(workDir, "inbox");
    await fs.mkdir(path.join(dir, "feeds"), { recursive: true });
    await fs.writeFile(path.join(dir, "seed.json"), JSON.stringify(seedDocument(), null, 2));
    await fs.writeFile(path.join(dir, "broken.json"), '{\n  "article": {\n    "url": "https://example.org/x",,\n  }\n}\n');
    await fs.writeFile(path.join(dir, "feeds", "wire.ndjson"), [
      JSON.stringify(smallDocument("https://example.org/wire/1")),
      '{"article": {"url": "https://example.org/wire/2"',
      "",
      JSON.stringify(smallDocument("https://example.org/wire/3", "zelenskyy")),
    ].join("\n"));

    const run = await runCli("ingest", [dir], settings);
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/^entity\s+created\s+updated\s+unchanged\s+deleted$/m);
    expect(row(run.stdout, "article")).toEqual([2, 0, 0, 0]);
    expect(row(run.stdout, "quote")).toEqual([12, 0, 0, 0]);
    expect(row(run.stdout, "actor")).toEqual([25, 1, 0, 0]); // the seed adds aliases to the Macron the wire created
    expect(run.stdout).toMatch(/2 document\(s\) applied, 3 rejected\./);
    const rejected = run.stderr.slice(run.stderr.indexOf("Rejected 3 document(s)"));
    expect(rejected).toContain(`${path.join(dir, "broken.json")}: malformed JSON: Expected double-quoted property name at line 3 column 36`);
    expect(rejected).toContain(`${path.join(dir, "feeds", "wire.ndjson")} line 2: malformed JSON:`);
    expect(rejected).toContain(`${path.join(dir, "feeds", "wire.ndjson")} line 4: quotes[0].speaker: refers to "zelenskyy", which is not a key in actors`);
    expect(run.stderr).toMatch(/Ingesting: \d+\/\d+ entries/);

    const documents = (await exported(settings, "after-inbox.ndjson")).trimEnd().split("\n").map((line) => JSON.parse(line));
    expect(documents.map((doc) => doc.article.url)).toEqual(["https://example.org/wire/1", seedDocument().article.url]);
  });

  it("round-trips: export, ingest into an empty database, export again gives the same bytes", slow, async () => {
    const first = await exported(settings, "first.ndjson");
    const empty = await freshDatabase();
    const ingest = await runCli("ingest", [path.join(workDir, "first.ndjson")], empty);
    expect(ingest.stdout).toMatch(/2 document\(s\) applied, 0 rejected\./);
    expect(ingest.code).toBe(0);
    expect(await exported(empty, "second.ndjson")).toBe(first);

    // The export ingested back into the database it came from changes nothing.
    const back = await runCli("ingest", [path.join(workDir, "first.ndjson")], settings);
    expect(back.code).toBe(0);
    for (const entity of ["article", "actor", "quote", "meeting", "citation"]) expect(row(back.stdout, entity)?.[0] === 0 && row(back.stdout, entity)?.[1] === 0).toBe(true);
    expect(await exported(settings, "third.ndjson")).toBe(first);
  });

  it("leaves the database as it was when the ingest is killed in the middle of a document", slow, async () => {
    const before = await exported(settings, "before-kill.ndjson");
    const count = 3_000;
    const big: ArticleDocument = {
      article: { url: "https://example.org/big", title: "Many statements", text: "Macron said he was ready. ".repeat(10) },
      actors: [{ key: "macron", kind: "PERSON", name: "Emmanuel Macron", slug: "emmanuel-macron" }],
      quotes: Array.from({ length: count }, (_, i) => ({
        key: `quote-${i}`, kind: "PARAPHRASE" as const, text: `Statement ${i}`, speaker: "macron",
        citations: [{ excerpt: "Macron said he was ready.", occurrence: (i % 10) + 1 }],
      })),
    };
    const file = path.join(workDir, "big.json");
    await fs.writeFile(file, JSON.stringify(big));

    const { child, done } = startCli("ingest", [file], settings);
    let output = "";
    await new Promise<void>((resolve, reject) => {
      child.stderr!.on("data", (chunk) => {
        output += chunk;
        // Killed once the progress line shows the document partly written.
        const progress = [...output.matchAll(/(\d+)\/(\d+) entries/g)].map((match) => Number(match[1]));
        if (progress.some((applied) => applied > 0 && applied < count)) resolve();
      });
      child.on("close", () => reject(new Error(`ingest ended before it could be killed:\n${output}`)));
    });
    child.kill("SIGKILL");
    expect((await done).signal).toBe("SIGKILL");

    // An embedded database's lock is left behind by the killed process and goes stale after 10 s.
    let after: string | undefined;
    for (let attempt = 0; after === undefined; attempt++) {
      const run = await runCli("export", [], settings);
      if (run.code === 0) after = run.stdout;
      else if (attempt > 15 || !/in use by another Dossier process/.test(run.stderr)) throw new Error(run.stderr);
      else await new Promise((resolve) => setTimeout(resolve, 2_000));
    }
    expect(after).toBe(before);
  });
});
