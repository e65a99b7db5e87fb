import type { GraphQLResolveInfo } from "graphql";
import { Arg, Args, Ctx, FieldResolver, ID, Info, Query, Resolver, Root } from "type-graphql";
import type { Context } from "../../context.js";
import { parseIdOf } from "../../common/node-id.js";
import { PageArgs, parsePageArgs } from "../../common/pagination.js";
import { TimeOrder } from "../../common/sort.js";
import { readNode, readPage } from "../../read/read.js";
import { related } from "../../read/related.js";
import { CitedNodeResolver } from "../article/cited.resolver.js";
import { Place } from "../place/place.type.js";
import { QuoteConnection } from "../quote/quote.type.js";
import { AttendanceConnection, Meeting, MeetingConnection } from "./meeting.type.js";
import { meetingList } from "./meeting.lists.js";
import { MeetingFilter } from "./meeting.filter.js";

@Resolver(() => Meeting)
export class MeetingResolver extends CitedNodeResolver(Meeting, "Meeting") {
  @Query(() => Meeting, { nullable: true, description: "A meeting by id; null when there is none." })
  meeting(@Arg("id", () => ID, { description: "Its global id (the `id` field of a result)." }) id: string, @Ctx() { read }: Context, @Info() info: GraphQLResolveInfo) {
    return readNode(read, "Meeting", "id", parseIdOf("Meeting", id, "id"), info);
  }

  @Query(() => MeetingConnection, { description: "Meetings in time order (undated last), optionally filtered." })
  meetings(
    @Args() args: PageArgs,
    @Arg("filter", () => MeetingFilter, { nullable: true, description: "Conditions the meetings must all meet." }) filter: MeetingFilter | null,
    @Arg("orderBy", () => TimeOrder, { nullable: true, description: "Direction in time; oldest first when not given." }) orderBy: TimeOrder | null,
    @Ctx() { read }: Context,
    @Info() info: GraphQLResolveInfo,
  ) {
    const list = meetingList(filter, orderBy);
    return readPage(read, "Meeting", list, parsePageArgs(args, list.sort), info);
  }

  @FieldResolver(() => Place, { nullable: true, description: "Where the meeting takes or took place." })
  place(@Root() meeting: Meeting, @Ctx() context: Context, @Info() info: GraphQLResolveInfo) {
    return related(meeting, info, context);
  }

  @FieldResolver(() => AttendanceConnection, { description: "Who attends, each with their part (host, participant, invited…), in the order recorded." })
  attendees(@Root() meeting: Meeting, @Args() args: PageArgs, @Ctx() context: Context, @Info() info: GraphQLResolveInfo) {
    return related(meeting, info, context, { ...args });
  }

  @FieldResolver(() => QuoteConnection, { description: "What was said at, ahead of or after the meeting (see `Quote.meetingTiming`), in time order." })
  statements(@Root() meeting: Meeting, @Args() args: PageArgs, @Ctx() context: Context, @Info() info: GraphQLResolveInfo) {
    return related(meeting, info, context, { ...args });
  }
}
