import { spawnSync } from "node:child_process";
import pg from "pg";
import { toGlobalId } from "../../src/common/node-id.js";
import { SEARCH_WORD, type BenchContext } from "./queries.js";

export interface BenchDatabase {
  quotes: number;
  url: string;
  /** The rows queries ask about: the most quoted actor (the timeline's), the best attended meeting. */
  context: BenchContext;
  rows: Record<string, number>;
  searchMatches: number;
}

const countedTables = ["Actor", "Role", "Meeting", "Attendance", "Quote", "Incident", "Figure", "Article", "Citation"];

async function withClient<T>(url: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

async function quoteCount(url: string): Promise<number | null> {
  return withClient(url, async (client) => {
    const { rows } = await client.query<{ exists: boolean }>(`SELECT to_regclass('"Quote"') IS NOT NULL AS exists`);
    if (!rows[0].exists) return null;
    return (await client.query<{ count: number }>(`SELECT count(*)::int AS count FROM "Quote"`)).rows[0].count;
  });
}

/**
 * The database `<prefix>_q<quotes>` on the server of `serverUrl`, created and filled by
 * `npm run db:generate` unless it already holds exactly that many quotes.
 */
export async function benchDatabase(serverUrl: string, prefix: string, quotes: number): Promise<BenchDatabase> {
  const name = `${prefix}_q${quotes}`;
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const exists = await withClient(serverUrl, async (client) =>
    (await client.query(`SELECT 1 FROM pg_database WHERE datname = $1`, [name])).rowCount === 1);
  if (!exists) await withClient(serverUrl, (client) => client.query(`CREATE DATABASE ${name}`));
  if ((await quoteCount(url.toString())) !== quotes) {
    console.log(`Generating ${quotes} quotes into ${name}…`);
    const run = spawnSync("npm", ["run", "--silent", "db:generate", "--", "--quotes", String(quotes), "--reset"], {
      env: { ...process.env, DATABASE_URL: url.toString() },
      stdio: "inherit",
    });
    if (run.status !== 0) throw new Error(`generating ${name} failed`);
  }
  return withClient(url.toString(), async (client) => {
    const rows: Record<string, number> = {};
    for (const table of countedTables) {
      rows[table] = (await client.query<{ count: number }>(`SELECT count(*)::int AS count FROM "${table}"`)).rows[0].count;
    }
    const actor = await client.query<{ id: string }>(
      `SELECT "speakerId" AS id FROM "Quote" WHERE "speakerId" IS NOT NULL GROUP BY 1 ORDER BY count(*) DESC, 1 LIMIT 1`);
    const meeting = await client.query<{ id: string }>(
      `SELECT "meetingId" AS id FROM "Attendance" GROUP BY 1 ORDER BY count(*) DESC, 1 LIMIT 1`);
    const matches = await client.query<{ count: number }>(
      `SELECT count(*)::int AS count FROM "Quote" WHERE "searchDocument" @@ plainto_tsquery('english', $1)`, [SEARCH_WORD]);
    const [actorUuid, meetingUuid] = [actor.rows[0].id, meeting.rows[0].id];
    const context = { actorId: toGlobalId("Actor", actorUuid), actorUuid, meetingId: toGlobalId("Meeting", meetingUuid), meetingUuid };
    return { quotes, url: url.toString(), context, rows, searchMatches: matches.rows[0].count };
  });
}

export async function postgresVersion(serverUrl: string): Promise<string> {
  return withClient(serverUrl, async (client) => (await client.query<{ server_version: string }>("SHOW server_version")).rows[0].server_version);
}
