import type { GraphQLResolveInfo } from "graphql";
import { Arg, Args, Ctx, FieldResolver, ID, Info, Query, Resolver, Root } from "type-graphql";
import type { Context } from "../../context.js";
import { related } from "../../read/related.js";
import { NodeResolver } from "../../common/node.js";
import { parseIdOf } from "../../common/node-id.js";
import { PageArgs, parsePageArgs } from "../../common/pagination.js";
import { readNode, readPage } from "../../read/read.js";
import { Actor } from "../actor/actor.type.js";
import { MeetingConnection } from "../meeting/meeting.type.js";
import { IncidentConnection } from "../incident/incident.type.js";
import { Place, PlaceConnection } from "./place.type.js";
import { placeList } from "./place.lists.js";
import { PlaceFilter } from "./place.filter.js";

@Resolver(() => Place)
export class PlaceResolver extends NodeResolver(Place, "Place") {
  @Query(() => Place, { nullable: true, description: "A place by id; null when there is none." })
  place(@Arg("id", () => ID, { description: "Its global id (the `id` field of a result)." }) id: string, @Ctx() { read }: Context, @Info() info: GraphQLResolveInfo) {
    return readNode(read, "Place", "id", parseIdOf("Place", id, "id"), info);
  }

  @Query(() => PlaceConnection, { description: "Places in alphabetical order, optionally filtered." })
  places(
    @Args() args: PageArgs,
    @Arg("filter", () => PlaceFilter, { nullable: true, description: "Conditions the places must all meet." }) filter: PlaceFilter | null,
    @Ctx() { read }: Context,
    @Info() info: GraphQLResolveInfo,
  ) {
    const list = placeList(filter);
    return readPage(read, "Place", list, parsePageArgs(args, list.sort), info);
  }

  @FieldResolver(() => Actor, { nullable: true, description: "The country the place is in." })
  country(@Root() place: Place, @Ctx() context: Context, @Info() info: GraphQLResolveInfo) {
    return related(place, info, context);
  }

  @FieldResolver(() => MeetingConnection, { description: "Meetings at this place, in time order (undated last)." })
  meetings(@Root() place: Place, @Args() args: PageArgs, @Ctx() context: Context, @Info() info: GraphQLResolveInfo) {
    return related(place, info, context, { ...args });
  }

  @FieldResolver(() => IncidentConnection, { description: "Incidents at this place, in time order (undated last)." })
  incidents(@Root() place: Place, @Args() args: PageArgs, @Ctx() context: Context, @Info() info: GraphQLResolveInfo) {
    return related(place, info, context, { ...args });
  }
}
