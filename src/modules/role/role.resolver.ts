import { Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import type { Context } from "../../context.js";
import { CitedNodeResolver } from "../article/cited.resolver.js";
import { Actor } from "../actor/actor.type.js";
import { Role } from "./role.type.js";

@Resolver(() => Role)
export class RoleResolver extends CitedNodeResolver(Role, "Role") {
  @FieldResolver(() => Actor, { description: "Who holds the position." })
  holder(@Root() role: Role, @Ctx() { loaders }: Context) {
    return loaders.byId<Actor>("Actor").load(role.holderId);
  }

  @FieldResolver(() => Actor, { nullable: true, description: "In or for whom the position is held: the US President for his special envoy, France for its President." })
  of(@Root() role: Role, @Ctx() { loaders }: Context) {
    return loaders.optional<Actor>("Actor", role.ofId);
  }
}
