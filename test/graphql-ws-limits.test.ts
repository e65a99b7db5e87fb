import { afterAll, describe, expect, it } from "vitest";
import WebSocket from "ws";
import type { Client } from "graphql-ws";
import { useTestServer } from "./helpers/server.js";
import { actorId, mutate } from "./helpers/graph.js";
import { subscribe, untilListening, wsClient, type Subscription } from "./helpers/subscription.js";

const api = useTestServer({ MAX_SUBSCRIPTIONS_PER_CONNECTION: "3", MAX_REQUEST_BYTES: "100000" });
const clients: Client[] = [];
afterAll(() => Promise.all(clients.map((client) => client.dispose())));

function connect(): Client {
  const client = wsClient(api.url);
  clients.push(client);
  return client;
}

const firstError = async (subscription: Subscription) => (await subscription.next()).errors.flat()[0];
const QUOTE = `mutation($input: QuoteInput!) { createQuote(input: $input) { errors { code } } }`;

describe("graphql-ws refuses what HTTP refuses, each operation on its own", () => {
  it("answers bad variables, a fan-out, too many aliases and a deep variable with the codes of HTTP, and the connection stays open", async () => {
    const client = connect();
    const macron = await actorId(api, "Emmanuel Macron");
    const healthy = subscribe(client, `subscription ($a: ID) { quoteRecorded(actor: $a) { text } }`, { a: macron });
    await untilListening(healthy, () => mutate(api, QUOTE, { input: { kind: "DIRECT", text: "probe", speaker: macron } }));

    const deep = (depth: number): unknown => (depth === 0 ? "x" : { a: deep(depth - 1) });
    let fragments = "fragment F0 on Quote { text }";
    for (let level = 1; level <= 14; level++) fragments += ` fragment F${level} on Quote { ...F${level - 1} ...F${level - 1} }`;
    const refusals: [string, Record<string, unknown> | undefined, string, RegExp][] = [
      ["subscription ($a: ID!) { quoteRecorded(actor: $a) { text } }", undefined, "BAD_USER_INPUT", /Variable "\$a" of required type "ID!" was not provided/],
      ["subscription ($a: ID) { quoteRecorded(actor: $a) { text } }", { a: deep(100) }, "VARIABLES_TOO_DEEP", /nests deeper than 32 levels/],
      [`subscription { quoteRecorded { ...F14 } } ${fragments}`, undefined, "TOO_MANY_QUERY_NODES", /Query node limit of 2000 exceeded/],
      [`subscription { quoteRecorded { ${Array.from({ length: 31 }, (_, index) => `t${index}: text`).join(" ")} } }`, undefined, "TOO_MANY_ALIASES", /Aliases limit of 30/],
    ];
    for (const [query, variables, code, message] of refusals) {
      const error = await firstError(subscribe(client, query, variables));
      expect(error).toMatchObject({ message: expect.stringMatching(message), extensions: { code } });
      expect(error.extensions).not.toHaveProperty("http");
    }

    await mutate(api, QUOTE, { input: { kind: "DIRECT", text: "Still listening.", speaker: macron } });
    expect(await healthy.next()).toEqual({ data: { quoteRecorded: { text: "Still listening." } } });
  });

  it("allows a configured number of subscriptions per connection, and another once one completes", async () => {
    const client = connect();
    const unsubscribes: (() => void)[] = [];
    for (let index = 0; index < 3; index++) unsubscribes.push(client.subscribe({ query: "subscription { quoteRecorded { text } }" }, { next: () => {}, error: () => {}, complete: () => {} }));
    const fourth = subscribe(client, "subscription { incidentRecorded { title } }");
    expect(await firstError(fourth)).toMatchObject({ message: expect.stringMatching(/already has 3 operations open/), extensions: { code: "TOO_MANY_SUBSCRIPTIONS" } });

    unsubscribes[0]();
    // The server forgets the completed one when the client's complete message arrives: try until it has.
    let answer: any;
    for (let attempt = 0; attempt < 50; attempt++) {
      answer = await new Promise((resolve) => {
        const stop = client.subscribe({ query: "{ articles { totalCount } }" }, { next: (value) => { resolve(value); stop(); }, error: (errors) => resolve({ errors }), complete: () => {} });
      });
      if (!answer.errors) break;
    }
    expect(answer).toEqual({ data: { articles: { totalCount: 1 } } });
  });

  it("closes a connection that sends a message over the size limit with 1009, as WebSocket defines", async () => {
    const socket = new WebSocket(api.url.replace(/^http/, "ws"), "graphql-transport-ws");
    await new Promise((resolve, reject) => socket.once("open", resolve).once("error", reject));
    socket.send(JSON.stringify({ type: "connection_init" }));
    const closed = new Promise<number>((resolve) => socket.once("close", resolve));
    socket.send(JSON.stringify({ id: "1", type: "subscribe", payload: { query: `{ __typename } #${"x".repeat(200_000)}` } }));
    expect(await closed).toBe(1009);
  });
});
