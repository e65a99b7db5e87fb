import type { CitationDoc } from "../document.js";
import { changedFields, isEmpty } from "../changes.js";
import type { ApplyContext } from "./context.js";
import { citations as commands } from "../../write/commands.js";

/** The column of Citation that names the fact it supports. */
export type CitationFact = "roleId" | "meetingId" | "attendanceId" | "quoteId" | "incidentId" | "figureId";

export interface StoredCitation {
  id: string;
  excerpt: string;
  startOffset: number;
  attribution: string | null;
  attributedToId: string | null;
}

/** The document's citations as rows of this article, offsets located in its text. */
export function citationRows(ctx: ApplyContext, citations: CitationDoc[] | undefined) {
  return (citations ?? []).map((citation) => {
    const located = ctx.text.locate(citation.excerpt, citation.occurrence);
    if (!located) throw new Error(`Excerpt not located after validation: ${citation.excerpt}`);
    return {
      articleId: ctx.articleId,
      excerpt: citation.excerpt,
      ...located,
      attribution: citation.attribution ?? null,
      attributedToId: ctx.id("actors", citation.attributedTo),
    };
  });
}

const identity = (citation: { startOffset: number; excerpt: string }) => `${citation.startOffset}:${citation.excerpt}`;

/**
 * Makes an existing fact's citations of this article the document's: a citation of the same
 * excerpt at the same place is kept (its attribution updated), others are added or removed.
 */
export async function syncCitations(
  ctx: ApplyContext, fact: CitationFact, factId: string, stored: StoredCitation[], citations: CitationDoc[] | undefined,
): Promise<void> {
  const unmatched = new Map<string, StoredCitation[]>();
  for (const citation of stored) unmatched.set(identity(citation), [...(unmatched.get(identity(citation)) ?? []), citation]);
  const toCreate = [];
  for (const row of citationRows(ctx, citations)) {
    const match = unmatched.get(identity(row))?.shift();
    if (!match) {
      toCreate.push({ ...row, [fact]: factId });
      continue;
    }
    const changes = changedFields(match, { attribution: row.attribution, attributedToId: row.attributedToId });
    if (isEmpty(changes)) ctx.count("citation", "unchanged");
    else {
      await commands.update(ctx.unit, match.id, changes);
      ctx.count("citation", "updated");
    }
  }
  ctx.addCitations(toCreate);
  const toDelete = [...unmatched.values()].flat().map((citation) => citation.id);
  if (toDelete.length > 0) ctx.count("citation", "deleted", await commands.deleteMany(ctx.unit, { id: { in: toDelete } }));
}
