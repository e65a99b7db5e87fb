import { randomUUID } from "node:crypto";
import type { PrismaClient } from "./generated/prisma/client.js";
import { Loaders } from "./common/loaders.js";
import { Auth } from "./modules/auth/auth.js";
import type { Events } from "./events.js";

/** What every resolver of one request sees; loaders are fresh per request so nothing leaks between requests. */
export interface Context {
  prisma: PrismaClient;
  loaders: Loaders;
  requestId: string;
  /** The request's API key, if any: writes need one. */
  auth: Auth;
  /** Where mutations announce what subscribers may want to hear. */
  events: Events;
  /** The client's address over HTTP, whose cost budget pays for requests without an API key. */
  clientIp?: string;
}

export function createContext(prisma: PrismaClient, events: Events, authorization?: string, requestId: string = randomUUID()): Context {
  return { prisma, loaders: new Loaders(prisma), requestId, auth: new Auth(prisma, authorization), events };
}
