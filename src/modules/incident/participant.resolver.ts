import type { GraphQLResolveInfo } from "graphql";
import { Ctx, FieldResolver, Info, Resolver, Root } from "type-graphql";
import type { Context } from "../../context.js";
import { related } from "../../read/related.js";
import { NodeResolver } from "../../common/node.js";
import { Actor } from "../actor/actor.type.js";
import { Incident, IncidentParticipant } from "./incident.type.js";

@Resolver(() => IncidentParticipant)
export class IncidentParticipantResolver extends NodeResolver(IncidentParticipant, "IncidentParticipant") {
  @FieldResolver(() => Actor, { description: "The actor taking part." })
  actor(@Root() participant: IncidentParticipant, @Ctx() context: Context, @Info() info: GraphQLResolveInfo) {
    return related(participant, info, context);
  }

  @FieldResolver(() => Incident, { description: "The incident." })
  incident(@Root() participant: IncidentParticipant, @Ctx() context: Context, @Info() info: GraphQLResolveInfo) {
    return related(participant, info, context);
  }
}
