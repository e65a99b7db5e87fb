import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { useCluster } from "./helpers/cluster.js";

const cluster = useCluster({ RATE_LIMIT_ANONYMOUS: "5", RATE_LIMIT_WINDOW: "120" });

async function send(url: string, body: object) {
  const response = await fetch(url, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) });
  return { status: response.status, body: (await response.json()) as any };
}

describe("two instances on one PostgreSQL and Redis", () => {
  it("share each client's cost budget and the automatic persisted queries", async () => {
    const [first, second] = await Promise.all([cluster.start(), cluster.start()]);

    const query = "{ articles { totalCount } }";
    const persistedQuery = { version: 1, sha256Hash: createHash("sha256").update(query).digest("hex") };
    const registered = await send(first, { query, extensions: { persistedQuery } });
    expect(registered.body.extensions.cost).toMatchObject({ budget: 5, remaining: 4 });
    const fromHash = await send(second, { extensions: { persistedQuery } });
    expect(fromHash.body).toMatchObject({ data: { articles: { totalCount: 0 } }, extensions: { cost: { remaining: 3 } } });

    expect((await send(first, { query })).body.extensions.cost.remaining).toBe(2);
    expect((await send(second, { query })).body.extensions.cost.remaining).toBe(1);
    expect((await send(first, { query })).body.extensions.cost.remaining).toBe(0);
    const refused = await send(second, { query });
    expect(refused.status).toBe(429);
    expect(refused.body.errors[0].extensions.code).toBe("RATE_LIMITED");
  });
});
