import "reflect-metadata";
import { buildSchema } from "type-graphql";
import { printSchema, type GraphQLSchema } from "graphql";
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

/** Where `npm run schema` writes the SDL: schema.graphql at the repository root. */
export const schemaFile = new URL("../schema.graphql", import.meta.url);

/** The SDL of the public schema, in the order the code defines it (not sorted), so a change is a small diff. */
export async function printSchemaFile(): Promise<string> {
  return `${printSchema(await createSchema())}\n`;
}
