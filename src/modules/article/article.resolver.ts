import { Arg, Args, Ctx, FieldResolver, ID, Query, Resolver, Root } from "type-graphql";
import type { Context } from "../../context.js";
import { NodeResolver } from "../../common/node.js";
import { parseIdOf } from "../../common/node-id.js";
import { PageArgs, parsePageArgs } from "../../common/pagination.js";
import { findPage } from "../../common/lists.js";
import { recorded } from "../../common/sort.js";
import { Prisma } from "../../generated/prisma/client.js";
import { Article, ArticleConnection, CitationConnection } from "./article.type.js";
import { articlesByPublication } from "./article.lists.js";

@Resolver(() => Article)
export class ArticleResolver extends NodeResolver(Article, "Article") {
  @Query(() => Article, { nullable: true, description: "An article by id; null when there is none." })
  article(@Arg("id", () => ID, { description: "Its global id (the `id` field of a result)." }) id: string, @Ctx() { loaders }: Context) {
    return loaders.byId<Article>("Article").load(parseIdOf("Article", id, "id"));
  }

  @Query(() => ArticleConnection, { description: "Articles by publication date (undated last)." })
  articles(@Args() args: PageArgs, @Ctx() { prisma }: Context) {
    return findPage(prisma, { from: Prisma.sql`"Article" t`, where: [], sort: articlesByPublication }, parsePageArgs(args, articlesByPublication));
  }

  @FieldResolver(() => CitationConnection, { description: "Every fact this article supports, as citations in the order recorded." })
  citations(@Root() article: Article, @Args() args: PageArgs, @Ctx() { loaders }: Context) {
    const list = { from: Prisma.sql`"Citation" t`, where: [], sort: recorded, parentColumn: Prisma.sql`t."articleId"` };
    return loaders.childPage("citationsByArticle", list, parsePageArgs(args, recorded)).load(article.id);
  }
}
