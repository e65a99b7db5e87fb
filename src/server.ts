import "reflect-metadata";
import http from "node:http";
import type { AddressInfo } from "node:net";
import express from "express";
import { ApolloServer } from "@apollo/server";
import { expressMiddleware } from "@as-integrations/express5";
import { ApolloServerPluginDrainHttpServer } from "@apollo/server/plugin/drainHttpServer";
import { ApolloServerPluginLandingPageDisabled } from "@apollo/server/plugin/disabled";
import { ApolloServerPluginLandingPageLocalDefault } from "@apollo/server/plugin/landingPage/default";
import { WebSocketServer } from "ws";
import type { Config } from "./config.js";
import { createContext, type Context } from "./context.js";
import { openDatabase, type Database } from "./db/database.js";
import { migrate } from "./db/migrate.js";
import { seedIfEmpty } from "./db/seed.js";
import { createSchema } from "./schema.js";
import { createSubgraphSchema } from "./federation/subgraph.js";
import { requestBodyErrors } from "./http/body-errors.js";
import { serveGraphqlWs } from "./http/graphql-ws.js";
import { listen } from "./http/listen.js";
import { admissionPlugin } from "./http/admission.js";
import { createProtection, type Protection } from "./http/protection.js";
import { createEvents, type Events } from "./events.js";

export interface RunningServer {
  url: string;
  database: Database;
  stop(): Promise<void>;
}

/** Opens the database, applies migrations, seeds an empty database, and serves GraphQL over HTTP and WebSocket. */
export async function startServer(config: Config): Promise<RunningServer> {
  const database = await openDatabase(config);
  let events: Events | undefined;
  let protection: Protection | undefined;
  let httpServer: http.Server | undefined;
  try {
    await migrate(database);
    if (config.seed) await seedIfEmpty(database.prisma);
    events = await createEvents(config);
    protection = await createProtection(config);
    const { limiter, admission, formatError, clientIp } = protection;
    const publicSchema = await createSchema(events.pubSub);
    const schema = config.federation ? createSubgraphSchema(publicSchema) : publicSchema;
    const app = express();
    httpServer = http.createServer(app);
    // Listening before the WebSocket server attaches: it would report a failed listen a second time, with a stack.
    await listen(httpServer, config);
    const wsServer = new WebSocketServer({ server: httpServer, path: "/graphql", maxPayload: config.limits.bodyBytes });
    const wsCleanup = serveGraphqlWs(wsServer, {
      schema, introspection: config.introspection, limiter, admission, formatError, clientIp, context: () => createContext(database.prisma, events!),
    });
    const apollo = new ApolloServer<Context>({
      schema,
      introspection: config.introspection,
      includeStacktraceInErrorResponses: false,
      formatError,
      parseOptions: limiter.parseOptions,
      persistedQueries: protection.persistedQueries,
      plugins: [
        ApolloServerPluginDrainHttpServer({ httpServer }),
        admissionPlugin<Context>(admission),
        { serverWillStart: async () => ({ drainServer: async () => { await wsCleanup.dispose(); } }) },
        config.production ? ApolloServerPluginLandingPageDisabled() : ApolloServerPluginLandingPageLocalDefault({ embed: true }),
      ],
    });
    await apollo.start();
    app.use(
      "/graphql",
      protection.cors,
      express.json({ limit: config.limits.bodyBytes }),
      expressMiddleware(apollo, {
        context: async ({ req }) => ({ ...createContext(database.prisma, events!, req.headers.authorization), clientIp: clientIp(req) }),
      }),
      requestBodyErrors,
    );
    const { port } = httpServer.address() as AddressInfo;
    return {
      url: `http://${config.host.includes(":") ? `[${config.host}]` : config.host}:${port}/graphql`,
      database,
      stop: async () => {
        await apollo.stop();
        await events!.close();
        await protection!.close();
        await database.close();
      },
    };
  } catch (error) {
    httpServer?.close();
    await events?.close();
    await protection?.close();
    await database.close();
    throw error;
  }
}
