import { describe, expect, it } from "vitest";
import { KINDS, score } from "../src/extract/evaluate.js";
import { evaluateGoldSet, totals } from "../src/extract/gold-set.js";

// The targets of issue #11, met on the tuning set (the seed and the gold files not held out); the held-out
// files are scored apart and reported in docs/EXTRACTION.md, never tuned on, so they are not asserted.
const TARGETS = { quote: 0.85, figure: 0.75, meeting: 0.6, actor: 0.85 } as const;

describe("npm run eval:extract", () => {
  const results = evaluateGoldSet();

  it("reads the seed and the gold set, with a held-out part", () => {
    expect(results.length).toBeGreaterThanOrEqual(9);
    expect(results.filter((result) => result.article.heldOut).length).toBeGreaterThanOrEqual(2);
  });

  it("meets the targets on the tuning set", () => {
    const tuning = totals(results.filter((result) => !result.article.heldOut));
    for (const kind of KINDS) expect({ kind, f1: score(tuning[kind]).f1 >= TARGETS[kind] ? "met" : score(tuning[kind]).f1 }).toEqual({ kind, f1: "met" });
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
