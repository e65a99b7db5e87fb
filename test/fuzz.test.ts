import fs from "node:fs";
import fc from "fast-check";
import { buildSchema } from "graphql";
import { describe, expect, it } from "vitest";
import type { Client } from "graphql-ws";
import { useTestServer } from "./helpers/server.js";
import { wsClient } from "./helpers/subscription.js";
import { drawFrom, generateOperation, type GeneratedOperation } from "./helpers/operations-arbitrary.js";

// Budgets off: the fuzzer sends thousands of requests from one address.
const api = useTestServer({ RATE_LIMIT_ANONYMOUS: "0", RATE_LIMIT_API_KEY: "0", RATE_LIMIT_AUTH_FAILURES: "0" });
const schema = buildSchema(fs.readFileSync(new URL("../schema.graphql", import.meta.url), "utf8"));
const seed = Number(process.env.FUZZ_SEED ?? Date.now() % 1_000_000);

/** What a response must never show: SQL, driver or Prisma errors, stack frames, file paths. */
const INTERNALS = /PrismaClient|Invalid `prisma|driverAdapterError|DriverAdapterError|node_modules|\bat \S+ \(|\.ts:\d+:\d+|syntax error at or near|violates [a-z ]*constraint|tsquery|stacktrace/;

function expectNoInternals(text: string, operation: GeneratedOperation) {
  const context = `seed ${seed}: ${operation.query.slice(0, 500)} ${JSON.stringify(operation.variables).slice(0, 500)}`;
  expect(text, context).not.toMatch(INTERNALS);
  expect(text, context).not.toContain('"INTERNAL_SERVER_ERROR"');
}

/** A digest of every row Dossier holds (API keys aside: their last use changes with every request). */
async function digest(): Promise<string> {
  return api.server.database.withSession(async (session) => {
    const tables = await session.query<{ name: string }>(
      `SELECT table_name AS name FROM information_schema.tables WHERE table_schema = 'public' AND table_name NOT IN ('_prisma_migrations', 'ApiKey') ORDER BY 1`,
    );
    const parts = await Promise.all(tables.map(({ name }) =>
      session.query<{ md5: string | null }>(`SELECT md5(string_agg(md5(t::text), '' ORDER BY md5(t::text))) AS md5 FROM "${name}" t`)));
    return parts.map(([row]) => row.md5 ?? "-").join(":");
  });
}

async function ids(): Promise<string[]> {
  const { data } = await api.query(`{ actors(first: 20) { edges { node { id } } } meetings(first: 5) { edges { node { id } } } quotes(first: 5) { edges { node { id } } } }`);
  return Object.values(data as Record<string, { edges: { node: { id: string } }[] }>).flatMap((connection) => connection.edges.map((edge) => edge.node.id));
}

async function post(operation: GeneratedOperation, authorization?: string) {
  const response = await fetch(api.url, {
    method: "POST",
    headers: { "content-type": "application/json", ...(authorization ? { authorization } : {}) },
    body: JSON.stringify({ query: operation.query, variables: operation.variables, operationName: operation.operationName }),
  });
  return { status: response.status, text: await response.text() };
}

const runs = { seed, endOnFailure: true } as const;

describe(`generated operations (FUZZ_SEED=${seed} repeats this run)`, () => {
  it("queries over HTTP: never a 5xx, an internal error or a leaked internal", { timeout: 400_000 }, async () => {
    const known = await ids();
    const statuses = new Map<number, number>();
    await fc.assert(fc.asyncProperty(fc.gen(), async (generator) => {
      const draw = drawFrom(generator);
      const operation = generateOperation(draw, schema, "query", known);
      const { status, text } = await post(operation);
      expect(status, text.slice(0, 300)).toBeLessThan(500);
      expectNoInternals(text, operation);
      statuses.set(status, (statuses.get(status) ?? 0) + 1);
    }), { ...runs, numRuns: 1000 });
    // The generator must reach execution often, not only the parser and validator.
    expect(statuses.get(200), JSON.stringify([...statuses])).toBeGreaterThan(100);
  });

  it("mutations over HTTP: refused writes change no row", { timeout: 400_000 }, async () => {
    const known = await ids();
    let before = await digest();
    let refused = 0;
    await fc.assert(fc.asyncProperty(fc.gen(), async (generator) => {
      const draw = drawFrom(generator);
      const operation = generateOperation(draw, schema, "mutation", known);
      const { status, text } = await post(operation, `Bearer ${draw(fc.constantFrom(api.keys.admin, api.keys.editor, "dsk_wrong"))}`);
      expect(status, text.slice(0, 300)).toBeLessThan(500);
      expectNoInternals(text, operation);
      const body = JSON.parse(text) as { data?: Record<string, { errors?: unknown[] } | null> | null };
      const payload = body.data ? Object.values(body.data)[0] : null;
      const after = await digest();
      if (!payload || (payload.errors?.length ?? 0) > 0) {
        refused++;
        expect(after, `a refused write changed data: ${operation.query.slice(0, 300)}`).toBe(before);
      }
      before = after;
    }), { ...runs, numRuns: 250 });
    expect(refused).toBeGreaterThan(50);
  });

  it("queries and subscriptions over graphql-ws: no internal error, and the connection stays open", { timeout: 400_000 }, async () => {
    const known = await ids();
    let closes = 0;
    const client: Client = wsClient(api.url);
    // The client closes with 1000 itself whenever no operation is left (and reconnects); any other code is the server's doing.
    client.on("closed", (event) => {
      if ((event as { code?: number }).code !== 1000) closes++;
    });
    try {
      await fc.assert(fc.asyncProperty(fc.gen(), async (generator) => {
      const draw = drawFrom(generator);
        const operation = generateOperation(draw, schema, draw(fc.constantFrom("query", "query", "subscription")), known);
        // A message over the size limit closes the connection (1009), as it should; the limit is tested elsewhere.
        fc.pre(JSON.stringify(operation).length < 500_000);
        const answer = await new Promise<unknown>((resolve) => {
          // A subscription that was admitted waits for events: it has answered by not refusing.
          const timer = setTimeout(() => { stop(); resolve({ listening: true }); }, 150);
          const stop = client.subscribe(
            { query: operation.query, variables: operation.variables, operationName: operation.operationName },
            { next: (value) => { clearTimeout(timer); stop(); resolve(value); }, error: (errors) => { clearTimeout(timer); resolve({ errors }); }, complete: () => {} },
          );
        });
        expectNoInternals(JSON.stringify(answer), operation);
        expect(closes).toBe(0);
      }), { ...runs, numRuns: 350 });
      const still = await new Promise((resolve) => {
        client.subscribe({ query: "{ articles { totalCount } }" }, { next: resolve, error: resolve, complete: () => {} });
      });
      expect(still).toEqual({ data: { articles: { totalCount: expect.any(Number) } } });
    } finally {
      await client.dispose();
    }
  });

  it("leaves the server up", async () => {
    expect((await api.query("{ __typename }")).data).toEqual({ __typename: "Query" });
  });
});
