import { Arg, Args, Ctx, Query, Resolver } from "type-graphql";
import type { Context } from "../../context.js";
import { MAX_SEARCH_LENGTH, searchText } from "../../common/filters.js";
import { PageArgs, parsePageArgs, withLoadedNodes } from "../../common/pagination.js";
import { findMergedPage } from "../../common/lists.js";
import { SearchResultConnection } from "./search.type.js";
import { searchParts } from "./search.lists.js";

@Resolver()
export class SearchResolver {
  @Query(() => SearchResultConnection, { description: "Actors (by name or alias), quotes (by text), meetings and incidents (by title and description) matching a query, in one list, best match first." })
  async search(
    @Arg("query", { description: `What to look for, at most ${MAX_SEARCH_LENGTH} characters; case and accents do not matter for names. Web-search syntax for quotes, meetings and incidents ("a phrase", or, -word); any other character is plain text.` }) query: string,
    @Args() args: PageArgs,
    @Ctx() { prisma, loaders }: Context,
  ) {
    const parts = searchParts(searchText(query, "query"));
    return withLoadedNodes(await findMergedPage(prisma, parts, parsePageArgs(args, parts[0].sort), (row) => loaders.node(row.__typename, row.id)));
  }
}
