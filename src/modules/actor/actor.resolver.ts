import { Arg, Args, Ctx, FieldResolver, ID, Query, Resolver, Root } from "type-graphql";
import type { Context } from "../../context.js";
import { NodeResolver } from "../../common/node.js";
import { parseIdOf } from "../../common/node-id.js";
import { PageArgs, parsePageArgs } from "../../common/pagination.js";
import { findPage } from "../../common/lists.js";
import { Prisma } from "../../generated/prisma/client.js";
import { rolesByStart } from "../role/role.lists.js";
import { quotesBySaidAt, quoteRows } from "../quote/quote.lists.js";
import { meetingRows, meetingsByStart } from "../meeting/meeting.lists.js";
import { actorList } from "./actor.lists.js";
import { ActorFilter } from "./actor.filter.js";
import { RoleConnection } from "../role/role.type.js";
import { QuoteConnection } from "../quote/quote.type.js";
import { MeetingConnection } from "../meeting/meeting.type.js";
import { Actor, ActorConnection } from "./actor.type.js";

@Resolver(() => Actor)
export class ActorResolver extends NodeResolver(Actor, "Actor") {
  @Query(() => Actor, { nullable: true, description: "An actor by id; null when there is none." })
  actor(@Arg("id", () => ID, { description: "Its global id (the `id` field of a result)." }) id: string, @Ctx() { loaders }: Context) {
    return loaders.byId<Actor>("Actor").load(parseIdOf("Actor", id, "id"));
  }

  @Query(() => Actor, { nullable: true, description: "An actor by slug (\"emmanuel-macron\"); null when there is none." })
  actorBySlug(@Arg("slug", { description: "Its unique, URL-safe name (the `slug` field of a result)." }) slug: string, @Ctx() { loaders }: Context) {
    return loaders.bySlug<Actor>("Actor").load(slug);
  }

  @Query(() => ActorConnection, { description: "Actors in alphabetical order, optionally filtered." })
  actors(
    @Args() args: PageArgs,
    @Arg("filter", () => ActorFilter, { nullable: true, description: "Conditions the actors must all meet." }) filter: ActorFilter | null,
    @Ctx() { prisma }: Context,
  ) {
    const list = actorList(filter);
    return findPage(prisma, list, parsePageArgs(args, list.sort));
  }

  @FieldResolver(() => Actor, { nullable: true, description: "The country this actor belongs to, if any." })
  country(@Root() actor: Actor, @Ctx() { loaders }: Context) {
    return loaders.optional<Actor>("Actor", actor.countryId);
  }

  @FieldResolver(() => RoleConnection, { description: "Positions this actor holds or held, oldest first; with `at`, only those held at that moment." })
  roles(
    @Root() actor: Actor,
    @Args() args: PageArgs,
    @Arg("at", () => Date, { nullable: true, description: "Only roles held at this moment: started on or before it (or start unknown) and not ended before it." }) at: Date | null,
    @Ctx() { loaders }: Context,
  ) {
    const where = at
      ? [Prisma.sql`(t."startDate" IS NULL OR t."startDate" <= ${at}::date) AND (t."endDate" IS NULL OR t."endDate" >= ${at}::date)`]
      : [];
    const list = { from: Prisma.sql`"Role" t`, where, sort: rolesByStart, parentColumn: Prisma.sql`t."holderId"` };
    return loaders.childPage(`rolesOfActor:${at?.toISOString()}`, list, parsePageArgs(args, rolesByStart)).load(actor.id);
  }

  @FieldResolver(() => QuoteConnection, { description: "What this actor said, in time order (undated last)." })
  quotes(@Root() actor: Actor, @Args() args: PageArgs, @Ctx() { loaders }: Context) {
    const list = { ...quoteRows, where: [], sort: quotesBySaidAt, parentColumn: Prisma.sql`t."speakerId"` };
    return loaders.childPage("quotesBySpeaker", list, parsePageArgs(args, quotesBySaidAt)).load(actor.id);
  }

  @FieldResolver(() => MeetingConnection, { description: "Meetings this actor attends, attended or was invited to, in time order (undated last)." })
  meetings(@Root() actor: Actor, @Args() args: PageArgs, @Ctx() { loaders }: Context) {
    const list = {
      from: Prisma.sql`"Meeting" t JOIN "Attendance" a ON a."meetingId" = t.id`,
      columns: meetingRows.columns,
      where: [],
      sort: meetingsByStart,
      parentColumn: Prisma.sql`a."actorId"`,
    };
    return loaders.childPage("meetingsByAttendee", list, parsePageArgs(args, meetingsByStart)).load(actor.id);
  }
}
