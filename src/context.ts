import { randomUUID } from "node:crypto";
import type { PrismaClient } from "./generated/prisma/client.js";
import { Loaders } from "./common/loaders.js";

/** What every resolver of one request sees; loaders are fresh per request so nothing leaks between requests. */
export interface Context {
  prisma: PrismaClient;
  loaders: Loaders;
  requestId: string;
}

export function createContext(prisma: PrismaClient): Context {
  return { prisma, loaders: new Loaders(prisma), requestId: randomUUID() };
}
