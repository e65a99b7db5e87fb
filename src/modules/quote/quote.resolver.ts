import type { GraphQLResolveInfo } from "graphql";
import { Arg, Args, Ctx, FieldResolver, ID, Info, Query, Resolver, Root } from "type-graphql";
import type { Context } from "../../context.js";
import { related } from "../../read/related.js";
import { parseIdOf } from "../../common/node-id.js";
import { PageArgs, parsePageArgs } from "../../common/pagination.js";
import { readNode, readPage } from "../../read/read.js";
import { CitedNodeResolver } from "../article/cited.resolver.js";
import { Actor } from "../actor/actor.type.js";
import { Meeting } from "../meeting/meeting.type.js";
import { Place } from "../place/place.type.js";
import { Incident } from "../incident/incident.type.js";
import { Quote, QuoteConnection } from "./quote.type.js";
import { quoteList } from "./quote.lists.js";
import { QuoteFilter } from "./quote.filter.js";
import { TimeOrder } from "../../common/sort.js";

@Resolver(() => Quote)
export class QuoteResolver extends CitedNodeResolver(Quote, "Quote") {
  @Query(() => Quote, { nullable: true, description: "A quote by id; null when there is none." })
  quote(@Arg("id", () => ID, { description: "Its global id (the `id` field of a result)." }) id: string, @Ctx() { read }: Context, @Info() info: GraphQLResolveInfo) {
    return readNode(read, "Quote", "id", parseIdOf("Quote", id, "id"), info);
  }

  @Query(() => QuoteConnection, { description: "Quotes in time order (undated last), optionally filtered; with `filter.search`, best match first." })
  quotes(
    @Args() args: PageArgs,
    @Arg("filter", () => QuoteFilter, { nullable: true, description: "Conditions the quotes must all meet." }) filter: QuoteFilter | null,
    @Arg("orderBy", () => TimeOrder, { nullable: true, description: "Direction in time; oldest first when not given. Not with `filter.search`." }) orderBy: TimeOrder | null,
    @Ctx() { read }: Context,
    @Info() info: GraphQLResolveInfo,
  ) {
    const list = quoteList(filter, orderBy);
    return readPage(read, "Quote", list, parsePageArgs(args, list.sort), info);
  }

  @FieldResolver(() => Actor, { nullable: true, description: "Who said it; null when the article does not name the speaker (see `speakerDescription`)." })
  speaker(@Root() quote: Quote, @Ctx() context: Context, @Info() info: GraphQLResolveInfo) {
    return related(quote, info, context);
  }

  @FieldResolver(() => Actor, { nullable: true, description: "The organization an unnamed speaker belongs to: the Office of the President of Ukraine for \"a Ukrainian presidency official\"." })
  speakerAffiliation(@Root() quote: Quote, @Ctx() context: Context, @Info() info: GraphQLResolveInfo) {
    return related(quote, info, context);
  }

  @FieldResolver(() => Meeting, { nullable: true, description: "The meeting it was said at, or ahead of or after (see `meetingTiming`), if any." })
  meeting(@Root() quote: Quote, @Ctx() context: Context, @Info() info: GraphQLResolveInfo) {
    return related(quote, info, context);
  }

  @FieldResolver(() => Incident, { nullable: true, description: "The incident the quote is about (a reaction to it), if any." })
  aboutIncident(@Root() quote: Quote, @Ctx() context: Context, @Info() info: GraphQLResolveInfo) {
    return related(quote, info, context);
  }

  @FieldResolver(() => Meeting, { nullable: true, description: "The meeting the quote is about without having been said at it, if any." })
  aboutMeeting(@Root() quote: Quote, @Ctx() context: Context, @Info() info: GraphQLResolveInfo) {
    return related(quote, info, context);
  }

  @FieldResolver(() => Place, { nullable: true, description: "Where it was said, when reported." })
  place(@Root() quote: Quote, @Ctx() context: Context, @Info() info: GraphQLResolveInfo) {
    return related(quote, info, context);
  }
}
