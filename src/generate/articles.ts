import type { Random } from "./random.js";
import { sqlTimestamp, type GraphWriter } from "./writer.js";
import type { ActorRef, MediaRef } from "./world.js";

/** The citation column of each kind of fact. */
export type FactColumn = "roleId" | "meetingId" | "attendanceId" | "quoteId" | "incidentId" | "figureId";

interface DraftCitation {
  excerpt: string;
  startOffset: number;
  endOffset: number;
  attribution: string | null;
  attributedToId: string | null;
  fact: FactColumn;
  factId: string;
}

/** Unicode code points, as citation offsets count them (UTF-16 length minus surrogate pairs). */
function codePoints(text: string): number {
  let pairs = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 0xd800 && code <= 0xdbff) pairs++;
  }
  return text.length - pairs;
}

export const slugify = (text: string) =>
  text.normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "").slice(0, 60);

/**
 * An article being written: text is appended piece by piece, and every cited piece records where it
 * sits, so each citation's excerpt is exactly the article text between its offsets.
 */
export class ArticleDraft {
  private readonly parts: string[] = [];
  private length = 0;
  private readonly citations: DraftCitation[] = [];

  constructor(readonly title: string, readonly publisher: MediaRef, readonly publishedAt: Date) {
    this.write(`${title}\n\n`);
  }

  write(text: string): this {
    this.parts.push(text);
    this.length += codePoints(text);
    return this;
  }

  /** Writes `excerpt` as the support of one fact, optionally followed by ", per AP" naming the source. */
  cite(excerpt: string, fact: FactColumn, factId: string, source?: { attribution: string; actor: ActorRef | null }): this {
    const startOffset = this.length;
    this.write(excerpt);
    this.citations.push({
      excerpt, startOffset, endOffset: this.length, fact, factId,
      attribution: source?.attribution ?? null, attributedToId: source?.actor?.id ?? null,
    });
    return this;
  }

  get citationCount(): number {
    return this.citations.length;
  }

  /** Writes the article and its citations. */
  async publish(writer: GraphWriter, random: Random, serial: number): Promise<void> {
    const id = random.uuid();
    const day = sqlTimestamp(this.publishedAt).slice(0, 10).replace(/-/g, "/");
    await writer.add("Article", {
      id,
      url: `https://news.example/${slugify(this.publisher.short)}/${day}/${slugify(this.title)}-${serial}`,
      title: this.title,
      publisher: this.publisher.name,
      publishedAt: sqlTimestamp(this.publishedAt),
      text: this.parts.join(""),
    });
    for (const citation of this.citations) {
      const { fact, factId, ...columns } = citation;
      await writer.add("Citation", { id: random.uuid(), articleId: id, ...columns, [fact]: factId });
    }
  }
}

/** A source a citation may name: another agency ("per AP") a third of the time, else the article's own voice. */
export function agencySource(random: Random, media: readonly MediaRef[], publisher: MediaRef) {
  if (!random.chance(0.3)) return undefined;
  const agency = random.pick(media);
  return agency === publisher ? undefined : { attribution: `per ${agency.short}`, actor: agency };
}
