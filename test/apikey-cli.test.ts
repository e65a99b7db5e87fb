import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadConfig } from "../src/config.js";
import { startServer, type RunningServer } from "../src/server.js";
import { createTestDatabase, type TestDatabase } from "./helpers/database.js";
import { runToEnd } from "./helpers/process.js";

let database: TestDatabase;
let env: NodeJS.ProcessEnv;
const apikey = (...args: string[]) => runToEnd("src/cli/apikey.ts", args, env);

beforeAll(async () => {
  database = await createTestDatabase({ contents: "migrated" });
  env = { DATA_DIR: database.settings.dataDir, DATABASE_URL: database.settings.databaseUrl ?? "" };
});
afterAll(() => database?.drop());

describe("npm run apikey", () => {
  // Six command runs, each a process of its own that opens the database: minutes on a loaded machine.
  it("creates keys that work, lists them without the secret, and revokes them", { timeout: 240_000 }, async () => {
    const editor = await apikey("create", "--role", "editor", "--name", "Newsroom pipeline");
    expect(editor.code).toBe(0);
    const key = editor.stdout.match(/^dsk_\S+$/m)![0];
    const prefix = editor.stdout.match(/prefix (dsk_[0-9a-f]+)/)![1];
    expect(key.startsWith(`${prefix}_`)).toBe(true);
    const admin = await apikey("create", "--role", "admin", "--name", "Desk chief");
    const adminKey = admin.stdout.match(/^dsk_\S+$/m)![0];

    const listed = await apikey("list");
    expect(listed.stdout).toContain(`${prefix}  EDITOR  "Newsroom pipeline"`);
    expect(listed.stdout).toContain("ADMIN  \"Desk chief\"");
    expect(listed.stdout).not.toContain(key);

    const revoked = await apikey("revoke", prefix);
    expect(revoked).toMatchObject({ code: 0, stdout: expect.stringContaining("Revoked key \"Newsroom pipeline\"") });
    expect((await apikey("list")).stdout).toMatch(new RegExp(`${prefix}.*revoked`));

    // The server accepts the live key and refuses the revoked one.
    const server: RunningServer = await startServer({ ...loadConfig({ HOST: "127.0.0.1", PORT: "0", SEED: "false" }), ...database.settings });
    try {
      const create = (bearer: string) => fetch(server.url, {
        method: "POST",
        headers: { "content-type": "application/json", authorization: `Bearer ${bearer}` },
        body: JSON.stringify({ query: `mutation { createPlace(input: { name: "Rome", slug: "rome" }) { place { createdBy { name } } } }` }),
      }).then((response) => response.json() as Promise<any>);
      expect((await create(key)).errors[0].extensions.code).toBe("UNAUTHENTICATED");
      expect((await create(adminKey)).data.createPlace.place.createdBy).toEqual({ name: "Desk chief" });
    } finally {
      await server.stop();
    }
  });

  it("explains its usage and rejects bad arguments", { timeout: 240_000 }, async () => {
    const noRole = await apikey("create", "--name", "x");
    expect(noRole.code).toBe(2);
    expect(noRole.stderr).toContain("create needs --role editor or --role admin");
    const unknown = await apikey("revoke", "dsk_ffffffff");
    expect(unknown).toMatchObject({ code: 1, stderr: expect.stringContaining("No API key has the id or prefix \"dsk_ffffffff\"") });
  });
});
