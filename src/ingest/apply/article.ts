import type { ArticleDocument } from "../document.js";
import { changedFields, isEmpty } from "../changes.js";
import type { IngestSummary } from "../summary.js";
import type { Transaction } from "./context.js";
import { instant } from "./values.js";

/** The article row, found by URL (which identifies the document) and brought up to date, or created. */
export async function applyArticle(tx: Transaction, summary: IngestSummary, article: ArticleDocument["article"]) {
  const data = { title: article.title, publisher: article.publisher ?? null, publishedAt: instant(article.publishedAt), authors: article.authors ?? [], text: article.text };
  const stored = await tx.article.findUnique({ where: { url: article.url } });
  if (!stored) {
    const { id } = await tx.article.create({ data: { url: article.url, ...data }, select: { id: true } });
    summary.article.created++;
    return { id, created: true };
  }
  const changes = changedFields(stored, data);
  if (isEmpty(changes)) summary.article.unchanged++;
  else {
    await tx.article.update({ where: { id: stored.id }, data: changes });
    summary.article.updated++;
  }
  return { id: stored.id, created: false };
}
