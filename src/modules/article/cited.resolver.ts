import type { GraphQLResolveInfo } from "graphql";
import { Args, Ctx, FieldResolver, Info, Resolver, Root, type ClassType } from "type-graphql";
import type { Context } from "../../context.js";
import { NodeResolver, type NodeRow } from "../../common/node.js";
import type { NodeType } from "../../common/node-id.js";
import { PageArgs } from "../../common/pagination.js";
import { related } from "../../read/related.js";
import { CitationConnection } from "./article.type.js";
import { Corroboration, FactSource } from "../graph/source.type.js";
import { sourceValues } from "../graph/source.values.js";
import { citedBy, type FactType } from "../../common/cited-by.js";


/** The resolvers every fact shares: its global id, the citations that support it, each source's version and its corroboration. */
export function CitedNodeResolver<T extends NodeRow>(objectType: ClassType<T>, type: FactType) {
  @Resolver(() => objectType)
  abstract class CitedNodeResolverBase extends NodeResolver(objectType, type as NodeType) {
    @FieldResolver(() => CitationConnection, { description: "The articles and excerpts that report this fact." })
    citations(@Root() row: T, @Args() args: PageArgs, @Ctx() context: Context, @Info() info: GraphQLResolveInfo) {
      return related(row, info, context, { ...args });
    }

    @FieldResolver(() => [FactSource], {
      description: "Each source's version of this fact, oldest first: one per article that mentions it (with the values as that article reports them) and one for a direct API write. The fact's own fields are its current value, derived from these (docs/INGEST-FORMAT.md, \"Conflicts\").",
    })
    async sources(@Root() row: T, @Ctx() { loaders }: Context): Promise<FactSource[]> {
      const mentions = await loaders.mentionsOf(citedBy[type]).load(row.id);
      return mentions.map((mention) => ({ ...mention, article: null, values: sourceValues(mention.values) }));
    }

    @FieldResolver(() => Corroboration, { description: "How many distinct articles, and distinct publishers, mention or cite this fact." })
    corroboration(@Root() row: T, @Ctx() { loaders }: Context) {
      return loaders.corroborationOf(citedBy[type]).load(row.id);
    }
  }
  return CitedNodeResolverBase;
}
