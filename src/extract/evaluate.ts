import type { ActorDoc, ArticleDocument, QuoteDoc } from "../ingest/document.js";
import { normalizeName } from "./known-actors.js";
import { SOURCE_NOUNS } from "./lexicon/words.js";

// How a draft compares with a gold article document, per kind of fact (docs/EXTRACTION.md says the rules).

export const KINDS = ["quote", "actor", "meeting", "figure"] as const;
export type Kind = (typeof KINDS)[number];

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

/** What a comparison left unmatched, for `eval:extract --verbose`: gold entries missed (false negatives) and draft entries unmatched (false positives). */
export type Misses = Record<Kind, { missed: string[]; spurious: string[] }>;

export type Score = Counts & { precision: number; recall: number; f1: number };
export type Scores = Record<Kind, Counts>;

export function emptyScores(): Scores {
  return { quote: { tp: 0, fp: 0, fn: 0 }, actor: { tp: 0, fp: 0, fn: 0 }, meeting: { tp: 0, fp: 0, fn: 0 }, figure: { tp: 0, fp: 0, fn: 0 } };
}

export function addScores(total: Scores, part: Scores): Scores {
  for (const kind of KINDS) for (const field of ["tp", "fp", "fn"] as const) total[kind][field] += part[kind][field];
  return total;
}

export function score(counts: Counts): Score {
  const precision = counts.tp + counts.fp ? counts.tp / (counts.tp + counts.fp) : 1;
  const recall = counts.tp + counts.fn ? counts.tp / (counts.tp + counts.fn) : 1;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { ...counts, precision, recall, f1 };
}

/** One-to-one matching: each gold entry takes the first unused draft entry that `matches` it. */
function pair<G, D>(gold: G[], draft: D[], matches: (g: G, d: D) => boolean): Counts & { missed: G[]; spurious: D[] } {
  const used = new Set<number>();
  const missed: G[] = [];
  for (const g of gold) {
    const found = draft.findIndex((d, i) => !used.has(i) && matches(g, d));
    if (found >= 0) used.add(found);
    else missed.push(g);
  }
  const tp = used.size;
  return { tp, fp: draft.length - tp, fn: gold.length - tp, missed, spurious: draft.filter((_, i) => !used.has(i)) };
}

/** Its names and aliases; for a body, also without the country that ends its full name ("State Emergency Service" of Ukraine). */
const namesOf = (actor: ActorDoc) => {
  const names = [actor.name, ...(actor.aliases ?? [])];
  if (actor.kind !== "PERSON") names.push(...names.map((name) => name.replace(/\s+of(?: the)? [^,]+$/, "")));
  else names.push(actor.name.split(" ").at(-1)!);
  return new Set(names.map(normalizeName));
};

/** Gold actor key → the draft actor key for the same actor (same Wikidata id, or a shared name or alias). */
function actorMapping(gold: ActorDoc[], draft: ActorDoc[]): Map<string, string> {
  const mapping = new Map<string, string>();
  const taken = new Set<string>();
  for (const g of gold) {
    const names = namesOf(g);
    const d = draft.find((candidate) => !taken.has(candidate.key) && g.wikidataId && candidate.wikidataId === g.wikidataId) ??
      draft.find((candidate) => !taken.has(candidate.key) && [...namesOf(candidate)].some((name) => names.has(name)));
    if (d) {
      mapping.set(g.key, d.key);
      taken.add(d.key);
    }
  }
  return mapping;
}

const STOP = new Set(["the", "a", "an", "of", "and", "or", "to", "in", "on", "for", "by", "per", "total", "number", "count", "share"]);
const stem = (word: string) => word.replace(/(?:ing|ed|es|s)$/, "").replace(/(.)\1$/, "$1");
const words = (text: string) => new Set((text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).filter((word) => !STOP.has(word)).map(stem));

/** Whether two renderings of a statement are the same statement: most words of the shorter are in the longer. */
export function sameStatement(a: string, b: string): boolean {
  const x = words(a);
  const y = words(b);
  const shared = [...x].filter((word) => y.has(word)).length;
  return shared >= Math.min(3, x.size, y.size) && shared / Math.min(x.size, y.size) >= 0.6 && shared / Math.max(x.size, y.size) >= 0.25;
}

/** Whether two metrics count the same thing: "drones_launched" and "drones_launched_total" do; the unit noun is enough. */
export function sameMetric(a: string, b: string): boolean {
  const x = words(a.replace(/_/g, " "));
  return [...words(b.replace(/_/g, " "))].some((word) => x.has(word));
}

function sourceNoun(description: string | undefined): string | undefined {
  return description?.toLowerCase().split(/\W+/).find((word) => SOURCE_NOUNS.includes(word))?.replace(/s$/, "");
}

