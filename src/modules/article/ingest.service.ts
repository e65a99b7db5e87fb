import type { UnitOfWork } from "../../write/unit.js";
import { ingestInUnit } from "../../ingest/ingest.js";

/** Ingests a document in the mutation's unit of work (whose events announce what it recorded); returns the article and the ingest's result. */
export async function ingestArticle(unit: UnitOfWork, input: unknown) {
  const result = await ingestInUnit(unit, input);
  const article = await unit.tx.article.findUniqueOrThrow({ where: { id: result.articleId } });
  return { article, result };
}
