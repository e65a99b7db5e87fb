import { Arg, Args, Ctx, FieldResolver, ID, Query, Resolver, Root } from "type-graphql";
import type { Context } from "../../context.js";
import { parseIdOf } from "../../common/node-id.js";
import { PageArgs, parsePageArgs } from "../../common/pagination.js";
import { findPage } from "../../common/lists.js";
import { recorded, TimeOrder } from "../../common/sort.js";
import { Prisma } from "../../generated/prisma/client.js";
import { CitedNodeResolver } from "../article/cited.resolver.js";
import { Place } from "../place/place.type.js";
import { QuoteConnection } from "../quote/quote.type.js";
import { quotesBySaidAt, quoteRows } from "../quote/quote.lists.js";
import { AttendanceConnection, Meeting, MeetingConnection } from "./meeting.type.js";
import { meetingList } from "./meeting.lists.js";
import { MeetingFilter } from "./meeting.filter.js";

@Resolver(() => Meeting)
export class MeetingResolver extends CitedNodeResolver(Meeting, "Meeting") {
  @Query(() => Meeting, { nullable: true, description: "A meeting by id; null when there is none." })
  meeting(@Arg("id", () => ID, { description: "Its global id (the `id` field of a result)." }) id: string, @Ctx() { loaders }: Context) {
    return loaders.byId<Meeting>("Meeting").load(parseIdOf("Meeting", id, "id"));
  }

  @Query(() => MeetingConnection, { description: "Meetings in time order (undated last), optionally filtered." })
  meetings(
    @Args() args: PageArgs,
    @Arg("filter", () => MeetingFilter, { nullable: true, description: "Conditions the meetings must all meet." }) filter: MeetingFilter | null,
    @Arg("orderBy", () => TimeOrder, { nullable: true, description: "Direction in time; oldest first when not given." }) orderBy: TimeOrder | null,
    @Ctx() { prisma }: Context,
  ) {
    const list = meetingList(filter, orderBy);
    return findPage(prisma, list, parsePageArgs(args, list.sort));
  }

  @FieldResolver(() => Place, { nullable: true, description: "Where the meeting takes or took place." })
  place(@Root() meeting: Meeting, @Ctx() { loaders }: Context) {
    return loaders.optional<Place>("Place", meeting.placeId);
  }

  @FieldResolver(() => AttendanceConnection, { description: "Who attends, each with their part (host, participant, invited…), in the order recorded." })
  attendees(@Root() meeting: Meeting, @Args() args: PageArgs, @Ctx() { loaders }: Context) {
    const list = { from: Prisma.sql`"Attendance" t`, where: [], sort: recorded, parentColumn: Prisma.sql`t."meetingId"` };
    return loaders.childPage("attendancesByMeeting", list, parsePageArgs(args, recorded)).load(meeting.id);
  }

  @FieldResolver(() => QuoteConnection, { description: "What was said at, ahead of or after the meeting (see `Quote.meetingTiming`), in time order." })
  statements(@Root() meeting: Meeting, @Args() args: PageArgs, @Ctx() { loaders }: Context) {
    const list = { ...quoteRows, where: [], sort: quotesBySaidAt, parentColumn: Prisma.sql`t."meetingId"` };
    return loaders.childPage("quotesByMeeting", list, parsePageArgs(args, quotesBySaidAt)).load(meeting.id);
  }
}
