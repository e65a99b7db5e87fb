import type { GraphQLResolveInfo } from "graphql";
import { Arg, Args, Ctx, FieldResolver, ID, Info, Query, Resolver, Root } from "type-graphql";
import type { Context } from "../../context.js";
import { related } from "../../read/related.js";
import { parseIdOf } from "../../common/node-id.js";
import { PageArgs, parsePageArgs } from "../../common/pagination.js";
import { TimeOrder } from "../../common/sort.js";
import { readNode, readPage } from "../../read/read.js";
import { CitedNodeResolver } from "../article/cited.resolver.js";
import { Place } from "../place/place.type.js";
import { FigureConnection, Incident, IncidentConnection, IncidentParticipantConnection } from "./incident.type.js";
import { incidentList } from "./incident.lists.js";
import { IncidentFilter } from "./incident.filter.js";

@Resolver(() => Incident)
export class IncidentResolver extends CitedNodeResolver(Incident, "Incident") {
  @Query(() => Incident, { nullable: true, description: "An incident by id; null when there is none." })
  incident(@Arg("id", () => ID, { description: "Its global id (the `id` field of a result)." }) id: string, @Ctx() { read }: Context, @Info() info: GraphQLResolveInfo) {
    return readNode(read, "Incident", "id", parseIdOf("Incident", id, "id"), info);
  }

  @Query(() => IncidentConnection, { description: "Incidents in time order (undated last), optionally filtered." })
  incidents(
    @Args() args: PageArgs,
    @Arg("filter", () => IncidentFilter, { nullable: true, description: "Conditions the incidents must all meet." }) filter: IncidentFilter | null,
    @Arg("orderBy", () => TimeOrder, { nullable: true, description: "Direction in time; oldest first when not given." }) orderBy: TimeOrder | null,
    @Ctx() { read }: Context,
    @Info() info: GraphQLResolveInfo,
  ) {
    const list = incidentList(filter, orderBy);
    return readPage(read, "Incident", list, parsePageArgs(args, list.sort), info);
  }

  @FieldResolver(() => Place, { nullable: true, description: "Where it happened." })
  place(@Root() incident: Incident, @Ctx() context: Context, @Info() info: GraphQLResolveInfo) {
    return related(incident, info, context);
  }

  @FieldResolver(() => IncidentParticipantConnection, { description: "Who took part, each with their part (perpetrator, target, responder…)." })
  participants(@Root() incident: Incident, @Args() args: PageArgs, @Ctx() context: Context, @Info() info: GraphQLResolveInfo) {
    return related(incident, info, context, { ...args });
  }

  @FieldResolver(() => FigureConnection, { description: "Numbers about the incident, each with who claims it; competing claims sit side by side." })
  figures(@Root() incident: Incident, @Args() args: PageArgs, @Ctx() context: Context, @Info() info: GraphQLResolveInfo) {
    return related(incident, info, context, { ...args });
  }
}
