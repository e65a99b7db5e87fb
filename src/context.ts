import { randomUUID } from "node:crypto";
import type { PrismaClient } from "./generated/prisma/client.js";
import type { ReadStatement, Reader } from "./db/database.js";
import { Loaders } from "./common/loaders.js";
import { Auth } from "./modules/auth/auth.js";
import type { Events } from "./events.js";

/** What every resolver of one request sees; loaders are fresh per request so nothing leaks between requests. */
export interface Context {
  prisma: PrismaClient;
  /** Runs the read compiler's statements (src/read) on the pool `prisma` uses. */
  read: ReadStatement;
  loaders: Loaders;
  requestId: string;
  /** The request's API key, if any: writes need one. */
  auth: Auth;
  /** Where mutations announce what subscribers may want to hear. */
  events: Events;
  /** The client's address over HTTP, whose cost budget pays for requests without an API key. */
  clientIp?: string;
}

/** A request's context, reading through `reader` (the Database: its primary). */
export function createContext({ prisma, read }: Reader, events: Events, authorization?: string, requestId: string = randomUUID()): Context {
  return { prisma, read, loaders: new Loaders(prisma), requestId, auth: new Auth(prisma, authorization), events };
}
