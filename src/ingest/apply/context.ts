import type { ArticleText } from "../citations.js";
import type { EntityName, IngestSummary, Outcome } from "../summary.js";
import type { Transaction } from "../../common/mutation.js";
import type { UnitOfWork } from "../../write/unit.js";
import { citations } from "../../write/commands.js";
import type { FactType, Prisma } from "../../generated/prisma/client.js";
import type { ArticleMentions } from "./mentions.js";
import type { Resolution } from "../resolution.js";

type KeyedList = "actors" | "places" | "meetings" | "incidents";

/** Everything the appliers share while one document is written in one unit of work. */
export class ApplyContext {
  private readonly ids = new Map<string, string>();
  /** For every actor and fact entry: how it was resolved (created, or matched by what). */
  readonly resolutions: Resolution[] = [];
  /** New citations not written yet: they are written together at the end of the document. */
  private pendingCitations: Prisma.CitationCreateManyInput[] = [];

  constructor(
    /** Where every write goes: through its command (src/write/), which enforces the rules and collects the events. */
    readonly unit: UnitOfWork,
    readonly articleId: string,
    readonly text: ArticleText,
    readonly summary: IngestSummary,
    readonly mentions: ArticleMentions,
    /** The refs the document's entries give, as the graph knows them (read once per document). */
    readonly refs: Map<string, { factType: FactType; factId: string }>,
    private readonly onFactApplied: () => void,
  ) {}

  get tx(): Transaction {
    return this.unit.tx;
  }

  /** Records the database id behind a document key. */
  setId(list: KeyedList, key: string, id: string): void {
    this.ids.set(`${list}:${key}`, id);
  }

  /** The database id behind a document key (validation has made sure every reference resolves). */
  id(list: KeyedList, key: string): string;
  id(list: KeyedList, key: string | undefined): string | null;
  id(list: KeyedList, key: string | undefined): string | null {
    if (key === undefined) return null;
    const id = this.ids.get(`${list}:${key}`);
    if (id === undefined) throw new Error(`Unresolved ${list} key "${key}" after validation`);
    return id;
  }

  addCitations(rows: Prisma.CitationCreateManyInput[]): void {
    this.pendingCitations.push(...rows);
    this.count("citation", "created", rows.length);
  }

  async flushCitations(): Promise<void> {
    await citations.createMany(this.unit, this.pendingCitations);
    this.pendingCitations = [];
  }

  count(entity: EntityName, outcome: Outcome, amount = 1): void {
    this.summary[entity][outcome] += amount;
  }

  /** One more entry of the document has been written: for progress reporting. */
  applied(): void {
    this.onFactApplied();
  }
}
