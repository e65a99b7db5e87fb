import type { Prisma } from "../generated/prisma/client.js";

/** Fact kinds that stand on their own in a document (figures go with their incident). */
export type FactModel = "role" | "meeting" | "quote" | "incident";

interface UnownedDelegate {
  findMany(args: object): Promise<{ id: string; citations: { articleId: string }[] }[]>;
}

/**
 * Facts no document recorded (created through the API) go into the document of the first article
 * that cites them: per kind, the ids of such facts by article id. Facts no article cites cannot be
 * written as a document and are reported.
 */
export async function assignUnowned(prisma: Prisma.TransactionClient, onWarning: (message: string) => void): Promise<Map<FactModel, Map<string, string[]>>> {
  const assigned = new Map<FactModel, Map<string, string[]>>();
  for (const model of ["role", "meeting", "quote", "incident"] as const) {
    const rows = await (prisma[model] as unknown as UnownedDelegate).findMany({
      where: { sourceArticleId: null },
      select: { id: true, citations: { select: { articleId: true }, orderBy: [{ createdAt: "asc" }, { id: "asc" }], take: 1 } },
    });
    const byArticle = new Map<string, string[]>();
    for (const row of rows) {
      const articleId = row.citations[0]?.articleId;
      if (articleId === undefined) onWarning(`The ${model} ${row.id} cites no article and is left out`);
      else byArticle.set(articleId, [...(byArticle.get(articleId) ?? []), row.id]);
    }
    assigned.set(model, byArticle);
  }
  return assigned;
}
