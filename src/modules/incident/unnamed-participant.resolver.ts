import { Arg, Args, Ctx, FieldResolver, ID, Resolver, Root } from "type-graphql";
import type { Context } from "../../context.js";
import { NodeResolver } from "../../common/node.js";
import { PageArgs, parsePageArgs } from "../../common/pagination.js";
import { unnamedPartiesList } from "../../common/unnamed-parties-list.js";
import { Actor } from "../actor/actor.type.js";
import { FactSource } from "../graph/source.type.js";
import { sourceValues } from "../graph/source.values.js";
import { Incident } from "./incident.type.js";
import { UnnamedParticipant, UnnamedParticipantConnection } from "./unnamed-participant.type.js";

@Resolver(() => UnnamedParticipant)
export class UnnamedParticipantResolver extends NodeResolver(UnnamedParticipant, "UnnamedParticipant") {
  @FieldResolver(() => Actor, { nullable: true, description: "Whom the participant belongs to (Russia for \"the governor of Magadan\"); null when the reports do not say." })
  affiliation(@Root() participant: UnnamedParticipant, @Ctx() { loaders }: Context) {
    return loaders.optional<Actor>("Actor", participant.affiliationId);
  }

  @FieldResolver(() => Incident, { description: "The incident." })
  incident(@Root() participant: UnnamedParticipant, @Ctx() { loaders }: Context) {
    return loaders.byId<Incident>("Incident").load(participant.incidentId);
  }

  @FieldResolver(() => [FactSource], {
    description: "Each source's version of this participant, oldest first: one per article that reports it (with its wording of the description) and one for a direct API write.",
  })
  async sources(@Root() participant: UnnamedParticipant, @Ctx() { loaders }: Context): Promise<FactSource[]> {
    const mentions = await loaders.mentionsOf("unnamedParticipantId").load(participant.id);
    return mentions.map((mention) => ({ ...mention, article: null, values: sourceValues(mention.values) }));
  }
}

@Resolver(() => Incident)
export class IncidentUnnamedParticipantsResolver {
  @FieldResolver(() => UnnamedParticipantConnection, {
    description: "Participants the reports do not name (\"the governor of Magadan\"), each with their part, in the order recorded. `participants` lists the named ones.",
  })
  unnamedParticipants(
    @Root() incident: Incident,
    @Args() args: PageArgs,
    @Arg("affiliation", () => ID, { nullable: true, description: "Only those belonging to this actor." }) affiliation: string | null,
    @Ctx() { loaders }: Context,
  ) {
    const { list, name } = unnamedPartiesList("UnnamedParticipant", "incidentId", affiliation);
    return loaders.childPage(name, list, parsePageArgs(args, list.sort)).load(incident.id);
  }
}
