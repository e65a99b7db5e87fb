import { cpus, loadavg } from "node:os";
import { performance } from "node:perf_hooks";
import { analyse } from "../../src/extract/analysis.js";
import { extractArticle } from "../../src/extract/extract.js";
import { loadGoldSet } from "../../src/extract/gold-set.js";

// npm run bench:extract: articles of 5,000 characters per second on one core (this process is
// single-threaded), and the time of one 50,000-character article (the format's limit).

const texts = loadGoldSet().map((gold) => gold.document.article.text);
const corpus = texts.join("\n\n");

/** `length` characters of the gold texts from `offset` on, cut at a paragraph end. */
function textOf(length: number, offset: number): string {
  let text = "";
  for (let at = offset % corpus.length; text.length < length; at = 0) text += corpus.slice(at, at + length - text.length);
  const cut = text.lastIndexOf("\n", length);
  return cut > length * 0.8 ? text.slice(0, cut) : text;
}

const article = (text: string, i: number) => ({ url: `urn:dossier:bench:${i}`, title: `Bench ${i}`, publishedAt: "2025-10-22", text });
const started = performance.now();
extractArticle(article(textOf(5_000, 0), 0));
const firstMs = performance.now() - started;

const count = Number(process.env.BENCH_ARTICLES ?? 500);
const articles = Array.from({ length: count }, (_, i) => article(textOf(5_000, i * 977), i));
for (const input of articles.slice(0, 20)) extractArticle(input);
// CPU time of this process as well as wall time: on a shared machine the wall clock also counts
// the time other processes hold the core, the CPU time only what extraction itself costs on it.
const cpu0 = process.cpuUsage();
const t0 = performance.now();
for (const input of articles) extractArticle(input);
const seconds = (performance.now() - t0) / 1000;
const cpu = process.cpuUsage(cpu0);
const cpuSeconds = (cpu.user + cpu.system) / 1e6;
// wink-nlp's own reading of the same texts, side by side: the share of the time the library takes.
const t1 = performance.now();
for (const input of articles) analyse(input.text);
const winkSeconds = (performance.now() - t1) / 1000;
const meanLength = Math.round(articles.reduce((sum, input) => sum + input.text.length, 0) / count);

const long = article(textOf(50_000, 0).slice(0, 50_000), -1);
const times: number[] = [];
const cpuTimes: number[] = [];
for (let i = 0; i < 5; i++) {
  const t = performance.now();
  const c = process.cpuUsage();
  extractArticle(long);
  times.push(performance.now() - t);
  const used = process.cpuUsage(c);
  cpuTimes.push((used.user + used.system) / 1000);
}
times.sort((a, b) => a - b);
cpuTimes.sort((a, b) => a - b);

console.log(`first article (includes loading the wink-nlp model): ${firstMs.toFixed(0)} ms`);
console.log(`load average ${loadavg().map((load) => load.toFixed(1)).join(" ")} on ${cpus().length} cores`);
console.log(`${count} articles of ${meanLength} characters: ${(count / seconds).toFixed(1)} articles/s by the wall clock (${((seconds * 1000) / count).toFixed(2)} ms each), ${(count / cpuSeconds).toFixed(1)} articles per CPU-second`);
console.log(`  of which wink-nlp alone (tokens, tags, sentences): ${(count / winkSeconds).toFixed(1)} articles/s; extraction takes ${(seconds / winkSeconds).toFixed(1)}× wink-nlp's time`);
console.log(`one article of ${long.text.length} characters: median ${times[2].toFixed(0)} ms, slowest ${times[4].toFixed(0)} ms of 5 by the wall clock; median ${cpuTimes[2].toFixed(0)} ms of CPU`);
