import { KINDS, score, type Scores } from "../../src/extract/evaluate.js";
import { evaluateGoldSet, totals } from "../../src/extract/gold-set.js";

// npm run eval:extract [-- --verbose]: precision, recall and F1 per kind on the gold set, tuning and held-out apart.
// --verbose adds, for the tuning files only, F1 per article and every entry left unmatched; the held-out files are
// only ever seen in the totals, so that no rule is tuned on them.

const pct = (value: number) => value.toFixed(2);

function table(title: string, scores: Scores, articles: number): string {
  const rows = KINDS.map((kind) => {
    const s = score(scores[kind]);
    return `| ${kind} | ${s.tp} | ${s.fp} | ${s.fn} | ${pct(s.precision)} | ${pct(s.recall)} | ${pct(s.f1)} |`;
  });
  return [`### ${title} (${articles} articles)`, "", "| kind | TP | FP | FN | precision | recall | F1 |", "| --- | --- | --- | --- | --- | --- | --- |", ...rows, ""].join("\n");
}

const results = evaluateGoldSet();
const tuning = results.filter((result) => !result.article.heldOut);
const heldOut = results.filter((result) => result.article.heldOut);
if (process.argv.includes("--verbose")) {
  for (const { article, scores, misses } of tuning) {
    console.log(`${article.file}: ${KINDS.map((kind) => `${kind} ${pct(score(scores[kind]).f1)}`).join(", ")}`);
    for (const kind of KINDS) {
      for (const line of misses[kind].missed) console.log(`  ${kind} missed:   ${line}`);
      for (const line of misses[kind].spurious) console.log(`  ${kind} spurious: ${line}`);
    }
  }
  console.log();
}
console.log(table("Tuning set", totals(tuning), tuning.length));
if (heldOut.length) console.log(table("Held-out set", totals(heldOut), heldOut.length));
console.log(table("Whole gold set", totals(results), results.length));
