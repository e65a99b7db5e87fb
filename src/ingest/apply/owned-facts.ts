import type { CitationDoc } from "../document.js";
import { changedFields, isEmpty } from "../changes.js";
import type { ApplyContext } from "./context.js";
import { createCitations, syncCitations, type CitationFact, type StoredCitation } from "./citations.js";

/** The models whose rows a document owns through (sourceArticleId, sourceKey). */
export type OwnedModel = "role" | "meeting" | "quote" | "incident" | "figure";

type StoredFact = { id: string; sourceKey: string | null; citations: StoredCitation[] } & Record<string, unknown>;

// The five Prisma delegates have the same shape for what is done here, but no common type.
interface OwnedDelegate {
  findMany(args: object): Promise<StoredFact[]>;
  create(args: { data: object; select: { id: true } }): Promise<{ id: string }>;
  update(args: { where: { id: string }; data: object }): Promise<unknown>;
  deleteMany(args: { where: { id: { in: string[] } } }): Promise<{ count: number }>;
}

export interface OwnedEntry {
  key: string;
  /** Every column the document sets, foreign keys resolved. */
  data: Record<string, unknown>;
  citations: CitationDoc[] | undefined;
}

/**
 * The facts of one kind that earlier versions of the document recorded, matched to the document's
 * entries by key: an entry with a known key updates that row in place, a new key creates a row,
 * and rows whose key the document no longer has are deleted.
 */
export class OwnedFacts<Extra extends object = object> {
  private readonly applied = new Set<string>();

  private constructor(
    private readonly ctx: ApplyContext,
    private readonly model: OwnedModel,
    private readonly stored: Map<string, StoredFact & Extra>,
  ) {}

  static async load<Extra extends object = object>(ctx: ApplyContext, model: OwnedModel, include: object = {}): Promise<OwnedFacts<Extra>> {
    const rows = await OwnedFacts.delegate(ctx, model).findMany({
      where: { sourceArticleId: ctx.articleId },
      include: { citations: { where: { articleId: ctx.articleId } }, ...include },
    });
    return new OwnedFacts<Extra>(ctx, model, new Map(rows.map((row) => [row.sourceKey as string, row as StoredFact & Extra])));
  }

  private static delegate(ctx: ApplyContext, model: OwnedModel): OwnedDelegate {
    return ctx.tx[model] as unknown as OwnedDelegate;
  }

  /** Writes one entry; returns its row id and, when it existed, the row as it was. */
  async apply(entry: OwnedEntry): Promise<{ id: string; before: (StoredFact & Extra) | undefined }> {
    const { ctx, model } = this;
    this.applied.add(entry.key);
    const before = this.stored.get(entry.key);
    const delegate = OwnedFacts.delegate(ctx, model);
    if (!before) {
      const { id } = await delegate.create({
        data: { ...entry.data, sourceArticleId: ctx.articleId, sourceKey: entry.key, citations: createCitations(ctx, entry.citations) },
        select: { id: true },
      });
      ctx.count(model, "created");
      ctx.applied();
      return { id, before };
    }
    const changes = changedFields(before, entry.data);
    if (isEmpty(changes)) ctx.count(model, "unchanged");
    else {
      await delegate.update({ where: { id: before.id }, data: changes });
      ctx.count(model, "updated");
    }
    await syncCitations(ctx, `${model}Id` as CitationFact, before.id, before.citations, entry.citations);
    ctx.applied();
    return { id: before.id, before };
  }

  /** Deletes the rows whose key the document no longer has (their citations go with them); returns them. */
  async deleteDropped(): Promise<(StoredFact & Extra)[]> {
    const dropped = [...this.stored.entries()].filter(([key]) => !this.applied.has(key)).map(([, row]) => row);
    if (dropped.length === 0) return dropped;
    await OwnedFacts.delegate(this.ctx, this.model).deleteMany({ where: { id: { in: dropped.map((row) => row.id) } } });
    this.ctx.count(this.model, "deleted", dropped.length);
    this.ctx.count("citation", "deleted", dropped.reduce((sum, row) => sum + row.citations.length, 0));
    return dropped;
  }
}
