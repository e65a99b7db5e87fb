import { describe, expect, it } from "vitest";
import { KINDS, score } from "../src/extract/evaluate.js";
import { evaluateGoldSet, totals } from "../src/extract/gold-set.js";

// The targets of issue #11, met on the tuning set (the seed and the gold files not held out) and on the whole
// gold set; the held-out files alone are scored apart and reported in docs/EXTRACTION.md, never tuned on, so
// they are not asserted on their own.
const TARGETS = { quote: 0.85, figure: 0.75, meeting: 0.6, actor: 0.85 } as const;

const unmet = (scores: ReturnType<typeof totals>) => KINDS.filter((kind) => score(scores[kind]).f1 < TARGETS[kind]).map((kind) => ({ kind, f1: score(scores[kind]).f1 }));

describe("npm run eval:extract", () => {
  const results = evaluateGoldSet();

  it("reads the seed and the gold set, with a held-out part", () => {
    expect(results.length).toBeGreaterThanOrEqual(9);
    expect(results.filter((result) => result.article.heldOut).length).toBeGreaterThanOrEqual(2);
  });

  it("meets the targets on the tuning set", () => {
    expect(unmet(totals(results.filter((result) => !result.article.heldOut)))).toEqual([]);
  });

  it("meets the targets on the whole gold set, held-out files included", () => {
    expect(unmet(totals(results))).toEqual([]);
  });

  it("counts a quote whose text matches but whose speaker is wrong as an error", async () => {
    const { compare } = await import("../src/extract/evaluate.js");
    const gold = results[0].article.document;
    const wrong = structuredClone(gold);
    const other = gold.actors!.find((actor) => actor.key !== gold.quotes![0].speaker && actor.kind === "PERSON")!.key;
    wrong.quotes![0].speaker = other;
    expect(compare(gold, gold).quote).toEqual({ tp: gold.quotes!.length, fp: 0, fn: 0 });
    expect(compare(gold, wrong).quote).toEqual({ tp: gold.quotes!.length - 1, fp: 1, fn: 1 });
  });
});
