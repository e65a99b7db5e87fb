import "reflect-metadata";
import http from "node:http";
import type { AddressInfo } from "node:net";
import express from "express";
import { ApolloServer } from "@apollo/server";
import { ApolloServerPluginDrainHttpServer } from "@apollo/server/plugin/drainHttpServer";
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginInlineTraceDisabled } from "@apollo/server/plugin/disabled";
import { WebSocketServer } from "ws";
import type { Config } from "./config.js";
import { createContext, type Context } from "./context.js";
import { openDatabase, type Database } from "./db/database.js";
import { migrateAndSeed } from "./db/prepare.js";
import { readReplicasPlugin } from "./db/read-replicas.js";
import { createSchema } from "./schema.js";
import { compiledExecution } from "./compiled-execution.js";
import { createSubgraphSchema } from "./federation/subgraph.js";
import { graphqlHttp, isGraphqlPath } from "./http/graphql-http.js";
import { serveGraphqlWs } from "./http/graphql-ws.js";
import { listen } from "./http/listen.js";
import { explorerRoutes, landingPage } from "./http/explorer.js";
import { admissionPlugin } from "./http/admission.js";
import { subscriptionRootGuard } from "./http/subscription-root.js";
import { createProtection, type Protection } from "./http/protection.js";
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
  let protection: Protection | undefined;
  try {
    await migrateAndSeed(config, database);
    events = await createEvents(config);
    protection = await createProtection(config);
    const { limiter, admission, formatError, clientIp } = protection;
    const publicSchema = await createSchema(events.pubSub);
    const schema = config.federation ? createSubgraphSchema(publicSchema) : publicSchema;
    const metrics = new Metrics(database);
    let stopping = false;
    // Its request handler is attached once Apollo has started, before the port opens.
    const httpServer = http.createServer();
    // Attached by hand on upgrade rather than through `server`, which would also report a failed listen.
    const wsServer = new WebSocketServer({ noServer: true, maxPayload: config.limits.bodyBytes });
    httpServer.on("upgrade", (request, socket, head) => {
      if (!isGraphqlPath(request.url)) return socket.destroy();
      wsServer.handleUpgrade(request, socket, head, (client) => wsServer.emit("connection", client, request));
    });
    const wsCleanup = serveGraphqlWs(wsServer, {
      schema, introspection: config.introspection, limiter, admission, formatError, clientIp,
      context: () => createContext(database, events!),
      onOperation: () => metrics.subscriptions.inc(),
      onComplete: () => metrics.subscriptions.dec(),
    });
    const apollo = new ApolloServer<Context>({
      gateway: compiledExecution(schema),
      introspection: config.introspection,
      includeStacktraceInErrorResponses: false,
      formatError,
      // Dossier's own signal handler stops the server and closes the database; Apollo's would re-raise the signal first.
      stopOnTerminationSignals: false,
      parseOptions: limiter.parseOptions,
      persistedQueries: protection.persistedQueries,
      plugins: [
        // Dossier sets no cache hints; Apollo's default cache-control plugin would still wrap every field resolver to compute them.
        ApolloServerPluginCacheControlDisabled(),
        // Apollo installs inline tracing for every server, to run for a federated subgraph only: a hook per request otherwise.
        ...(config.federation ? [] : [ApolloServerPluginInlineTraceDisabled()]),
        ApolloServerPluginDrainHttpServer({ httpServer, stopGracePeriodMillis: config.shutdownGraceMs }),
        admissionPlugin<Context>(admission),
        operationsPlugin<Context>(metrics),
        ...(config.replicaUrls.length ? [readReplicasPlugin(database)] : []),
        { serverWillStart: async () => ({ drainServer: async () => { await wsCleanup.dispose(); } }) },
        landingPage(config),
      ],
    });
    await apollo.start();
    const serveGraphql = graphqlHttp(apollo, {
      cors: protection.cors,
      bodyBytes: config.limits.bodyBytes,
      refuse: subscriptionRootGuard(schema, limiter.parseOptions),
    });
    // /graphql is served on node:http itself (src/http/graphql-http.ts), Express serves the other routes.
    const app = express();
    app.disable("x-powered-by");
    app.use(healthRoutes({ database, events, metrics, timeoutMs: config.pool.connectionTimeoutMs, stopping: () => stopping }));
    app.use(explorerRoutes(config));
    const logRequest = requestLogger(logger);
    httpServer.on("request", (req, res) => {
      const { id, record } = logRequest(req, res);
      if (!isGraphqlPath(req.url)) return app(req, res);
      serveGraphql(req, res, async () => {
        // Added to, not spread into a new object: a spread copy costs about a microsecond.
        const context = createContext(database, events!, req.headers.authorization, id);
        context.clientIp = clientIp(req);
        return linkContext(context, record);
      });
    });
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
        await protection!.close();
        await database.close();
      },
    };
  } catch (error) {
    await events?.close();
    await protection?.close();
    await database.close();
    throw error;
  }
}
