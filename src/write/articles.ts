import type { Prisma } from "../generated/prisma/client.js";
import { afterSupportLost, factsMentionedBy } from "../graph/support.js";
import type { UnitOfWork } from "./unit.js";

export const articles = {
  async create(unit: UnitOfWork, data: Prisma.ArticleUncheckedCreateInput) {
    return unit.tx.article.create({ data });
  },
  async update(unit: UnitOfWork, id: string, data: Prisma.ArticleUncheckedUpdateInput) {
    return unit.tx.article.update({ where: { id }, data });
  },
  /** Its citations and mentions go with it, and so do the facts nothing else supports any more. */
  async delete(unit: UnitOfWork, id: string) {
    const facts = await factsMentionedBy(unit.tx, id);
    await unit.tx.article.delete({ where: { id } });
    for (const { type, id: factId } of facts) await afterSupportLost(unit, type, factId);
  },
};

/** Citations: where an article supports a fact (offsets located by the caller). */
export const citations = {
  async create(unit: UnitOfWork, data: Prisma.CitationUncheckedCreateInput) {
    return unit.tx.citation.create({ data });
  },
  /** Many citations of one document at once. */
  async createMany(unit: UnitOfWork, data: Prisma.CitationCreateManyInput[]) {
    if (data.length > 0) await unit.tx.citation.createMany({ data });
    return data.length;
  },
  async update(unit: UnitOfWork, id: string, data: Prisma.CitationUncheckedUpdateInput) {
    return unit.tx.citation.update({ where: { id }, data });
  },
  async delete(unit: UnitOfWork, id: string) {
    await unit.tx.citation.delete({ where: { id } });
  },
  /** Returns how many went. */
  async deleteMany(unit: UnitOfWork, where: Prisma.CitationWhereInput) {
    return (await unit.tx.citation.deleteMany({ where })).count;
  },
};

/** Mentions: what one source (an article, or the API) says about a fact, actor or place. */
export const mentions = {
  async create(unit: UnitOfWork, data: Prisma.MentionUncheckedCreateInput) {
    return unit.tx.mention.create({ data });
  },
  /** Many mentions of one document at once. */
  async createMany(unit: UnitOfWork, data: Prisma.MentionCreateManyInput[]) {
    if (data.length > 0) await unit.tx.mention.createMany({ data });
  },
  async update(unit: UnitOfWork, id: string, data: Prisma.MentionUncheckedUpdateInput) {
    return unit.tx.mention.update({ where: { id }, data });
  },
  async deleteMany(unit: UnitOfWork, ids: string[]) {
    if (ids.length > 0) await unit.tx.mention.deleteMany({ where: { id: { in: ids } } });
  },
};
