import type { GraphQLResolveInfo } from "graphql";
import { Arg, Args, Ctx, FieldResolver, ID, Info, Query, Resolver, Root } from "type-graphql";
import type { Context } from "../../context.js";
import { NodeResolver } from "../../common/node.js";
import { parseIdOf } from "../../common/node-id.js";
import { PageArgs, parsePageArgs } from "../../common/pagination.js";
import { readNode, readPage } from "../../read/read.js";
import { related } from "../../read/related.js";
import { Prisma } from "../../generated/prisma/client.js";
import { Article, ArticleConnection, CitationConnection } from "./article.type.js";
import { articlesByPublication } from "./article.lists.js";

@Resolver(() => Article)
export class ArticleResolver extends NodeResolver(Article, "Article") {
  @Query(() => Article, { nullable: true, description: "An article by id; null when there is none." })
  article(@Arg("id", () => ID, { description: "Its global id (the `id` field of a result)." }) id: string, @Ctx() { read }: Context, @Info() info: GraphQLResolveInfo) {
    return readNode(read, "Article", "id", parseIdOf("Article", id, "id"), info);
  }

  @Query(() => ArticleConnection, { description: "Articles by publication date (undated last)." })
  articles(@Args() args: PageArgs, @Ctx() { read }: Context, @Info() info: GraphQLResolveInfo) {
    return readPage(read, "Article", { from: Prisma.sql`"Article" t`, where: [], sort: articlesByPublication }, parsePageArgs(args, articlesByPublication), info);
  }

  @FieldResolver(() => CitationConnection, { description: "Every fact this article supports, as citations in the order recorded." })
  citations(@Root() article: Article, @Args() args: PageArgs, @Ctx() context: Context, @Info() info: GraphQLResolveInfo) {
    return related(article, info, context, { ...args });
  }
}
