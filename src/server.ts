import "reflect-metadata";
import http from "node:http";
import type { AddressInfo } from "node:net";
import express from "express";
import cors from "cors";
import { ApolloServer } from "@apollo/server";
import { expressMiddleware } from "@as-integrations/express5";
import { ApolloServerPluginDrainHttpServer } from "@apollo/server/plugin/drainHttpServer";
import { WebSocketServer } from "ws";
import { useServer } from "graphql-ws/use/ws";
import type { Config } from "./config.js";
import { createContext, type Context } from "./context.js";
import { openDatabase, type Database } from "./db/database.js";
import { migrate } from "./db/migrate.js";
import { seedIfEmpty } from "./db/seed.js";
import { createSchema } from "./schema.js";
import { createSubgraphSchema } from "./federation/subgraph.js";
import { requestBodyErrors } from "./http/body-errors.js";
import { prepareSubscription } from "./http/graphql-ws.js";
import { listen } from "./http/listen.js";
import { requestLimitsPlugin } from "./http/request-limits.js";
import { explorerRoutes, landingPage } from "./http/explorer.js";
import { formatError } from "./common/format-error.js";
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
  let httpServer: http.Server | undefined;
  try {
    await migrate(database);
    if (config.seed) await seedIfEmpty(database.prisma);
    events = await createEvents(config);
    const publicSchema = await createSchema(events.pubSub);
    const schema = config.federation ? createSubgraphSchema(publicSchema) : publicSchema;
    const app = express();
    httpServer = http.createServer(app);
    // Listening before the WebSocket server attaches: it would report a failed listen a second time, with a stack.
    await listen(httpServer, config);
    const wsServer = new WebSocketServer({ server: httpServer, path: "/graphql" });
    const wsCleanup = useServer(
      { schema, onSubscribe: prepareSubscription(schema, config.introspection), context: () => createContext(database.prisma, events!) },
      wsServer,
    );
    const apollo = new ApolloServer<Context>({
      schema,
      introspection: config.introspection,
      includeStacktraceInErrorResponses: false,
      formatError,
      plugins: [
        ApolloServerPluginDrainHttpServer({ httpServer }),
        requestLimitsPlugin<Context>(),
        { serverWillStart: async () => ({ drainServer: async () => { await wsCleanup.dispose(); } }) },
        landingPage(config),
      ],
    });
    await apollo.start();
    app.use(explorerRoutes(config));
    app.use(
      "/graphql",
      cors(),
      express.json({ limit: "1mb" }),
      expressMiddleware(apollo, { context: async ({ req }) => createContext(database.prisma, events!, req.headers.authorization) }),
      requestBodyErrors,
    );
    const { port } = httpServer.address() as AddressInfo;
    return {
      url: `http://${config.host.includes(":") ? `[${config.host}]` : config.host}:${port}/graphql`,
      database,
      stop: async () => {
        await apollo.stop();
        await events!.close();
        await database.close();
      },
    };
  } catch (error) {
    httpServer?.close();
    await events?.close();
    await database.close();
    throw error;
  }
}
