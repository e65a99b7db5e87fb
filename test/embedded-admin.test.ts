import fs from "node:fs/promises";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { print } from "graphql";
import { loadConfig } from "../src/config.js";
import { startServer, type RunningServer } from "../src/server.js";
import type { ArticleDocument } from "../src/ingest/document.js";
import { createTestDatabase, type TestDatabase } from "./helpers/database.js";
import { runCli } from "./helpers/ingest.js";
import { CreateActorDocument } from "./generated/graphql.js";

// Always the embedded database, whatever TEST_DATABASE_URL says: this is about sharing its one data directory.
let database: TestDatabase;
let server: RunningServer;
let settings: TestDatabase["settings"];
beforeAll(async () => {
  database = await createTestDatabase({ contents: "empty", serverUrl: "" });
  settings = database.settings;
  server = await startServer({ ...loadConfig({ HOST: "127.0.0.1", PORT: "0", LOG_LEVEL: "silent" }), ...settings });
});
afterAll(async () => {
  await server?.stop();
  await database?.drop();
});

let actors = 0;
async function createActor(key: string) {
  actors++;
  const response = await fetch(server.url, {
    method: "POST",
    headers: { "content-type": "application/json", authorization: `Bearer ${key}` },
    body: JSON.stringify({ query: print(CreateActorDocument), variables: { input: { kind: "PERSON", name: `Admin test ${actors}`, slug: `admin-test-${actors}` } } }),
  });
  return (await response.json()) as { data?: { createActor: { errors: unknown[] } }; errors?: { extensions: { code: string } }[] };
}

const slow = { timeout: 240_000 };

describe("command-line tools while the server runs on the embedded database", () => {
  it("apikey create, list and revoke take effect on the running server at once", slow, async () => {
    const created = await runCli("apikey", ["create", "--role", "editor", "--name", "Live pipeline"], settings);
    expect(created.stderr).toBe("");
    expect(created.code).toBe(0);
    const key = created.stdout.trim().split("\n").at(-1)!;
    expect((await createActor(key)).data?.createActor.errors).toEqual([]);
    const listed = await runCli("apikey", ["list"], settings);
    expect(listed.stdout).toContain('"Live pipeline"');
    const prefix = key.split("_").slice(0, 2).join("_");
    expect((await runCli("apikey", ["revoke", prefix], settings)).code).toBe(0);
    expect((await createActor(key)).errors?.map((error) => error.extensions.code)).toEqual(["UNAUTHENTICATED"]);
  });

  it("db:seed, ingest and export work against the running server's data", slow, async () => {
    const seeded = await runCli("seed", [], settings);
    expect(seeded.stdout).toMatch(/Seeded 0 new article\(s\); 1 already present/);
    const document: ArticleDocument = {
      article: { url: "https://example.org/live-ingest", title: "Ingested while serving", text: "Macron said he was ready." },
      actors: [{ key: "macron", kind: "PERSON", name: "Emmanuel Macron", slug: "emmanuel-macron", wikidataId: "Q3052772" }],
      quotes: [{ key: "ready", kind: "PARAPHRASE", text: "He is ready to serve.", speaker: "macron", citations: [{ excerpt: "Macron said he was ready." }] }],
    };
    const file = path.join(settings.dataDir, "..", `${path.basename(settings.dataDir)}-article.json`);
    await fs.writeFile(file, JSON.stringify(document));
    try {
      const ingested = await runCli("ingest", [file], settings);
      expect(ingested.stdout).toMatch(/1 document\(s\) applied, 0 rejected/);
    } finally {
      await fs.rm(file, { force: true });
    }
    const found = await fetch(server.url, {
      method: "POST", headers: { "content-type": "application/json" },
      body: JSON.stringify({ query: `{ quotes(filter: { search: "ready to serve" }) { edges { node { text } } } }` }),
    });
    expect((await found.json()).data.quotes.edges).toEqual([{ node: { text: "He is ready to serve." } }]);
    const exported = await runCli("export", [], settings);
    expect(exported.code).toBe(0);
    const titles = exported.stdout.trim().split("\n").map((line) => JSON.parse(line).article.title);
    expect(titles).toContain("Ingested while serving");
    expect(titles).toHaveLength(2);
  });

  it("serves many concurrent reads and writes over its socket without mixing their statements", slow, async () => {
    const key = (await runCli("apikey", ["create", "--role", "editor", "--name", "Concurrent"], settings)).stdout.trim().split("\n").at(-1)!;
    const read = async () => {
      const response = await fetch(server.url, {
        method: "POST", headers: { "content-type": "application/json" },
        body: JSON.stringify({ query: `{ actors(first: 5) { totalCount edges { node { name quotes(first: 3) { edges { node { text } } } } } } }` }),
      });
      return (await response.json()) as { errors?: unknown[] };
    };
    const results = await Promise.all(Array.from({ length: 40 }, (_, index) => (index % 4 === 0 ? createActor(key) : read())));
    expect(results.flatMap((result) => result.errors ?? [])).toEqual([]);
  });

  it("a second server on the same directory is still refused", slow, async () => {
    await expect(startServer({ ...loadConfig({ HOST: "127.0.0.1", PORT: "0", LOG_LEVEL: "silent" }), ...settings })).rejects.toThrow(/in use by another Dossier process/);
  });
});
