import type { GraphQLResolveInfo } from "graphql";
import { Ctx, FieldResolver, Info, Resolver, Root } from "type-graphql";
import { related } from "../../read/related.js";
import type { Context } from "../../context.js";
import { CitedNodeResolver } from "../article/cited.resolver.js";
import { Actor } from "../actor/actor.type.js";
import { Attendance, Meeting } from "./meeting.type.js";

@Resolver(() => Attendance)
export class AttendanceResolver extends CitedNodeResolver(Attendance, "Attendance") {
  @FieldResolver(() => Actor, { description: "Who attends." })
  actor(@Root() attendance: Attendance, @Ctx() context: Context, @Info() info: GraphQLResolveInfo) {
    return related(attendance, info, context);
  }

  @FieldResolver(() => Meeting, { description: "The meeting attended." })
  meeting(@Root() attendance: Attendance, @Ctx() context: Context, @Info() info: GraphQLResolveInfo) {
    return related(attendance, info, context);
  }
}
