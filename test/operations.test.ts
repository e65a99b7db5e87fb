import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { print } from "graphql";
import type { ChildProcess } from "node:child_process";
import { useTestServer } from "./helpers/server.js";
import { createTestDatabase, type TestDatabase } from "./helpers/database.js";
import { databaseEnv } from "./helpers/cli.js";
import { freePort } from "./helpers/postgres-cluster.js";
import { runScript, stop } from "./helpers/process.js";
import { subscribe, untilListening, wsClient } from "./helpers/subscription.js";
import { mutate, actorId } from "./helpers/graph.js";
import { ActorCountDocument, CreateActorDocument } from "./generated/graphql.js";

const api = useTestServer();
const at = (path: string) => new URL(path, api.url);

/** The value of one sample of the Prometheus text at /metrics, or undefined when absent. */
async function metric(name: string, labels = ""): Promise<number | undefined> {
  const text = await (await fetch(at("/metrics"))).text();
  const line = text.split("\n").find((candidate) => candidate.startsWith(`${name}${labels ? `{${labels}}` : ""} `));
  return line === undefined ? undefined : Number(line.split(" ").at(-1));
}

describe("health and readiness", () => {
  it("/healthz answers 200 while the process runs", async () => {
    const response = await fetch(at("/healthz"));
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: "ok" });
  });

  it("/readyz answers 200 with the database reachable and migrated", async () => {
    const response = await fetch(at("/readyz"));
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: "ready", checks: { database: "ok", migrations: "ok", redis: "ok" } });
  });
});

describe("/metrics", () => {
  it("counts requests and latency by operation name, and errors by code", async () => {
    const before = (await metric("dossier_graphql_request_duration_seconds_count", 'operation="ActorCount",type="query"')) ?? 0;
    await api.request(ActorCountDocument);
    await api.request(ActorCountDocument);
    expect(await metric("dossier_graphql_request_duration_seconds_count", 'operation="ActorCount",type="query"')).toBe(before + 2);
    const unauthenticated = (await metric("dossier_graphql_errors_total", 'code="UNAUTHENTICATED"')) ?? 0;
    await api.query(print(CreateActorDocument), { input: { kind: "PERSON", name: "Nobody", slug: "nobody" } });
    expect(await metric("dossier_graphql_errors_total", 'code="UNAUTHENTICATED"')).toBe(unauthenticated + 1);
  });

  it("reports the database pool, event-loop lag and open subscriptions", async () => {
    expect(await metric("dossier_db_pool_connections_in_use")).toBeGreaterThanOrEqual(0);
    expect(await metric("dossier_db_pool_waiting")).toBe(0);
    expect(await metric("nodejs_eventloop_lag_seconds")).toBeGreaterThanOrEqual(0);
    expect(await metric("dossier_subscriptions_open")).toBe(0);
    const client = wsClient(api.url);
    try {
      const macron = await actorId(api, "Emmanuel Macron");
      const quotes = subscribe(client, `subscription($actor: ID) { quoteRecorded(actor: $actor) { text } }`, { actor: macron });
      await untilListening(quotes, () => mutate(api, `mutation($input: QuoteInput!) { createQuote(input: $input) { errors { code } } }`, { input: { kind: "DIRECT", text: "probe", speaker: macron } }));
      expect(await metric("dossier_subscriptions_open")).toBe(1);
    } finally {
      await client.dispose();
    }
    await vi.waitFor(async () => expect(await metric("dossier_subscriptions_open")).toBe(0), { timeout: 10_000 });
  });
});

describe("HTTP headers", () => {
  it("returns the client's x-request-id, or a new one, and never X-Powered-By", async () => {
    const sent = await fetch(api.url, { method: "POST", headers: { "content-type": "application/json", "x-request-id": "client-id-42" }, body: JSON.stringify({ query: "{ __typename }" }) });
    expect(sent.headers.get("x-request-id")).toBe("client-id-42");
    const made = await fetch(at("/healthz"));
    expect(made.headers.get("x-request-id")).toMatch(/^[0-9a-f-]{36}$/);
    expect(made.headers.get("x-powered-by")).toBeNull();
    expect(sent.headers.get("x-powered-by")).toBeNull();
  });
});

describe("a server process", () => {
  let database: TestDatabase;
  let child: ChildProcess | undefined;
  const lines: string[] = [];
  let url: string;
  let firstAnswer: { status: number; body: unknown } | undefined;

  beforeAll(async () => {
    database = await createTestDatabase();
    const port = await freePort();
    url = `http://127.0.0.1:${port}/graphql`;
    child = runScript("src/index.ts", [], { ...databaseEnv(database.settings), HOST: "127.0.0.1", PORT: String(port), LOG_LEVEL: "info" });
    let buffered = "";
    child.stdout!.on("data", (chunk: Buffer) => {
      buffered += chunk;
      const complete = buffered.split("\n");
      buffered = complete.pop()!;
      lines.push(...complete);
    });
    // Retried only while the connection is refused: the first answer of any kind is kept.
    const response = await vi.waitFor(
      () => fetch(url, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ query: "{ __typename }" }) }),
      { timeout: 120_000, interval: 20 },
    );
    const text = await response.text();
    firstAnswer = { status: response.status, body: text.startsWith("{") ? JSON.parse(text) : text };
  });
  afterAll(async () => {
    await stop(child);
    await database?.drop();
  });

  it("opens its port only once GraphQL is ready", () => {
    // The first answer is GraphQL's (not an HTML 404); `extensions` carries the request's cost.
    expect(firstAnswer).toMatchObject({ status: 200, body: { data: { __typename: "Query" } } });
  });

  it("logs one JSON line per request: request id, operation, duration, status, error codes, API key prefix", async () => {
    await fetch(url, {
      method: "POST",
      headers: { "content-type": "application/json", "x-request-id": "log-line-test", authorization: "Bearer dsk_0123abcd_not-a-real-key" },
      body: JSON.stringify({ query: print(CreateActorDocument), variables: { input: { kind: "PERSON", name: "Nobody", slug: "nobody" } } }),
    });
    const line = await vi.waitFor(() => {
      const found = lines.map((text) => (text.startsWith("{") ? JSON.parse(text) : undefined)).find((entry) => entry?.requestId === "log-line-test");
      if (!found) throw new Error("no log line yet");
      return found;
    }, { timeout: 10_000 });
    expect(line).toMatchObject({
      msg: "request", requestId: "log-line-test", operation: "CreateActor", errorCodes: ["UNAUTHENTICATED"], apiKeyPrefix: "dsk_0123abcd",
      req: { method: "POST", path: "/graphql" }, res: { status: 401 },
    });
    expect(line.durationMs).toBeGreaterThanOrEqual(0);
    expect(JSON.stringify(line)).not.toContain("not-a-real-key");
  });
});
