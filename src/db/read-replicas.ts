import type { ApolloServerPlugin } from "@apollo/server";
import type { Context } from "../context.js";
import { Loaders } from "../common/loaders.js";
import type { Database } from "./database.js";

/**
 * Queries read through loaders on a read replica (DATABASE_REPLICA_URLS); mutations keep the
 * primary's loaders, so a write, the reads inside it and the payload it returns all see the primary.
 */
export function readReplicasPlugin(database: Database): ApolloServerPlugin<Context> {
  return {
    requestDidStart: async () => ({
      didResolveOperation: async ({ operation, contextValue }) => {
        if (operation?.operation === "query") contextValue.loaders = new Loaders(database.reader());
      },
    }),
  };
}
