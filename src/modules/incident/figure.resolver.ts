import { Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import type { Context } from "../../context.js";
import { CitedNodeResolver } from "../article/cited.resolver.js";
import { Actor } from "../actor/actor.type.js";
import { Figure, Incident } from "./incident.type.js";

@Resolver(() => Figure)
export class FigureResolver extends CitedNodeResolver(Figure, "Figure") {
  @FieldResolver(() => Actor, { nullable: true, description: "Who claims this number: the Ukrainian Air Force for drones launched and intercepted. Null when the article does not say." })
  claimant(@Root() figure: Figure, @Ctx() { loaders }: Context) {
    return loaders.optional<Actor>("Actor", figure.claimantId);
  }

  @FieldResolver(() => Incident, { description: "The incident the number is about." })
  incident(@Root() figure: Figure, @Ctx() { loaders }: Context) {
    return loaders.byId<Incident>("Incident").load(figure.incidentId);
  }
}
