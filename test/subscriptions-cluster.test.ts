import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Redis } from "ioredis";
import type { Client } from "graphql-ws";
import { runToEnd } from "./helpers/process.js";
import { subscribe, wsClient } from "./helpers/subscription.js";
import { useCluster } from "./helpers/cluster.js";

const cluster = useCluster();
const { redisPrefix } = cluster;
let client: Client | undefined;
let redis: Redis;

beforeAll(() => {
  redis = new Redis(cluster.redisUrl);
});

afterAll(async () => {
  await client?.dispose();
  redis?.disconnect();
});

describe("subscriptions across instances (Redis)", () => {
  it("a subscriber on one instance receives a quote recorded through another", async () => {
    const first = await cluster.start();
    const second = await cluster.start();
    const created = await runToEnd("src/cli/apikey.ts", ["create", "--role", "editor", "--name", "cluster test"], cluster.env);
    expect(created.code).toBe(0);
    const key = created.stdout.match(/^dsk_\S+$/m)![0];

    client = wsClient(first);
    const quotes = subscribe(client, `subscription { quoteRecorded { text speaker { name } } }`);
    // The subscription is live once the first instance listens on its Redis channel.
    for (let attempt = 0; attempt < 100; attempt++) {
      const [, listeners] = (await redis.pubsub("NUMSUB", `${redisPrefix}quoteRecorded`)) as [string, number];
      if (listeners > 0) break;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }

    const write = async (query: string) => {
      const response = await fetch(second, { method: "POST", headers: { "content-type": "application/json", authorization: `Bearer ${key}` }, body: JSON.stringify({ query }) });
      return (await response.json()) as any;
    };
    const actor = await write(`mutation { createActor(input: { kind: PERSON, name: "Ursula von der Leyen", slug: "ursula-von-der-leyen" }) { actor { id } } }`);
    const quote = await write(`mutation { createQuote(input: { kind: DIRECT, text: "Europe is ready.", speaker: "${actor.data.createActor.actor.id}" }) { errors { code } } }`);
    expect(quote.data.createQuote.errors).toEqual([]);
    expect(await quotes.next(15_000)).toEqual({ data: { quoteRecorded: { text: "Europe is ready.", speaker: { name: "Ursula von der Leyen" } } } });
  });
});
