import { existsSync, readFileSync, readdirSync } from "node:fs";
import { basename, join } from "node:path";
import type { ArticleDocument } from "../ingest/document.js";
import { validateDocument } from "../ingest/validate.js";
import { addScores, compareInDetail, emptyScores, type Misses, type Scores } from "./evaluate.js";
import { extractArticle } from "./extract.js";

export interface GoldArticle {
  file: string;
  heldOut: boolean;
  document: ArticleDocument;
}

const root = new URL("../../", import.meta.url).pathname;
export const GOLD_DIR = join(root, "eval/gold");
const SEED = join(root, "prisma/seed/coalition-of-the-willing-2025-09-04.json");

/** The files eval/gold/README.md lists under its held-out heading: kept out of tuning, scored apart. */
function heldOutFiles(): Set<string> {
  const readme = join(GOLD_DIR, "README.md");
  if (!existsSync(readme)) return new Set();
  const held = new Set<string>();
  let level = 0;
  for (const line of readFileSync(readme, "utf8").split("\n")) {
    const heading = /^(#+)\s+(.*)$/.exec(line);
    if (heading) {
      if (/held[- ]?out/i.test(heading[2])) level = heading[1].length;
      else if (level && heading[1].length <= level) level = 0;
      continue;
    }
    if (level) for (const match of line.matchAll(/[\w.-]+\.json/g)) held.add(basename(match[0]));
  }
  return held;
}

/** The seed document and every gold document of eval/gold, each checked against the ingest format. */
export function loadGoldSet(): GoldArticle[] {
  const held = heldOutFiles();
  const files = [SEED, ...readdirSync(GOLD_DIR).filter((file) => file.endsWith(".json")).sort().map((file) => join(GOLD_DIR, file))];
  return files.map((file) => ({ file: basename(file), heldOut: held.has(basename(file)), document: validateDocument(JSON.parse(readFileSync(file, "utf8"))) }));
}

export interface GoldResult {
  article: GoldArticle;
  scores: Scores;
  misses: Misses;
}

/** Extracts every gold article (with no known actors: the draft must find them in the text) and scores it against its gold document. */
export function evaluateGoldSet(gold = loadGoldSet()): GoldResult[] {
  return gold.map((article) => ({ article, ...compareInDetail(article.document, extractArticle(article.document.article)) }));
}

export function totals(results: GoldResult[]): Scores {
  return results.reduce((sum, result) => addScores(sum, result.scores), emptyScores());
}
