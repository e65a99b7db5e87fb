import { Arg, Args, Ctx, FieldResolver, ID, Query, Resolver, Root } from "type-graphql";
import type { Context } from "../../context.js";
import { parseIdOf } from "../../common/node-id.js";
import { PageArgs, parsePageArgs } from "../../common/pagination.js";
import { findPage } from "../../common/lists.js";
import { recorded, TimeOrder } from "../../common/sort.js";
import { Prisma } from "../../generated/prisma/client.js";
import { CitedNodeResolver } from "../article/cited.resolver.js";
import { Place } from "../place/place.type.js";
import { FigureConnection, Incident, IncidentConnection, IncidentParticipantConnection } from "./incident.type.js";
import { incidentList } from "./incident.lists.js";
import { IncidentFilter } from "./incident.filter.js";

@Resolver(() => Incident)
export class IncidentResolver extends CitedNodeResolver(Incident, "Incident") {
  @Query(() => Incident, { nullable: true, description: "An incident by id; null when there is none." })
  incident(@Arg("id", () => ID, { description: "Its global id (the `id` field of a result)." }) id: string, @Ctx() { loaders }: Context) {
    return loaders.byId<Incident>("Incident").load(parseIdOf("Incident", id, "id"));
  }

  @Query(() => IncidentConnection, { description: "Incidents in time order (undated last), optionally filtered." })
  incidents(
    @Args() args: PageArgs,
    @Arg("filter", () => IncidentFilter, { nullable: true, description: "Conditions the incidents must all meet." }) filter: IncidentFilter | null,
    @Arg("orderBy", () => TimeOrder, { nullable: true, description: "Direction in time; oldest first when not given." }) orderBy: TimeOrder | null,
    @Ctx() { prisma }: Context,
  ) {
    const list = incidentList(filter, orderBy);
    return findPage(prisma, list, parsePageArgs(args, list.sort));
  }

  @FieldResolver(() => Place, { nullable: true, description: "Where it happened." })
  place(@Root() incident: Incident, @Ctx() { loaders }: Context) {
    return loaders.optional<Place>("Place", incident.placeId);
  }

  @FieldResolver(() => IncidentParticipantConnection, { description: "Who took part, each with their part (perpetrator, target, responder…)." })
  participants(@Root() incident: Incident, @Args() args: PageArgs, @Ctx() { loaders }: Context) {
    const list = { from: Prisma.sql`"IncidentParticipant" t`, where: [], sort: recorded, parentColumn: Prisma.sql`t."incidentId"` };
    return loaders.childPage("participantsByIncident", list, parsePageArgs(args, recorded)).load(incident.id);
  }

  @FieldResolver(() => FigureConnection, { description: "Numbers about the incident, each with who claims it; competing claims sit side by side." })
  figures(@Root() incident: Incident, @Args() args: PageArgs, @Ctx() { loaders }: Context) {
    const list = { from: Prisma.sql`"Figure" t`, where: [], sort: recorded, parentColumn: Prisma.sql`t."incidentId"` };
    return loaders.childPage("figuresByIncident", list, parsePageArgs(args, recorded)).load(incident.id);
  }
}
