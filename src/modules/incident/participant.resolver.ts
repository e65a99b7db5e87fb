import { Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import type { Context } from "../../context.js";
import { NodeResolver } from "../../common/node.js";
import { Actor } from "../actor/actor.type.js";
import { Incident, IncidentParticipant } from "./incident.type.js";

@Resolver(() => IncidentParticipant)
export class IncidentParticipantResolver extends NodeResolver(IncidentParticipant, "IncidentParticipant") {
  @FieldResolver(() => Actor, { description: "The actor taking part." })
  actor(@Root() participant: IncidentParticipant, @Ctx() { loaders }: Context) {
    return loaders.byId<Actor>("Actor").load(participant.actorId);
  }

  @FieldResolver(() => Incident, { description: "The incident." })
  incident(@Root() participant: IncidentParticipant, @Ctx() { loaders }: Context) {
    return loaders.byId<Incident>("Incident").load(participant.incidentId);
  }
}
