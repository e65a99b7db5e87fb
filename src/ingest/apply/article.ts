import type { ArticleDocument } from "../document.js";
import { changedFields, isEmpty } from "../changes.js";
import type { IngestSummary } from "../summary.js";
import type { UnitOfWork } from "../../write/unit.js";
import { articles } from "../../write/commands.js";
import { instant } from "./values.js";

/** The article row, found by URL (which identifies the document) and brought up to date, or created. */
export async function applyArticle(unit: UnitOfWork, summary: IngestSummary, article: ArticleDocument["article"]) {
  const data = { title: article.title, publisher: article.publisher ?? null, publishedAt: instant(article.publishedAt), authors: article.authors ?? [], text: article.text };
  const stored = await unit.tx.article.findUnique({ where: { url: article.url } });
  if (!stored) {
    const { id } = await articles.create(unit, { url: article.url, ...data });
    summary.article.created++;
    return { id, created: true };
  }
  const changes = changedFields(stored, data);
  if (isEmpty(changes)) summary.article.unchanged++;
  else {
    await articles.update(unit, stored.id, changes);
    summary.article.updated++;
  }
  return { id: stored.id, created: false };
}
