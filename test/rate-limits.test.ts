import { createHash } from "node:crypto";
import fs from "node:fs";
import { print } from "graphql";
import { describe, expect, it } from "vitest";
import type { Client } from "graphql-ws";
import { useTestServer, type TestServer } from "./helpers/server.js";
import { subscribe, wsClient } from "./helpers/subscription.js";
import { ActorSlugsDocument } from "./generated/graphql.js";

/** Runs `work` with a graphql-ws client of the server, disposed afterwards (before the server stops). */
async function overWebSocket<T>(api: TestServer, work: (client: Client) => Promise<T>): Promise<T> {
  const client = wsClient(api.url);
  try {
    return await work(client);
  } finally {
    await client.dispose();
  }
}

async function send(api: TestServer, body: object, headers: Record<string, string> = {}) {
  const response = await fetch(api.url, { method: "POST", headers: { "content-type": "application/json", ...headers }, body: JSON.stringify(body) });
  return { status: response.status, headers: response.headers, body: (await response.json()) as any };
}

/** Sends `body` until the answer is no longer 429 (the window has passed); fails after `timeoutMs`. */
async function untilServed(api: TestServer, body: object, headers: Record<string, string> = {}, timeoutMs = 20_000) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const answer = await send(api, body, headers);
    if (answer.status !== 429 || Date.now() > deadline) return answer;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

const CHEAP = { query: "{ articles { totalCount } }" };
/** The benchmark's nested meetings page: cost about 28,500, so 29 points. */
const COSTLY = { query: `{ meetings(first: 20) { edges { node { title attendees { edges { node { role actor { name roles { edges { node { title } } } } } } }
  statements { edges { node { text speaker { name } } } } } } } }` };

describe("cost budgets", () => {
  const api = useTestServer({ RATE_LIMIT_ANONYMOUS: "40", RATE_LIMIT_API_KEY: "60", RATE_LIMIT_WINDOW: "3" });

  it("charges each request its cost in points from the client address's budget; over it, 429 with Retry-After and RATE_LIMITED", async () => {
    const first = await send(api, COSTLY);
    expect(first.status).toBe(200);
    const { points, budget, remaining } = first.body.extensions.cost;
    expect({ points, budget }).toEqual({ points: Math.ceil(first.body.extensions.cost.requested / 1000), budget: 40 });
    expect(points).toBeGreaterThan(20);

    const second = await send(api, COSTLY);
    expect(second.status).toBe(429);
    expect(Number(second.headers.get("retry-after"))).toBeGreaterThanOrEqual(1);
    expect(second.body.errors[0]).toMatchObject({
      message: expect.stringMatching(new RegExp(`^Rate limit exceeded: this request costs ${points} point\\(s\\) and the budget of this IP address without an API key \\(40 points per 3 s\\) has ${remaining} left; retry in \\d+ s$`)),
      extensions: { code: "RATE_LIMITED", retryAfterSeconds: expect.any(Number) },
    });
    expect(second.body.data).toBeUndefined();

    // An API key has a budget of its own.
    expect((await send(api, COSTLY, { authorization: `Bearer ${api.keys.editor}` })).body.extensions.cost).toMatchObject({ budget: 60, remaining: 60 - points });

    const later = await untilServed(api, COSTLY);
    expect(later.status).toBe(200);
    expect(later.body.extensions.cost.remaining).toBe(40 - points);
  });

  it("charges operations over graphql-ws to the same address budget", async () => {
    let answer: any;
    // A window may end between the last HTTP refusal and the WebSocket operation: then spend it again.
    for (let attempt = 0; attempt < 5; attempt++) {
      while ((await send(api, CHEAP)).status !== 429);
      answer = await overWebSocket(api, (client) => subscribe(client, CHEAP.query).next());
      if (answer.errors) break;
    }
    expect(answer.errors.flat()[0]).toMatchObject({ message: expect.stringMatching(/^Rate limit exceeded/), extensions: { code: "RATE_LIMITED" } });
  });
});

describe("behind a trusted proxy (TRUST_PROXY)", () => {
  const api = useTestServer({ TRUST_PROXY: "loopback", RATE_LIMIT_ANONYMOUS: "2" });

  it("budgets each client X-Forwarded-For names, not the proxy", async () => {
    const from = (client: string) => ({ "x-forwarded-for": client });
    expect((await send(api, CHEAP, from("203.0.113.7"))).body.extensions.cost.remaining).toBe(1);
    expect((await send(api, CHEAP, from("203.0.113.7"))).body.extensions.cost.remaining).toBe(0);
    expect((await send(api, CHEAP, from("203.0.113.7"))).status).toBe(429);
    expect((await send(api, CHEAP, from("198.51.100.20"))).body.extensions.cost.remaining).toBe(1);
  });
});

