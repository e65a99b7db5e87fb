import type { GraphQLResolveInfo } from "graphql";
import { Arg, Args, Ctx, FieldResolver, ID, Info, Query, Resolver, Root } from "type-graphql";
import type { Context } from "../../context.js";
import { related } from "../../read/related.js";
import { NodeResolver } from "../../common/node.js";
import { parseIdOf } from "../../common/node-id.js";
import { PageArgs, parsePageArgs } from "../../common/pagination.js";
import { readNode, readPage } from "../../read/read.js";
import { actorList } from "./actor.lists.js";
import { ActorFilter } from "./actor.filter.js";
import { RoleConnection } from "../role/role.type.js";
import { QuoteConnection } from "../quote/quote.type.js";
import { MeetingConnection } from "../meeting/meeting.type.js";
import { Actor, ActorConnection } from "./actor.type.js";

@Resolver(() => Actor)
export class ActorResolver extends NodeResolver(Actor, "Actor") {
  @Query(() => Actor, { nullable: true, description: "An actor by id; null when there is none." })
  actor(@Arg("id", () => ID, { description: "Its global id (the `id` field of a result)." }) id: string, @Ctx() { read }: Context, @Info() info: GraphQLResolveInfo) {
    return readNode(read, "Actor", "id", parseIdOf("Actor", id, "id"), info);
  }

  @Query(() => Actor, { nullable: true, description: "An actor by slug (\"emmanuel-macron\"); null when there is none." })
  actorBySlug(@Arg("slug", { description: "Its unique, URL-safe name (the `slug` field of a result)." }) slug: string, @Ctx() { read }: Context, @Info() info: GraphQLResolveInfo) {
    return readNode(read, "Actor", "slug", slug, info);
  }

  @Query(() => ActorConnection, { description: "Actors in alphabetical order, optionally filtered." })
  actors(
    @Args() args: PageArgs,
    @Arg("filter", () => ActorFilter, { nullable: true, description: "Conditions the actors must all meet." }) filter: ActorFilter | null,
    @Ctx() { read }: Context,
    @Info() info: GraphQLResolveInfo,
  ) {
    const list = actorList(filter);
    return readPage(read, "Actor", list, parsePageArgs(args, list.sort), info);
  }

  @FieldResolver(() => Actor, { nullable: true, description: "The country this actor belongs to, if any." })
  country(@Root() actor: Actor, @Ctx() context: Context, @Info() info: GraphQLResolveInfo) {
    return related(actor, info, context);
  }

  @FieldResolver(() => RoleConnection, { description: "Positions this actor holds or held, oldest first; with `at`, only those held at that moment." })
  roles(
    @Root() actor: Actor,
    @Args() args: PageArgs,
    @Arg("at", () => Date, { nullable: true, description: "Only roles held at this moment: started on or before it (or start unknown) and not ended before it." }) at: Date | null,
    @Ctx() context: Context,
    @Info() info: GraphQLResolveInfo,
  ) {
    return related(actor, info, context, { ...args, at });
  }

  @FieldResolver(() => QuoteConnection, { description: "What this actor said, in time order (undated last)." })
  quotes(@Root() actor: Actor, @Args() args: PageArgs, @Ctx() context: Context, @Info() info: GraphQLResolveInfo) {
    return related(actor, info, context, { ...args });
  }

  @FieldResolver(() => MeetingConnection, { description: "Meetings this actor attends, attended or was invited to, in time order (undated last)." })
  meetings(@Root() actor: Actor, @Args() args: PageArgs, @Ctx() context: Context, @Info() info: GraphQLResolveInfo) {
    return related(actor, info, context, { ...args });
  }
}
