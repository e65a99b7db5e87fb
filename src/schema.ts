import "reflect-metadata";
import { buildSchema, type PubSub } from "type-graphql";
import { printSchema, type GraphQLSchema } from "graphql";
import { createPubSub } from "@graphql-yoga/subscription";
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
import { ClaimantFigureTotalResolver, FigureTotalsResolver } from "./modules/incident/figure-totals.resolver.js";
import { TimelineResolver } from "./modules/timeline/timeline.resolver.js";
import { SearchResolver } from "./modules/search/search.resolver.js";
import { ArticleMentionsResolver, FactSourceResolver, MergeCandidateResolver } from "./modules/graph/source.resolver.js";
import { IngestResolutionResolver } from "./modules/article/ingest-outcome.type.js";
import { MergeMutations } from "./modules/graph/merge.mutations.js";
import { authChecker } from "./modules/auth/auth.js";
import { DateTimeISO } from "./common/dates.js";
import { ActorMutations, DeleteActor } from "./modules/actor/actor.mutations.js";
import { DeletePlace, PlaceMutations } from "./modules/place/place.mutations.js";
import { DeleteRole, RoleMutations } from "./modules/role/role.mutations.js";
import { DeleteAttendance, DeleteMeeting, MeetingMutations } from "./modules/meeting/meeting.mutations.js";
import { DeleteQuote, QuoteMutations } from "./modules/quote/quote.mutations.js";
import { DeleteFigure, DeleteIncident, IncidentMutations } from "./modules/incident/incident.mutations.js";
import { SubscriptionResolver } from "./modules/subscription/subscription.resolver.js";
import { ArticleMutations, DeleteArticle, DeleteCitation } from "./modules/article/article.mutations.js";
import { ReviewResolver } from "./modules/review/draft.resolver.js";
import { MeetingUnnamedAttendeesResolver, UnnamedAttendanceResolver } from "./modules/meeting/unnamed-attendance.resolver.js";
import { IncidentUnnamedParticipantsResolver, UnnamedParticipantResolver } from "./modules/incident/unnamed-participant.resolver.js";
import { DeleteUnnamedAttendance, DeleteUnnamedParticipant, UnnamedPartyMutations } from "./modules/graph/unnamed-parties.mutations.js";
import { resolveRelationsDirectly } from "./read/related.js";

export const resolvers = [
  NodeQueryResolver, ActorResolver, RoleResolver, PlaceResolver, MeetingResolver, AttendanceResolver,
  QuoteResolver, IncidentResolver, IncidentParticipantResolver, FigureResolver, ArticleResolver, CitationResolver,
  FigureTotalsResolver, ClaimantFigureTotalResolver, TimelineResolver, SearchResolver, FactSourceResolver, MergeCandidateResolver, ArticleMentionsResolver, IngestResolutionResolver,
  ActorMutations, DeleteActor, PlaceMutations, DeletePlace, RoleMutations, DeleteRole,
  MeetingMutations, DeleteMeeting, DeleteAttendance, QuoteMutations, DeleteQuote,
  IncidentMutations, DeleteIncident, DeleteFigure, ArticleMutations, DeleteArticle, DeleteCitation,
  MergeMutations, SubscriptionResolver, ReviewResolver,
  UnnamedAttendanceResolver, MeetingUnnamedAttendeesResolver, UnnamedParticipantResolver, IncidentUnnamedParticipantsResolver,
  UnnamedPartyMutations, DeleteUnnamedAttendance, DeleteUnnamedParticipant,
] as const;

/** The schema; subscriptions listen on `pubSub`. Inputs are validated by the mutations themselves (src/common/mutation.ts), so errors become payload errors. */
export async function createSchema(pubSub: PubSub): Promise<GraphQLSchema> {
  return resolveRelationsDirectly(await buildSchema({ resolvers, validate: false, authChecker, pubSub, scalarsMap: [{ type: Date, scalar: DateTimeISO }] }));
}

/** Where `npm run schema` writes the SDL: schema.graphql at the repository root. */
export const schemaFile = new URL("../schema.graphql", import.meta.url);

/** The SDL of the public schema, in the order the code defines it (not sorted), so a change is a small diff. */
export async function printSchemaFile(): Promise<string> {
  return `${printSchema(await createSchema(createPubSub()))}\n`;
}
