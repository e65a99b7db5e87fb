import type { Transaction } from "../../common/mutation.js";
import { parseGlobalId } from "../../common/node-id.js";
import { existingId, optionalId } from "../../common/references.js";
import { UserInputError } from "../../common/user-errors.js";
import { ArticleText, notInText } from "../../ingest/citations.js";
import { citedBy, type FactType } from "../../common/cited-by.js";
import type { UnitOfWork } from "../../write/unit.js";
import { citations } from "../../write/commands.js";
import type { CitationInput } from "./article.inputs.js";

/** Where `excerpt` (its `occurrence`-th time) is in `text`; EXCERPT_NOT_IN_TEXT on `field` when it is not. */
export function locateExcerpt(text: string, excerpt: string, occurrence: number, field: string[], message?: string) {
  const located = new ArticleText(text).locate(excerpt, occurrence);
  if (!located) {
    throw new UserInputError("EXCERPT_NOT_IN_TEXT", field, message ?? (occurrence === 1
      ? `excerpt ${notInText(text, excerpt)}`
      : `excerpt occurs fewer than ${occurrence} times in the article text`));
  }
  return located;
}

async function citationData(tx: Transaction, input: CitationInput) {
  const articleId = await existingId(tx, "Article", input.article, "input.article");
  const { type } = parseGlobalId(input.fact, "input.fact");
  if (!(type in citedBy)) {
    throw new UserInputError("INVALID", ["input", "fact"], `fact must be the id of a ${Object.keys(citedBy).join(", ")}; got the id of a ${type}`);
  }
  const factId = await existingId(tx, type, input.fact, "input.fact");
  const { text } = await tx.article.findUniqueOrThrow({ where: { id: articleId }, select: { text: true } });
  const located = locateExcerpt(text, input.excerpt, input.occurrence ?? 1, ["input", "excerpt"]);
  const factColumns = Object.fromEntries(Object.entries(citedBy).map(([factType, column]) => [column, factType === type ? factId : null]));
  return {
    articleId,
    excerpt: input.excerpt,
    startOffset: located.startOffset,
    endOffset: located.endOffset,
    attribution: input.attribution ?? null,
    attributedToId: await optionalId(tx, "Actor", input.attributedTo, "input.attributedTo"),
    ...(factColumns as Record<(typeof citedBy)[FactType], string | null>),
  };
}

export async function createCitation(unit: UnitOfWork, input: CitationInput) {
  return citations.create(unit, await citationData(unit.tx, input));
}

export async function updateCitation(unit: UnitOfWork, globalId: string, input: CitationInput) {
  const id = await existingId(unit.tx, "Citation", globalId, "id");
  return citations.update(unit, id, await citationData(unit.tx, input));
}