describe("failed authentications", () => {
  const api = useTestServer({ RATE_LIMIT_AUTH_FAILURES: "3", RATE_LIMIT_WINDOW: "60" });
  const WRITE = { query: `mutation { createActor(input: { kind: PERSON, name: "Guess", slug: "guess" }) { errors { code } } }` };

  it("are limited per address: past the limit no key is checked, even a right one, while requests without a key are served", async () => {
    for (let attempt = 0; attempt < 3; attempt++) {
      const wrong = await send(api, WRITE, { authorization: `Bearer dsk_guess${attempt}` });
      expect(wrong.body.errors[0].extensions.code).toBe("UNAUTHENTICATED");
    }
    const fourth = await send(api, CHEAP, { authorization: "Bearer dsk_guess4" });
    expect(fourth.status).toBe(429);
    expect(fourth.headers.get("retry-after")).toMatch(/^\d+$/);
    expect(fourth.body.errors[0]).toMatchObject({ message: expect.stringMatching(/^Too many requests from this IP address had an unknown, revoked or malformed API key \(3 per 60 s\)/), extensions: { code: "TOO_MANY_AUTHENTICATION_FAILURES" } });
    expect((await send(api, WRITE, { authorization: `Bearer ${api.keys.editor}` })).body.errors[0].extensions.code).toBe("TOO_MANY_AUTHENTICATION_FAILURES");
    expect((await send(api, CHEAP)).body.data).toEqual({ articles: { totalCount: 1 } });
  });
});

describe("allow-list mode (OPERATION_ALLOW_LIST)", () => {
  const file = new URL("./generated/persisted-documents.json", import.meta.url);
  const api = useTestServer({ OPERATION_ALLOW_LIST: file.pathname });
  const hash = (ActorSlugsDocument as unknown as { __meta__: { hash: string } }).__meta__.hash.replace(/^sha256:/, "");
  const registered = (JSON.parse(fs.readFileSync(file, "utf8")) as Record<string, string>)[`sha256:${hash}`];

  it("runs registered operations, sent by hash or as the registered text", async () => {
    const byHash = await send(api, { extensions: { persistedQuery: { version: 1, sha256Hash: hash } } });
    expect(byHash.body.data.actors.edges.length).toBeGreaterThan(0);
    expect((await send(api, { query: registered })).body.data).toEqual(byHash.body.data);
  });

  it("refuses any other document, even the same operation printed differently, over HTTP and graphql-ws", async () => {
    for (const query of ["{ articles { totalCount } }", print(ActorSlugsDocument)]) {
      const refused = await send(api, { query });
      expect(refused.status).toBe(400);
      expect(refused.body.errors[0]).toMatchObject({ message: "This server runs registered operations only, and this document is not one of them", extensions: { code: "OPERATION_NOT_ALLOWED" } });
    }
    await overWebSocket(api, async (client) => {
      expect((await subscribe(client, "subscription { quoteRecorded { text } }").next()).errors.flat()[0].extensions.code).toBe("OPERATION_NOT_ALLOWED");
      expect(await subscribe(client, registered).next()).toMatchObject({ data: { actors: expect.any(Object) } });
    });
  });

  it("registers nothing new through automatic persisted queries", async () => {
    const query = "{ articles { totalCount } }";
    const persistedQuery = { version: 1, sha256Hash: createHash("sha256").update(query).digest("hex") };
    expect((await send(api, { query, extensions: { persistedQuery } })).body.errors[0].extensions.code).toBe("OPERATION_NOT_ALLOWED");
    expect((await send(api, { extensions: { persistedQuery } })).body.errors[0].extensions.code).toBe("PERSISTED_QUERY_NOT_FOUND");
  });
});

describe("CORS", () => {
  const preflight = (api: TestServer, origin: string) =>
    fetch(api.url, { method: "OPTIONS", headers: { origin, "access-control-request-method": "POST", "access-control-request-headers": "content-type" } });

  describe("with CORS_ORIGINS", () => {
    const api = useTestServer({ CORS_ORIGINS: "https://newsroom.example, https://desk.example" });

    it("lets only the configured origins call from a browser", async () => {
      expect((await preflight(api, "https://desk.example")).headers.get("access-control-allow-origin")).toBe("https://desk.example");
      expect((await preflight(api, "https://evil.example")).headers.get("access-control-allow-origin")).toBeNull();
    });
  });

  describe("in production without CORS_ORIGINS", () => {
    const api = useTestServer({ NODE_ENV: "production", SEED: "false" });

    it("lets no other origin call, and suggests no field names over HTTP or graphql-ws", async () => {
      expect((await preflight(api, "https://newsroom.example")).headers.get("access-control-allow-origin")).toBeNull();
      const misspelt = await send(api, { query: "{ actorz { totalCount } }" });
      expect(misspelt.body.errors[0].message).toBe('Cannot query field "actorz" on type "Query".');
      const enumValue = await send(api, { query: "query ($kind: [ActorKind!]) { actors(filter: { kind: $kind }) { totalCount } }", variables: { kind: ["PERSONS"] } });
      expect(enumValue.body.errors[0].message).not.toMatch(/Did you mean|PERSON"/);
      const overWs = await overWebSocket(api, (client) => subscribe(client, "subscription { quoteRecordd { text } }").next());
      expect(overWs.errors.flat()[0].message).toBe('Cannot query field "quoteRecordd" on type "Subscription".');
    });
  });
});
