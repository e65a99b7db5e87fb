import type { CitationDoc } from "../document.js";
import { IngestError, formatPath, type PathSegment } from "../errors.js";
import type { EntityName } from "../summary.js";
import { parseGlobalId } from "../../common/node-id.js";
import { factTables, toMentionValues, type FactType } from "../../graph/fact-types.js";
import { deriveCurrentValues, recordApiWrite } from "../../graph/support.js";
import { recordCandidate } from "../../graph/candidates.js";
import type { RuleOutcome } from "../../graph/rules.js";
import type { ApplyContext } from "./context.js";
import { syncCitations } from "./citations.js";
import { commandOf } from "../../write/commands.js";
import { asDocumentProblems } from "./violations.js";

const entityOf: Partial<Record<FactType, EntityName>> = {
  ROLE: "role", MEETING: "meeting", ATTENDANCE: "attendance", QUOTE: "quote", INCIDENT: "incident", PARTICIPANT: "participant", FIGURE: "figure",
  // Counted with the named ones: the summary's rows are the document's kinds of entries.
  UNNAMED_ATTENDANCE: "attendance", UNNAMED_PARTICIPANT: "participant",
};

export interface FactEntry {
  type: FactType;
  /** The entry's key in the document (for nested entries, built from its parent's and its actor's). */
  key: string;
  path: PathSegment[];
  /** The known fact the entry names by global id, or by the caller's stable key. */
  id?: string;
  ref?: string;
  /** Also recorded directly through the API (as `npm run export` writes such facts). */
  api?: boolean;
  /** Never matched by the automatic rules. */
  exact?: boolean;
  /** Every column the entry sets, references resolved. */
  data: Record<string, unknown>;
  citations?: CitationDoc[];
  /** The one fact a unique natural key gives (an attendance is its meeting and actor), if any. */
  natural?: () => Promise<string | null>;
  /** The automatic matching rules of the fact type. */
  rules?: () => Promise<RuleOutcome>;
}

/** The fields with which a document entry names a known fact. */
export const namedBy = (entry: { id?: string; ref?: string; api?: boolean; exact?: boolean }) =>
  ({ id: entry.id, ref: entry.ref, api: entry.api, exact: entry.exact });

type Found = { id: string; by: string } | null;

/** What the natural key of a nested fact is made of, as a resolution reports it. */
const naturalKeys: Partial<Record<FactType, string>> = {
  ATTENDANCE: "meeting+actor", PARTICIPANT: "incident+actor+role",
  UNNAMED_ATTENDANCE: "meeting+description+affiliation", UNNAMED_PARTICIPANT: "incident+description+affiliation+role",
};

const factExists = async (ctx: ApplyContext, type: FactType, id: string) =>
  (await (ctx.tx[factTables[type].model] as unknown as { count(args: object): Promise<number> }).count({ where: { id } })) > 0;

/** The fact a global id names: the fact itself, or the survivor of a merge that took it. */
async function byGlobalId(ctx: ApplyContext, entry: FactEntry, globalId: string): Promise<string> {
  const { node } = factTables[entry.type];
  const field = formatPath([...entry.path, "id"]);
  let parsed: { type: string; id: string };
  try {
    parsed = parseGlobalId(globalId, field);
  } catch {
    throw IngestError.of([...entry.path, "id"], "INVALID", `"${globalId}" is not a Dossier id`);
  }
  const merged = await ctx.tx.factRef.findUnique({ where: { ref: globalId } });
  const id = merged?.factType === entry.type ? merged.factId : parsed.id;
  const exists = parsed.type === node && (await factExists(ctx, entry.type, id));
  if (!exists) throw IngestError.of([...entry.path, "id"], "UNKNOWN_REFERENCE", `names no known ${node}: "${globalId}"`);
  return id;
}

