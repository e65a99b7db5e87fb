import { Router, type Response } from "express";
import type { Database } from "../db/database.js";
import { pendingMigrations } from "../db/migrate.js";
import type { Events } from "../events.js";
import type { Metrics } from "./metrics.js";
import { RETRY_AFTER_SECONDS } from "./database-unavailable.js";

function withinTime<T>(work: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} did not answer within ${ms} ms`)), ms);
  });
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}

async function check(work: () => Promise<unknown>): Promise<string> {
  try {
    await work();
    return "ok";
  } catch (error) {
    return (error as Error).message || String(error);
  }
}

export interface HealthOptions {
  database: Database;
  events: Events;
  metrics: Metrics;
  /** How long /readyz waits for the database and Redis. */
  timeoutMs: number;
  /** True once the server is shutting down: /readyz turns 503 so a load balancer stops sending. */
  stopping: () => boolean;
}

function unavailable(response: Response, body: object): void {
  response.status(503).set("retry-after", String(RETRY_AFTER_SECONDS)).json(body);
}

/** `/healthz` (the process answers), `/readyz` (it can serve: database reachable and migrated, Redis reachable) and `/metrics`. */
export function healthRoutes({ database, events, metrics, timeoutMs, stopping }: HealthOptions): Router {
  const router = Router();
  router.get("/healthz", (_request, response) => {
    response.json({ status: "ok" });
  });
  router.get("/readyz", async (_request, response) => {
    if (stopping()) return unavailable(response, { status: "stopping" });
    const [db, migrations, redis] = await Promise.all([
      check(() => withinTime(database.ping(), timeoutMs, "The database")),
      check(async () => {
        const pending = await withinTime(pendingMigrations(database), timeoutMs, "The database");
        if (pending.length) throw new Error(`pending migrations: ${pending.join(", ")}`);
      }),
      check(() => withinTime(events.ping(), timeoutMs, "Redis")),
    ]);
    const checks = { database: db, migrations, redis };
    if (Object.values(checks).every((result) => result === "ok")) response.json({ status: "ready", checks });
    else unavailable(response, { status: "unavailable", checks });
  });
  router.get("/metrics", async (_request, response) => {
    response.type(metrics.registry.contentType).send(await metrics.registry.metrics());
  });
  return router;
}
