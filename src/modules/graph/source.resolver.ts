import { Arg, Ctx, FieldResolver, Query, Resolver, Root } from "type-graphql";
import type { Context } from "../../context.js";
import { factTables } from "../../graph/fact-types.js";
import { Article } from "../article/article.type.js";
import { Actor } from "../actor/actor.type.js";
import { FactSource, FactType, MergeCandidate } from "./source.type.js";

@Resolver(() => FactSource)
export class FactSourceResolver {
  @FieldResolver(() => Article, { nullable: true, description: "The article; null for a write made directly through the API." })
  article(@Root() source: FactSource, @Ctx() { loaders }: Context) {
    return loaders.optional<Article>("Article", source.articleId);
  }
}

@Resolver(() => Article)
export class ArticleMentionsResolver {
  @FieldResolver(() => [Actor], {
    description: "Every actor the article's document names, in name order — with a fact about them or without (\"NATO\", mentioned in passing).",
  })
  async mentionedActors(@Root() article: Article, @Ctx() { prisma }: Context) {
    const mentions = await prisma.mention.findMany({ where: { articleId: article.id, factType: "ACTOR" }, include: { actor: true } });
    return mentions.map((mention) => mention.actor!).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  }
}

type CandidateRow = { factType: FactType; knownId: string; otherId: string | null; score: number; evidence: unknown; articleId: string | null; createdAt: Date };

@Resolver(() => MergeCandidate)
export class MergeCandidateResolver {
  @Query(() => [MergeCandidate], {
    description: "Near matches kept for review, best score first: facts (or spellings of an actor's name) that the matching rules did not take as one. Merge them with merge<Type>s (mergeMeetings, mergeActors, …) or leave them apart.",
  })
  async mergeCandidates(
    @Arg("type", () => FactType, { nullable: true, description: "Only candidates of this kind of fact." }) type: FactType | null,
    @Ctx() { prisma, loaders }: Context,
  ) {
    const rows: CandidateRow[] = await prisma.mergeCandidate.findMany({
      where: type ? { factType: type } : {}, orderBy: [{ score: "desc" }, { createdAt: "asc" }, { id: "asc" }], take: 1000,
    });
    return Promise.all(rows.map(async (row) => ({
      ...row,
      type: row.factType,
      known: await loaders.node(factTables[row.factType].node, row.knownId),
      other: row.otherId === null ? null : await loaders.node(factTables[row.factType].node, row.otherId),
      article: null,
    })));
  }

  @FieldResolver(() => Article, { nullable: true, description: "The article whose ingest found the near match." })
  article(@Root() candidate: MergeCandidate, @Ctx() { loaders }: Context) {
    return loaders.optional<Article>("Article", candidate.articleId);
  }
}
