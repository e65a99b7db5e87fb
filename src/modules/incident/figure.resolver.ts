import type { GraphQLResolveInfo } from "graphql";
import { Ctx, FieldResolver, Info, Resolver, Root } from "type-graphql";
import type { Context } from "../../context.js";
import { related } from "../../read/related.js";
import { CitedNodeResolver } from "../article/cited.resolver.js";
import { Actor } from "../actor/actor.type.js";
import { Figure, Incident } from "./incident.type.js";

@Resolver(() => Figure)
export class FigureResolver extends CitedNodeResolver(Figure, "Figure") {
  @FieldResolver(() => Actor, { nullable: true, description: "Who claims this number: the Ukrainian Air Force for drones launched and intercepted. Null when the article does not say." })
  claimant(@Root() figure: Figure, @Ctx() context: Context, @Info() info: GraphQLResolveInfo) {
    return related(figure, info, context);
  }

  @FieldResolver(() => Incident, { description: "The incident the number is about." })
  incident(@Root() figure: Figure, @Ctx() context: Context, @Info() info: GraphQLResolveInfo) {
    return related(figure, info, context);
  }
}
