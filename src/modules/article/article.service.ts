import { existingId } from "../../common/references.js";
import type { UnitOfWork } from "../../write/unit.js";
import { articles, citations } from "../../write/commands.js";
import type { ArticleInput } from "./article.inputs.js";
import { locateExcerpt } from "./citation.service.js";

const articleData = (input: ArticleInput) => ({
  url: input.url,
  title: input.title,
  publisher: input.publisher ?? null,
  publishedAt: input.publishedAt ?? null,
  authors: input.authors ?? [],
  text: input.text,
});

/** Which occurrence of `excerpt` in `text` starts at code point `startOffset` (1 for the first). */
function occurrenceAt(text: string, excerpt: string, startOffset: number): number {
  const index = Array.from(text).slice(0, startOffset).join("").length;
  let occurrence = 1;
  for (let found = text.indexOf(excerpt); found >= 0 && found < index; found = text.indexOf(excerpt, found + 1)) occurrence++;
  return occurrence;
}

export async function createArticle(unit: UnitOfWork, input: ArticleInput) {
  return articles.create(unit, articleData(input));
}

/** Replaces an article; a changed text moves every citation to its excerpt in the new text. */
export async function updateArticle(unit: UnitOfWork, globalId: string, input: ArticleInput) {
  const id = await existingId(unit.tx, "Article", globalId, "id");
  const before = await unit.tx.article.findUniqueOrThrow({ where: { id } });
  const article = await articles.update(unit, id, articleData(input));
  if (before.text === input.text) return article;
  for (const citation of await unit.tx.citation.findMany({ where: { articleId: id } })) {
    const occurrence = occurrenceAt(before.text, citation.excerpt, citation.startOffset);
    const located = locateExcerpt(input.text, citation.excerpt, occurrence, ["input", "text"], `text no longer contains "${citation.excerpt}", which a citation quotes; change or delete that citation first`);
    if (located.startOffset !== citation.startOffset) {
      await citations.update(unit, citation.id, { startOffset: located.startOffset, endOffset: located.endOffset });
    }
  }
  return article;
}
