import { Arg, Args, Ctx, FieldResolver, ID, Query, Resolver, Root } from "type-graphql";
import type { Context } from "../../context.js";
import { NodeResolver } from "../../common/node.js";
import { parseIdOf } from "../../common/node-id.js";
import { PageArgs, parsePageArgs } from "../../common/pagination.js";
import { findPage } from "../../common/lists.js";
import { Prisma } from "../../generated/prisma/client.js";
import { Actor } from "../actor/actor.type.js";
import { MeetingConnection } from "../meeting/meeting.type.js";
import { meetingRows, meetingsByStart } from "../meeting/meeting.lists.js";
import { IncidentConnection } from "../incident/incident.type.js";
import { incidentRows, incidentsByStart } from "../incident/incident.lists.js";
import { Place, PlaceConnection } from "./place.type.js";
import { placeList } from "./place.lists.js";
import { PlaceFilter } from "./place.filter.js";

@Resolver(() => Place)
export class PlaceResolver extends NodeResolver(Place, "Place") {
  @Query(() => Place, { nullable: true, description: "A place by id; null when there is none." })
  place(@Arg("id", () => ID, { description: "Its global id (the `id` field of a result)." }) id: string, @Ctx() { loaders }: Context) {
    return loaders.byId<Place>("Place").load(parseIdOf("Place", id, "id"));
  }

  @Query(() => PlaceConnection, { description: "Places in alphabetical order, optionally filtered." })
  places(
    @Args() args: PageArgs,
    @Arg("filter", () => PlaceFilter, { nullable: true, description: "Conditions the places must all meet." }) filter: PlaceFilter | null,
    @Ctx() { prisma }: Context,
  ) {
    const list = placeList(filter);
    return findPage(prisma, list, parsePageArgs(args, list.sort));
  }

  @FieldResolver(() => Actor, { nullable: true, description: "The country the place is in." })
  country(@Root() place: Place, @Ctx() { loaders }: Context) {
    return loaders.optional<Actor>("Actor", place.countryId);
  }

  @FieldResolver(() => MeetingConnection, { description: "Meetings at this place, in time order (undated last)." })
  meetings(@Root() place: Place, @Args() args: PageArgs, @Ctx() { loaders }: Context) {
    const list = { ...meetingRows, where: [], sort: meetingsByStart, parentColumn: Prisma.sql`t."placeId"` };
    return loaders.childPage("meetingsByPlace", list, parsePageArgs(args, meetingsByStart)).load(place.id);
  }

  @FieldResolver(() => IncidentConnection, { description: "Incidents at this place, in time order (undated last)." })
  incidents(@Root() place: Place, @Args() args: PageArgs, @Ctx() { loaders }: Context) {
    const list = { ...incidentRows, where: [], sort: incidentsByStart, parentColumn: Prisma.sql`t."placeId"` };
    return loaders.childPage("incidentsByPlace", list, parsePageArgs(args, incidentsByStart)).load(place.id);
  }
}
