import type { GraphQLResolveInfo } from "graphql";
import { Ctx, FieldResolver, Info, Resolver, Root, createUnionType } from "type-graphql";
import type { Context } from "../../context.js";
import { related } from "../../read/related.js";
import { NodeResolver } from "../../common/node.js";
import { Actor } from "../actor/actor.type.js";
import { Role } from "../role/role.type.js";
import { Attendance, Meeting } from "../meeting/meeting.type.js";
import { Quote } from "../quote/quote.type.js";
import { Figure, Incident } from "../incident/incident.type.js";
import { Article, Citation } from "./article.type.js";
import { UnnamedAttendance } from "../meeting/unnamed-attendance.type.js";
import { citedBy, type FactType } from "../../common/cited-by.js";

const Fact = createUnionType({
  name: "Fact",
  description: "Anything a citation can support.",
  types: () => [Role, Meeting, Attendance, UnnamedAttendance, Quote, Incident, Figure] as const,
  resolveType: (value) => (value as unknown as { __typename: FactType }).__typename,
});

@Resolver(() => Citation)
export class CitationResolver extends NodeResolver(Citation, "Citation") {
  @FieldResolver(() => Article, { description: "The article cited." })
  article(@Root() citation: Citation, @Ctx() context: Context, @Info() info: GraphQLResolveInfo) {
    return related(citation, info, context);
  }

  @FieldResolver(() => Actor, { nullable: true, description: "The actor the article attributes the fact to (the news agency in \"per AP\"), when it is one." })
  attributedTo(@Root() citation: Citation, @Ctx() context: Context, @Info() info: GraphQLResolveInfo) {
    return related(citation, info, context);
  }

  @FieldResolver(() => Fact, { description: "The fact this citation supports." })
  fact(@Root() citation: Citation, @Ctx() { loaders }: Context) {
    // The CHECK constraint Citation_exactly_one_fact guarantees exactly one column is set.
    const [type, column] = (Object.entries(citedBy) as [FactType, (typeof citedBy)[FactType]][]).find(([, column]) => citation[column] !== null)!;
    return loaders.node(type, citation[column]!);
  }
}