/** Resolution order: this article's earlier mention under the key, then the global id, then the ref, then a unique natural key, then the rules. */
async function resolve(ctx: ApplyContext, entry: FactEntry, rules: RuleOutcome): Promise<Found> {
  const earlier = ctx.mentions.factOf(entry.type, entry.key);
  if (earlier !== undefined) return { id: earlier, by: "key" };
  if (entry.id !== undefined) return { id: await byGlobalId(ctx, entry, entry.id), by: "id" };
  if (entry.ref !== undefined) {
    const known = ctx.refs.get(entry.ref);
    if (known && known.factType !== entry.type) {
      throw IngestError.of([...entry.path, "ref"], "INVALID", `"${entry.ref}" is the ref of a ${factTables[known.factType].node}, not of a ${factTables[entry.type].node}`);
    }
    if (known && (await factExists(ctx, entry.type, known.factId))) return { id: known.factId, by: "ref" };
    // A ref the graph does not know yet (or whose fact was deleted) is registered for the fact found below.
    if (known) {
      await ctx.tx.factRef.delete({ where: { ref: entry.ref } });
      ctx.refs.delete(entry.ref);
    }
  }
  const natural = await entry.natural?.();
  if (natural) return { id: natural, by: naturalKeys[entry.type] ?? "natural" };
  const match = !entry.exact && rules.match && !ctx.mentions.mentionsNow(rules.match.id) ? rules.match : undefined;
  return match ? { id: match.id, by: match.rule } : null;
}

/**
 * Writes one fact entry of the document as this article's mention of a fact: resolved to a known
 * fact or created, its mention's values recorded, the fact's current values derived from all its
 * sources, this article's citations of it brought up to date, near matches kept as candidates.
 */
export function mentionFact(ctx: ApplyContext, entry: FactEntry): Promise<{ id: string; created: boolean }> {
  return asDocumentProblems(entry.path, entry, () => writeMention(ctx, entry));
}

async function writeMention(ctx: ApplyContext, entry: FactEntry): Promise<{ id: string; created: boolean }> {
  const { tx } = ctx;
  const rules = entry.id === undefined && !entry.exact && ctx.mentions.factOf(entry.type, entry.key) === undefined
    ? (await entry.rules?.()) ?? { near: [] }
    : { near: [] };
  const found = await resolve(ctx, entry, rules);
  const entity = entityOf[entry.type]!;
  let id: string;
  let created = false;
  if (found === null) {
    ({ id } = await commandOf[entry.type].create(ctx.unit, entry.data));
    created = true;
    ctx.count(entity, "created");
  } else {
    id = found.id;
  }
  const by = found?.by ?? "created";
  if (entry.ref !== undefined && !ctx.refs.has(entry.ref)) {
    await tx.factRef.create({ data: { ref: entry.ref, factType: entry.type, factId: id } });
    ctx.refs.set(entry.ref, { factType: entry.type, factId: id });
  }
  await ctx.mentions.record(entry.type, entry.key, id, toMentionValues(entry.type, entry.data), by);
  if (entry.api) await recordApiWrite(ctx.unit, entry.type, id);
  if (!created) {
    await ctx.mentions.flush();
    ctx.count(entity, (await deriveCurrentValues(ctx.unit, entry.type, id)) ? "updated" : "unchanged");
  }
  if (factTables[entry.type].cited) {
    const column = factTables[entry.type].column as "roleId";
    const stored = created ? [] : await tx.citation.findMany({ where: { articleId: ctx.articleId, [column]: id } });
    await syncCitations(ctx, column, id, stored, entry.citations);
  }
  if (created) {
    for (const near of rules.near.filter((candidate) => !ctx.mentions.mentionsNow(candidate.id))) {
      await recordCandidate(tx, entry.type, near.id, { id }, near, ctx.articleId);
    }
  }
  ctx.resolutions.push({ path: formatPath(entry.path), type: entry.type, key: entry.key, outcome: created ? "created" : "matched", by, id });
  ctx.applied();
  return { id, created };
}
