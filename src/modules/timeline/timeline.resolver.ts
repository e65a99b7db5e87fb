import { Arg, Args, Ctx, ID, Query, Resolver } from "type-graphql";
import type { Context } from "../../context.js";
import { parseIdOf } from "../../common/node-id.js";
import { PageArgs, parsePageArgs, withLoadedNodes } from "../../common/pagination.js";
import { findMergedPage } from "../../common/lists.js";
import { TimelineConnection } from "./timeline.type.js";
import { timelineParts } from "./timeline.lists.js";

@Resolver()
export class TimelineResolver {
  @Query(() => TimelineConnection, {
    description: "What an actor did, oldest first: meetings they attend or attended, quotes of theirs and incidents they took part in. Undated events are left out (they have no place in time) unless `includeUndated` is true.",
  })
  async timeline(
    @Arg("actor", () => ID, { description: "Whose timeline (an Actor id)." }) actor: string,
    @Arg("from", () => Date, { nullable: true, description: "Only events at or after this moment." }) from: Date | null,
    @Arg("to", () => Date, { nullable: true, description: "Only events before this moment." }) to: Date | null,
    @Arg("includeUndated", () => Boolean, {
      nullable: true,
      defaultValue: false,
      description: "Also list the undated events, after all the dated ones (undated events have no place inside `from`–`to`, so a range does not exclude them).",
    })
    includeUndated: boolean | null,
    @Args() args: PageArgs,
    @Ctx() { prisma, loaders }: Context,
  ) {
    const parts = timelineParts(parseIdOf("Actor", actor, "actor"), { from, to }, includeUndated === true);
    return withLoadedNodes(await findMergedPage(prisma, parts, parsePageArgs(args, parts[0].sort), (row) => loaders.node(row.__typename, row.id)));
  }
}
