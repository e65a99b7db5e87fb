import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from "prom-client";
import type { Database } from "../db/database.js";

/** The Prometheus metrics of one server (prom-client); the process's own (event-loop lag, memory, CPU) come with them. */
export class Metrics {
  readonly registry = new Registry();
  readonly requests = new Histogram({
    name: "dossier_graphql_request_duration_seconds",
    help: "GraphQL requests over HTTP by operation name and type, and how long they took",
    labelNames: ["operation", "type"] as const,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [this.registry],
  });
  readonly errors = new Counter({
    name: "dossier_graphql_errors_total",
    help: "GraphQL errors sent to clients, by extensions.code",
    labelNames: ["code"] as const,
    registers: [this.registry],
  });
  readonly subscriptions = new Gauge({
    name: "dossier_subscriptions_open",
    help: "Operations open over graphql-ws (subscriptions, while they last)",
    registers: [this.registry],
  });

  constructor(database: Database) {
    collectDefaultMetrics({ register: this.registry });
    new Gauge({
      name: "dossier_db_pool_connections_in_use",
      help: "Database connections of the pool in use by a request",
      registers: [this.registry],
      collect() {
        const { total, idle } = database.poolStats();
        this.set(total - idle);
      },
    });
    new Gauge({
      name: "dossier_db_pool_connections_open",
      help: "Database connections of the pool open, idle or in use",
      registers: [this.registry],
      collect() {
        this.set(database.poolStats().total);
      },
    });
    new Gauge({
      name: "dossier_db_pool_waiting",
      help: "Requests waiting for a database connection",
      registers: [this.registry],
      collect() {
        this.set(database.poolStats().waiting);
      },
    });
  }
}