function sameSpeaker(gold: QuoteDoc, draft: QuoteDoc, mapping: Map<string, string>): boolean {
  if (gold.speaker) return draft.speaker !== undefined && mapping.get(gold.speaker) === draft.speaker;
  if (draft.speaker) return false;
  const noun = sourceNoun(gold.speakerDescription);
  return noun === undefined || noun === sourceNoun(draft.speakerDescription);
}

/** True positives, false positives and false negatives of a draft against its gold document, per kind. */
export function compare(gold: ArticleDocument, draft: ArticleDocument): Scores {
  const { scores } = compareInDetail(gold, draft);
  return scores;
}

/** `compare`, with the entries each side left unmatched, rendered one line each. */
export function compareInDetail(gold: ArticleDocument, draft: ArticleDocument): { scores: Scores; misses: Misses } {
  const mapping = actorMapping(gold.actors ?? [], draft.actors ?? []);
  const mapped = (key: string | undefined) => (key === undefined ? undefined : mapping.get(key) ?? `gold:${key}`);
  const actor = { tp: mapping.size, fp: (draft.actors?.length ?? 0) - mapping.size, fn: (gold.actors?.length ?? 0) - mapping.size };

  const quote = pair(gold.quotes ?? [], draft.quotes ?? [], (g, d) => sameStatement(g.text, d.text) && sameSpeaker(g, d, mapping));

  const meeting = pair(gold.meetings ?? [], draft.meetings ?? [], (g, d) => {
    const expected = new Set((g.attendees ?? []).map((attendee) => mapped(attendee.actor)));
    const found = new Set((d.attendees ?? []).map((attendee) => attendee.actor));
    const shared = [...found].filter((key) => expected.has(key)).length;
    const dateAgrees = !g.startsAt || g.startsAt.slice(0, 10) === d.startsAt?.slice(0, 10);
    return dateAgrees && shared >= Math.max(1, Math.ceil(expected.size / 2)) && shared >= Math.ceil(found.size / 2);
  });

  const figuresOf = (doc: ArticleDocument) => (doc.incidents ?? []).flatMap((incident) => incident.figures ?? []);
  const figure = pair(figuresOf(gold), figuresOf(draft), (g, d) =>
    g.value === d.value && sameMetric(`${g.metric} ${g.unit}`, `${d.metric} ${d.unit}`) && (!g.claimant || mapped(g.claimant) === d.claimant));

  const counts = ({ tp, fp, fn }: Counts): Counts => ({ tp, fp, fn });
  const actorLine = (doc: ArticleDocument) => (key: string | undefined) => (key === undefined ? "-" : doc.actors?.find((a) => a.key === key)?.name ?? key);
  const goldName = actorLine(gold);
  const draftName = actorLine(draft);
  const quoteLine = (name: (key: string | undefined) => string) => (q: QuoteDoc) => `${q.kind} [${q.speaker ? name(q.speaker) : `«${q.speakerDescription ?? "-"}»`}] ${q.text.slice(0, 90)}`;
  const meetingLine = (name: (key: string | undefined) => string) => (m: NonNullable<ArticleDocument["meetings"]>[number]) =>
    `${m.status} ${m.startsAt?.slice(0, 10) ?? "undated"} [${(m.attendees ?? []).map((a) => `${name(a.actor)}:${a.role}`).join(", ")}] ${m.citations[0]?.excerpt.slice(0, 80) ?? ""}`;
  const figureLine = (name: (key: string | undefined) => string) => (f: ReturnType<typeof figuresOf>[number]) => `${f.value} ${f.metric} (${f.unit ?? ""}) by ${name(f.claimant)} «${f.qualifier ?? ""}»`;
  const goldActors = gold.actors ?? [];
  const mappedDraft = new Set(mapping.values());
  return {
    scores: { quote: counts(quote), actor, meeting: counts(meeting), figure: counts(figure) },
    misses: {
      quote: { missed: quote.missed.map(quoteLine(goldName)), spurious: quote.spurious.map(quoteLine(draftName)) },
      actor: {
        missed: goldActors.filter((a) => !mapping.has(a.key)).map((a) => `${a.kind} ${a.name}`),
        spurious: (draft.actors ?? []).filter((a) => !mappedDraft.has(a.key)).map((a) => `${a.kind} ${a.name}`),
      },
      meeting: { missed: meeting.missed.map(meetingLine(goldName)), spurious: meeting.spurious.map(meetingLine(draftName)) },
      figure: { missed: figure.missed.map(figureLine(goldName)), spurious: figure.spurious.map(figureLine(draftName)) },
    },
  };
}
