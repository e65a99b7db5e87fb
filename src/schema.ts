import "reflect-metadata";
import { buildSchema } from "type-graphql";
import type { GraphQLSchema } from "graphql";
import { ActorResolver } from "./modules/actor/actor.resolver.js";
import { RoleResolver } from "./modules/role/role.resolver.js";
import { PlaceResolver } from "./modules/place/place.resolver.js";
import { MeetingResolver } from "./modules/meeting/meeting.resolver.js";
import { AttendanceResolver } from "./modules/meeting/attendance.resolver.js";
import { QuoteResolver } from "./modules/quote/quote.resolver.js";
import { IncidentResolver } from "./modules/incident/incident.resolver.js";
import { IncidentParticipantResolver } from "./modules/incident/participant.resolver.js";
import { FigureResolver } from "./modules/incident/figure.resolver.js";
import { ArticleResolver } from "./modules/article/article.resolver.js";
import { CitationResolver } from "./modules/article/citation.resolver.js";
import { NodeQueryResolver } from "./modules/node/node.resolver.js";
import { FigureTotalsResolver } from "./modules/incident/figure-totals.resolver.js";
import { TimelineResolver } from "./modules/timeline/timeline.resolver.js";
import { SearchResolver } from "./modules/search/search.resolver.js";

export const resolvers = [
  NodeQueryResolver, ActorResolver, RoleResolver, PlaceResolver, MeetingResolver, AttendanceResolver,
  QuoteResolver, IncidentResolver, IncidentParticipantResolver, FigureResolver, ArticleResolver, CitationResolver,
  FigureTotalsResolver, TimelineResolver, SearchResolver,
] as const;

export function createSchema(): Promise<GraphQLSchema> {
  return buildSchema({ resolvers, validate: false });
}
