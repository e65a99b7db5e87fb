import net from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadConfig } from "../src/config.js";
import { openDatabase } from "../src/db/database.js";
import { startServer } from "../src/server.js";
import { createTestDatabase, type TestDatabase } from "./helpers/database.js";
import { databaseEnv, runEntryPoint } from "./helpers/cli.js";

function expectOneLineFailure(result: { code: number | null; stderr: string }, message: RegExp) {
  expect(result.code).toBe(1);
  const lines = result.stderr.trim().split("\n");
  expect(lines).toHaveLength(1);
  expect(lines[0]).toMatch(message);
}

describe("start-up failures end with one clear line and exit code 1", () => {
  it("when DATABASE_URL names a server that cannot be reached", async () => {
    const result = await runEntryPoint("src/index.ts", { DATABASE_URL: "postgres://postgres@127.0.0.1:1/dossier", PORT: "0" });
    expectOneLineFailure(result, /^Dossier cannot start: Cannot connect to PostgreSQL at 127\.0\.0\.1:1\/dossier: .*ECONNREFUSED/);
  });

  it("when DATABASE_URL is not a PostgreSQL URL", async () => {
    const result = await runEntryPoint("src/index.ts", { DATABASE_URL: "mysql://localhost/dossier" });
    expectOneLineFailure(result, /^Dossier cannot start: DATABASE_URL must start with postgres:\/\/ or postgresql:\/\//);
  });

  it("when PORT is not a port", async () => {
    const result = await runEntryPoint("src/index.ts", { PORT: "http" });
    expectOneLineFailure(result, /^Dossier cannot start: PORT must be an integer between 0 and 65535, got "http"$/);
  });

  it("when the port is taken", async () => {
    const taken = net.createServer().listen(0, "127.0.0.1");
    await new Promise((resolve) => taken.once("listening", resolve));
    const { port } = taken.address() as net.AddressInfo;
    const database = await createTestDatabase({ contents: "migrated" });
    try {
      const result = await runEntryPoint("src/index.ts", { ...databaseEnv(database.settings), HOST: "127.0.0.1", PORT: String(port) });
      expectOneLineFailure(result, new RegExp(`^Dossier cannot start: Cannot listen on 127\\.0\\.0\\.1:${port}: the port is in use$`));
    } finally {
      taken.close();
      await database.drop();
    }
  });

  it("when another process holds the data directory", { timeout: 180_000 }, async () => {
    const database = await createTestDatabase();
    const holder = await startServer({ ...loadConfig({ HOST: "127.0.0.1", PORT: "0" }), databaseUrl: undefined, dataDir: database.settings.dataDir });
    try {
      const result = await runEntryPoint("src/index.ts", { DATABASE_URL: "", DATA_DIR: database.settings.dataDir, PORT: "0" });
      expectOneLineFailure(result, /^Dossier cannot start: Data directory .* is in use by another Dossier process/);
    } finally {
      await holder.stop();
      await database.drop();
    }
  });
});

describe("npm run db:seed", () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase({ contents: "migrated" });
  });
  afterAll(() => database.drop());

  it("loads the seed article once; running it again duplicates nothing", { timeout: 240_000 }, async () => {
    const env = databaseEnv(database.settings);
    const first = await runEntryPoint("src/cli/seed.ts", env);
    expect(first.stdout).toMatch(/Seeded 1 new article\(s\); 0 already present/);
    const countRows = async () => {
      const db = await openDatabase(database.settings);
      try {
        return await db.withSession((session) =>
          session.query<{ table: string; rows: number }>(`
            SELECT 'Actor' AS table, count(*)::int AS rows FROM "Actor" UNION ALL SELECT 'Role', count(*)::int FROM "Role"
            UNION ALL SELECT 'Meeting', count(*)::int FROM "Meeting" UNION ALL SELECT 'Attendance', count(*)::int FROM "Attendance"
            UNION ALL SELECT 'Quote', count(*)::int FROM "Quote" UNION ALL SELECT 'Incident', count(*)::int FROM "Incident"
            UNION ALL SELECT 'Figure', count(*)::int FROM "Figure" UNION ALL SELECT 'Citation', count(*)::int FROM "Citation"
            UNION ALL SELECT 'Article', count(*)::int FROM "Article" UNION ALL SELECT 'Place', count(*)::int FROM "Place"`),
        );
      } finally {
        await db.close();
      }
    };
    const afterFirst = await countRows();
    expect(afterFirst.find((row) => row.table === "Quote")?.rows).toBeGreaterThan(5);

    const second = await runEntryPoint("src/cli/seed.ts", env);
    expect(second.stdout).toMatch(/Seeded 0 new article\(s\); 1 already present/);
    expect(await countRows()).toEqual(afterFirst);
  });
});
