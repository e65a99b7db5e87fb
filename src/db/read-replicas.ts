import type { ApolloServerPlugin } from "@apollo/server";
import type { Context } from "../context.js";
import { Loaders } from "../common/loaders.js";
import type { Database } from "./database.js";

/**
 * A query reads from one read replica (DATABASE_REPLICA_URLS): its context's client, compiled reads
 * and loaders are the replica's. A mutation keeps the primary's, so a write, the reads inside it and the
 * payload it returns all see the primary; API keys are always checked on the primary.
 */
export function readReplicasPlugin(database: Database): ApolloServerPlugin<Context> {
  return {
    requestDidStart: async () => ({
      didResolveOperation: async ({ operation, contextValue }) => {
        if (operation?.operation !== "query") return;
        const replica = database.reader();
        contextValue.prisma = replica.prisma;
        contextValue.read = replica.read;
        contextValue.loaders = new Loaders(contextValue.prisma);
      },
    }),
  };
}
