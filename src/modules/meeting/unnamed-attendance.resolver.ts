import { Arg, Args, Ctx, FieldResolver, ID, Resolver, Root } from "type-graphql";
import type { Context } from "../../context.js";
import { PageArgs, parsePageArgs } from "../../common/pagination.js";
import { unnamedPartiesList } from "../../common/unnamed-parties-list.js";
import { CitedNodeResolver } from "../article/cited.resolver.js";
import { Actor } from "../actor/actor.type.js";
import { Meeting } from "./meeting.type.js";
import { UnnamedAttendance, UnnamedAttendanceConnection } from "./unnamed-attendance.type.js";

@Resolver(() => UnnamedAttendance)
export class UnnamedAttendanceResolver extends CitedNodeResolver(UnnamedAttendance, "UnnamedAttendance") {
  @FieldResolver(() => Actor, { nullable: true, description: "Whom the attendee belongs to (\"the Kremlin\" for \"a Kremlin aide\"); null when the reports do not say." })
  affiliation(@Root() attendance: UnnamedAttendance, @Ctx() { loaders }: Context) {
    return loaders.optional<Actor>("Actor", attendance.affiliationId);
  }

  @FieldResolver(() => Meeting, { description: "The meeting attended." })
  meeting(@Root() attendance: UnnamedAttendance, @Ctx() { loaders }: Context) {
    return loaders.byId<Meeting>("Meeting").load(attendance.meetingId);
  }
}

@Resolver(() => Meeting)
export class MeetingUnnamedAttendeesResolver {
  @FieldResolver(() => UnnamedAttendanceConnection, {
    description: "Attendees the reports do not name (\"European leaders\"), each with their part, in the order recorded. `attendees` lists the named ones.",
  })
  unnamedAttendees(
    @Root() meeting: Meeting,
    @Args() args: PageArgs,
    @Arg("affiliation", () => ID, { nullable: true, description: "Only those belonging to this actor." }) affiliation: string | null,
    @Ctx() { loaders }: Context,
  ) {
    const { list, name } = unnamedPartiesList("UnnamedAttendance", "meetingId", affiliation);
    return loaders.childPage(name, list, parsePageArgs(args, list.sort)).load(meeting.id);
  }
}
