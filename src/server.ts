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
import { migrateAndSeed } from "./db/prepare.js";
import { readReplicasPlugin } from "./db/read-replicas.js";
import { createSchema } from "./schema.js";
import { createSubgraphSchema } from "./federation/subgraph.js";
import { requestBodyErrors } from "./http/body-errors.js";
import { prepareSubscription } from "./http/graphql-ws.js";
import { listen } from "./http/listen.js";
import { requestLimitsPlugin } from "./http/request-limits.js";
import { explorerRoutes, landingPage } from "./http/explorer.js";
import { formatError } from "./common/format-error.js";
import { createEvents, type Events } from "./events.js";
import { healthRoutes } from "./ops/health.js";
import { createLogger, linkContext, requestLogger } from "./ops/logger.js";
import { Metrics } from "./ops/metrics.js";
import { operationsPlugin } from "./ops/operations-plugin.js";

export interface RunningServer {
  url: string;
  database: Database;
  /** Stops accepting, lets in-flight requests finish (up to the grace time), closes subscriptions, Redis and the database. */
  stop(): Promise<void>;
}

/**
 * Opens the database, applies migrations, seeds an empty database, and serves GraphQL over HTTP
 * and WebSocket, with /healthz, /readyz and /metrics. The port opens once all of it is ready.
 */
export async function startServer(config: Config): Promise<RunningServer> {
  const logger = createLogger(config.logLevel);
  const database = await openDatabase(config);
  let events: Events | undefined;
  try {
    await migrateAndSeed(config, database);
    events = await createEvents(config);
    const publicSchema = await createSchema(events.pubSub);
    const schema = config.federation ? createSubgraphSchema(publicSchema) : publicSchema;
    const metrics = new Metrics(database);
    let stopping = false;
    const app = express();
    app.disable("x-powered-by");
    const httpServer = http.createServer(app);
    // Attached by hand on upgrade rather than through `server`, which would also report a failed listen.
    const wsServer = new WebSocketServer({ noServer: true });
    httpServer.on("upgrade", (request, socket, head) => {
      if (new URL(request.url ?? "/", "http://localhost").pathname !== "/graphql") return socket.destroy();
      wsServer.handleUpgrade(request, socket, head, (client) => wsServer.emit("connection", client, request));
    });
    const wsCleanup = useServer(
      {
        schema,
        onSubscribe: prepareSubscription(schema, config.introspection),
        onOperation: () => void metrics.subscriptions.inc(),
        onComplete: () => void metrics.subscriptions.dec(),
        context: () => createContext(database.prisma, events!),
      },
      wsServer,
    );
    const apollo = new ApolloServer<Context>({
      schema,
      introspection: config.introspection,
      includeStacktraceInErrorResponses: false,
      formatError,
      // Dossier's own signal handler stops the server and closes the database; Apollo's would re-raise the signal first.
      stopOnTerminationSignals: false,
      plugins: [
        ApolloServerPluginDrainHttpServer({ httpServer, stopGracePeriodMillis: config.shutdownGraceMs }),
        requestLimitsPlugin<Context>(),
        operationsPlugin<Context>(metrics),
        ...(config.replicaUrls.length ? [readReplicasPlugin(database)] : []),
        { serverWillStart: async () => ({ drainServer: async () => { await wsCleanup.dispose(); } }) },
        landingPage(config),
      ],
    });
    await apollo.start();
    app.use(requestLogger(logger));
    app.use(healthRoutes({ database, events, metrics, timeoutMs: config.pool.connectionTimeoutMs, stopping: () => stopping }));
    app.use(explorerRoutes(config));
    app.use(
      "/graphql",
      cors(),
      express.json({ limit: "1mb" }),
      expressMiddleware(apollo, {
        context: async ({ req }) => linkContext(createContext(database.prisma, events!, req.headers.authorization, String(req.id)), req),
      }),
      requestBodyErrors,
    );
    try {
      await listen(httpServer, config);
    } catch (error) {
      await apollo.stop();
      throw error;
    }
    const { port } = httpServer.address() as AddressInfo;
    return {
      url: `http://${config.host.includes(":") ? `[${config.host}]` : config.host}:${port}/graphql`,
      database,
      stop: async () => {
        stopping = true;
        await apollo.stop();
        await events!.close();
        await database.close();
      },
    };
  } catch (error) {
    await events?.close();
    await database.close();
    throw error;
  }
}
