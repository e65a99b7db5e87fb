import { Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import type { Context } from "../../context.js";
import { CitedNodeResolver } from "../article/cited.resolver.js";
import { Actor } from "../actor/actor.type.js";
import { Attendance, Meeting } from "./meeting.type.js";

@Resolver(() => Attendance)
export class AttendanceResolver extends CitedNodeResolver(Attendance, "Attendance") {
  @FieldResolver(() => Actor, { description: "Who attends." })
  actor(@Root() attendance: Attendance, @Ctx() { loaders }: Context) {
    return loaders.byId<Actor>("Actor").load(attendance.actorId);
  }

  @FieldResolver(() => Meeting, { description: "The meeting attended." })
  meeting(@Root() attendance: Attendance, @Ctx() { loaders }: Context) {
    return loaders.byId<Meeting>("Meeting").load(attendance.meetingId);
  }
}
