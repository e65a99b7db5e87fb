import type { GraphQLResolveInfo } from "graphql";
import { Arg, Ctx, ID, Info, Query, Resolver } from "type-graphql";
import type { Context } from "../../context.js";
import { badUserInput } from "../../common/errors.js";
import { Node } from "../../common/node.js";
import { parseGlobalId } from "../../common/node-id.js";
import { MAX_PAGE_SIZE } from "../../common/pagination.js";
import { readNode } from "../../read/read.js";

@Resolver()
export class NodeQueryResolver {
  @Query(() => Node, { nullable: true, description: "Any object by its global id; null when there is none." })
  async node(@Arg("id", () => ID, { description: "A global id of any type." }) id: string, @Ctx() { read }: Context, @Info() info: GraphQLResolveInfo) {
    const { type, id: databaseId } = parseGlobalId(id, "id");
    const row = await readNode(read, type, "id", databaseId, info);
    return row && { ...row, __typename: type };
  }

  @Query(() => [Node], { nullable: "items", description: `Objects by global ids, in the order given (at most ${MAX_PAGE_SIZE}); null for each id with no object.` })
  nodes(@Arg("ids", () => [ID], { description: "Global ids of any types." }) ids: string[], @Ctx() { loaders }: Context) {
    if (ids.length > MAX_PAGE_SIZE) throw badUserInput("ids", `at most ${MAX_PAGE_SIZE} ids, got ${ids.length}`);
    const parsed = ids.map((id) => parseGlobalId(id, "ids"));
    return Promise.all(parsed.map((ref) => loaders.node(ref.type, ref.id)));
  }
}
