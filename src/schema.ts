import "reflect-metadata";
import { buildSchema, type PubSub } from "type-graphql";
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
import { authChecker } from "./modules/auth/auth.js";
import { ActorMutations, DeleteActor } from "./modules/actor/actor.mutations.js";

export const resolvers = [
  NodeQueryResolver, ActorResolver, RoleResolver, PlaceResolver, MeetingResolver, AttendanceResolver,
  QuoteResolver, IncidentResolver, IncidentParticipantResolver, FigureResolver, ArticleResolver, CitationResolver,
  ActorMutations, DeleteActor,
] as const;

/** The schema; subscriptions listen on `pubSub`. Inputs are validated by the mutations themselves (src/common/mutation.ts), so errors become payload errors. */
export function createSchema(pubSub: PubSub): Promise<GraphQLSchema> {
  return buildSchema({ resolvers, validate: false, authChecker, pubSub });
}
