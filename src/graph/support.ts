import { forgetCandidates } from "./candidates.js";
import { domainRules } from "../common/domain-rules.js";
import { changedFields, isEmpty } from "../ingest/changes.js";
import { delegate, factTables, fromMentionValues, supportedFacts, type FactType, type Transaction } from "./fact-types.js";
import type { UnitOfWork } from "../write/unit.js";
import { commandOf, mentions } from "../write/commands.js";

/** Marks a fact as written through the API: it stays while that write supports it, whatever articles say. */
export async function recordApiWrite(unit: UnitOfWork, type: FactType, factId: string): Promise<void> {
  const column = factTables[type].column;
  const known = await unit.tx.mention.findFirst({ where: { articleId: null, [column]: factId }, select: { id: true } });
  if (!known) await mentions.create(unit, { factType: type, key: "api", values: {}, matchedBy: "api", [column]: factId });
}

/** `recordApiWrite` for a row just written through the API; returns the row. */
export async function writtenThroughApi<Row extends { id: string }>(unit: UnitOfWork, type: FactType, row: Row): Promise<Row> {
  await recordApiWrite(unit, type, row.id);
  return row;
}

type Ranked = { values: Record<string, unknown>; publishedAt: Date | null; url: string };

/** The later report first: the latest publication date; undated articles count as oldest; then the URL. */
const byRecency = (a: Ranked, b: Ranked) =>
  (b.publishedAt?.getTime() ?? -Infinity) - (a.publishedAt?.getTime() ?? -Infinity) || (a.url < b.url ? 1 : a.url > b.url ? -1 : 0);

/** A role's span is the widest its sources support: the earliest start and the latest end reported. */
function widenedSpan(ranked: Ranked[]): Record<string, unknown> {
  const span: Record<string, unknown> = {};
  const pick = (date: "startDate" | "endDate", precision: string, earlier: boolean) => {
    const dated = ranked.filter((entry) => entry.values[date] instanceof Date);
    if (dated.length === 0) return;
    const best = dated.reduce((a, b) => ((a.values[date] as Date) <= (b.values[date] as Date)) === earlier ? a : b);
    span[date] = best.values[date];
    span[precision] = best.values[precision] ?? null;
  };
  pick("startDate", "startPrecision", true);
  pick("endDate", "endPrecision", false);
  return span;
}

/** Each field from the latest report that gives it: a later report silent on the description does not clear it. */
function latestGiven(ranked: Ranked[]): Record<string, unknown> {
  const values: Record<string, unknown> = {};
  for (const column of Object.keys(ranked[0].values)) {
    values[column] = ranked.find((entry) => entry.values[column] !== null && entry.values[column] !== undefined)?.values[column] ?? null;
  }
  return values;
}

/**
 * An end taken from one report and a start from a later one can break the order rule (a meeting
 * moved to a later day): the end then comes from the report the start comes from.
 */
function orderedSpan(ranked: Ranked[], values: Record<string, unknown>): Record<string, unknown> {
  if (domainRules.order.holds(values.startsAt as Date | null, values.endsAt as Date | null)) return {};
  const startSource = ranked.find((entry) => entry.values.startsAt instanceof Date);
  return { endsAt: startSource?.values.endsAt ?? null };
}

/** A quote's sources agree on its words up to typography or a cut (the matching rule): the fullest rendering is kept. */
function longestText(ranked: Ranked[]): Record<string, unknown> {
  const texts = ranked.map((entry) => entry.values.text).filter((text): text is string => typeof text === "string");
  return texts.length ? { text: texts.reduce((a, b) => (b.length > a.length ? b : a)) } : {};
}

/**
 * Sets a fact's current values from its sources' versions (docs/INGEST-FORMAT.md, "Conflicts"):
 * each field from the latest published article that gives it; a role spans the widest dates reported; a quote
 * keeps its fullest text; a fact
 * written through the API keeps what the API wrote. Returns whether the fact changed.
 */
export async function deriveCurrentValues(unit: UnitOfWork, type: FactType, factId: string): Promise<boolean> {
  const { tx } = unit;
  const { column } = factTables[type];
  const mentions = await tx.mention.findMany({ where: { [column]: factId }, include: { article: { select: { publishedAt: true, url: true } } } });
  if (mentions.some((mention) => mention.articleId === null)) return false;
  const ranked = mentions
    .map((mention) => ({ values: fromMentionValues(mention.values), publishedAt: mention.article?.publishedAt ?? null, url: mention.article?.url ?? "" }))
    .filter((entry) => Object.keys(entry.values).length > 0)
    .sort(byRecency);
  if (ranked.length === 0) return false;
  const latest = latestGiven(ranked);
  const desired = { ...latest, ...(type === "ROLE" ? widenedSpan(ranked) : type === "QUOTE" ? longestText(ranked) : orderedSpan(ranked, latest)) };
  const stored = await delegate(tx, type).findUnique({ where: { id: factId } });
  if (!stored) return false;
  const changes = changedFields(stored, desired);
  if (isEmpty(changes)) return false;
  await commandOf[type].update(unit, factId, changes);
  return true;
}

/** After a source stopped mentioning a fact: deletes it when nothing supports it any more, else derives it again. */
export async function afterSupportLost(unit: UnitOfWork, type: FactType, factId: string): Promise<"deleted" | "updated" | "unchanged"> {
  const { tx } = unit;
  const { column } = factTables[type];
  if ((await tx.mention.count({ where: { [column]: factId } })) === 0) {
    if (await delegate(tx, type).findUnique({ where: { id: factId } })) await commandOf[type].delete(unit, factId);
    await tx.factRef.deleteMany({ where: { factId } });
    await forgetCandidates(tx, factId);
    return "deleted";
  }
  return (await deriveCurrentValues(unit, type, factId)) ? "updated" : "unchanged";
}

/** The facts an article mentions, by type, dependents first: read before the article goes. */
export async function factsMentionedBy(tx: Transaction, articleId: string): Promise<{ type: FactType; id: string }[]> {
  const mentions = await tx.mention.findMany({ where: { articleId } });
  const order: readonly FactType[] = supportedFacts;
  return mentions
    .filter((mention) => order.includes(mention.factType))
    .map((mention) => ({ type: mention.factType, id: mention[factTables[mention.factType].column] as string }))
    .sort((a, b) => order.indexOf(a.type) - order.indexOf(b.type));
}
