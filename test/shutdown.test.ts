import http from "node:http";
import { spawn, type ChildProcess } from "node:child_process";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { createClient } from "graphql-ws";
import WebSocket from "ws";
import { createTestDatabase, type TestDatabase } from "./helpers/database.js";
import { databaseEnv } from "./helpers/cli.js";
import { freePort } from "./helpers/postgres-cluster.js";
import { runScript, stop, waitForOutput } from "./helpers/process.js";

const root = fileURLToPath(new URL("../", import.meta.url));
// Server processes start and stop here, each loading PGlite or connecting: slow on a busy machine.
const slow = { timeout: 240_000 };
let database: TestDatabase;
let child: ChildProcess | undefined;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(async () => {
  await stop(child);
  await database?.drop();
});

interface Started {
  child: ChildProcess;
  url: string;
  exited: Promise<number | null>;
}

async function start(how: "npm start" | "node", on: TestDatabase = database): Promise<Started> {
  const port = await freePort();
  const settings = { ...databaseEnv(on.settings), HOST: "127.0.0.1", PORT: String(port), LOG_LEVEL: "silent" };
  child = how === "npm start"
    ? spawn("npm", ["start", "--silent"], { cwd: root, env: { ...process.env, ...settings }, stdio: ["ignore", "pipe", "pipe"] })
    : runScript("src/index.ts", [], settings);
  const exited = new Promise<number | null>((resolve) => child!.once("exit", (code) => resolve(code)));
  await waitForOutput(child, /serving GraphQL at/, 120_000);
  return { child, url: `http://127.0.0.1:${port}/graphql`, exited };
}

/** A POST whose body is sent in two parts, so that the request is in flight until `finish()`. */
function halfSentRequest(url: string) {
  const body = JSON.stringify({ query: "{ actors { totalCount } }" });
  let resolveResponse: (value: { status: number; body: string }) => void;
  const response = new Promise<{ status: number; body: string }>((resolve) => (resolveResponse = resolve));
  const request = http.request(url, { method: "POST", headers: { "content-type": "application/json", "content-length": Buffer.byteLength(body) } }, (res) => {
    let text = "";
    res.on("data", (chunk) => (text += chunk));
    res.on("end", () => resolveResponse({ status: res.statusCode!, body: text }));
  });
  request.write(body.slice(0, 10));
  return { response, finish: () => request.end(body.slice(10)) };
}

const refused = (url: string) => fetch(url, { method: "POST" }).then(() => false, () => true);

describe.each([
  ["npm start", "SIGTERM"],
  ["node", "SIGINT"],
] as const)("%s, sent %s", (how, signal) => {
  it("stops accepting, finishes the request in flight, closes subscriptions, closes the database and exits 0", slow, async () => {
    const server = await start(how);
    const closes: number[] = [];
    let connected!: () => void;
    const isConnected = new Promise<void>((resolve) => (connected = resolve));
    const client = createClient({
      url: server.url.replace(/^http/, "ws"), webSocketImpl: WebSocket, retryAttempts: 0, lazy: false, onNonLazyError: () => {},
      on: { connected, closed: (event) => void closes.push((event as { code: number }).code) },
    });
    client.subscribe({ query: "subscription { quoteRecorded { text } }" }, { next: () => {}, error: () => {}, complete: () => {} });
    await isConnected;
    const inFlight = halfSentRequest(server.url);
    await new Promise((resolve) => setTimeout(resolve, 200));
    server.child.kill(signal);
    await vi.waitFor(async () => expect(await refused(server.url)).toBe(true), { timeout: 30_000, interval: 50 });
    inFlight.finish();
    const answer = await inFlight.response;
    expect(answer.status).toBe(200);
    expect(JSON.parse(answer.body).data.actors.totalCount).toBeGreaterThan(0);
    expect(await server.exited).toBe(0);
    expect(closes).toEqual([1001]);
    await client.dispose();
  });
});

it("reopens the embedded data directory at once after a kill -9", slow, async () => {
  const embedded = await createTestDatabase({ contents: "empty", serverUrl: "" });
  try {
    const crashed = await start("node", embedded);
    crashed.child.kill("SIGKILL");
    await crashed.exited;
    const next = await start("node", embedded);
    const response = await fetch(next.url, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ query: "{ actors { totalCount } }" }) });
    expect((await response.json()).data.actors.totalCount).toBeGreaterThan(0);
    next.child.kill("SIGTERM");
    expect(await next.exited).toBe(0);
  } finally {
    await embedded.drop();
  }
});
