import type { GraphQLResolveInfo } from "graphql";
import { Ctx, FieldResolver, Info, Resolver, Root } from "type-graphql";
import type { Context } from "../../context.js";
import { related } from "../../read/related.js";
import { CitedNodeResolver } from "../article/cited.resolver.js";
import { Actor } from "../actor/actor.type.js";
import { Role } from "./role.type.js";

@Resolver(() => Role)
export class RoleResolver extends CitedNodeResolver(Role, "Role") {
  @FieldResolver(() => Actor, { description: "Who holds the position." })
  holder(@Root() role: Role, @Ctx() context: Context, @Info() info: GraphQLResolveInfo) {
    return related(role, info, context);
  }

  @FieldResolver(() => Actor, { nullable: true, description: "In or for whom the position is held: the US President for his special envoy, France for its President." })
  of(@Root() role: Role, @Ctx() context: Context, @Info() info: GraphQLResolveInfo) {
    return related(role, info, context);
  }
}
