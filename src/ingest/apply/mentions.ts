import type { Prisma } from "../../generated/prisma/client.js";
import { factTables, type FactType } from "../../graph/fact-types.js";
import type { UnitOfWork } from "../../write/unit.js";
import { mentions } from "../../write/commands.js";

type StoredMention = { id: string; factType: FactType; key: string; values: Prisma.JsonValue; factId: string };

const slot = (type: FactType, key: string) => `${type}:${key}`;

/**
 * The mentions one article has (what it says about each fact, actor and place, under its document
 * key), as loaded before its document is applied: applying records the entries' mentions, and the
 * mentions the document no longer has are dropped at the end.
 */
export class ArticleMentions {
  private readonly applied = new Set<string>();
  private readonly factsNow = new Set<string>();
  /** Facts an entry's mention moved away from (its key now names another fact). */
  private readonly left: { type: FactType; id: string }[] = [];
  /** New mentions not written yet: they are written together, before anything reads them. */
  private pending: Prisma.MentionCreateManyInput[] = [];

  private constructor(
    private readonly unit: UnitOfWork,
    private readonly articleId: string,
    private readonly stored: Map<string, StoredMention>,
  ) {}

  static async load(unit: UnitOfWork, articleId: string): Promise<ArticleMentions> {
    const rows = await unit.tx.mention.findMany({ where: { articleId } });
    const stored = rows.map((row) => ({ ...row, factId: row[factTables[row.factType].column] as string }));
    return new ArticleMentions(unit, articleId, new Map(stored.map((row) => [slot(row.factType, row.key), row])));
  }

  /** The fact this article's earlier version mentioned under the key. */
  factOf(type: FactType, key: string): string | undefined {
    return this.stored.get(slot(type, key))?.factId;
  }

  /** Whether another entry of this document already mentions the fact (two entries of one article are two facts). */
  mentionsNow(factId: string): boolean {
    return this.factsNow.has(factId);
  }

  /** Records that the article mentions the fact under the key, with the values it reports. */
  async record(type: FactType, key: string, factId: string, values: Prisma.InputJsonObject, matchedBy: string): Promise<void> {
    const { column } = factTables[type];
    const before = this.stored.get(slot(type, key));
    this.applied.add(slot(type, key));
    this.factsNow.add(factId);
    if (!before) {
      this.pending.push({ articleId: this.articleId, factType: type, key, values, matchedBy, [column]: factId });
    } else if (before.factId !== factId || JSON.stringify(before.values) !== JSON.stringify(values)) {
      if (before.factId !== factId) this.left.push({ type, id: before.factId });
      await mentions.update(this.unit, before.id, { values, matchedBy, [column]: factId });
    }
  }

  /** Writes the new mentions recorded so far. */
  async flush(): Promise<void> {
    await mentions.createMany(this.unit, this.pending);
    this.pending = [];
  }

  /** Deletes the mentions the document no longer has; returns the facts they were about. */
  async dropRest(): Promise<{ type: FactType; id: string }[]> {
    await this.flush();
    const dropped = [...this.stored.entries()].filter(([key]) => !this.applied.has(key)).map(([, mention]) => mention);
    await mentions.deleteMany(this.unit, dropped.map((mention) => mention.id));
    return [...this.left, ...dropped.map((mention) => ({ type: mention.factType, id: mention.factId }))];
  }
}
