import { createHash } from "node:crypto";
import type { SqlSession } from "../db/database.js";
import { tableOrder } from "./writer.js";

export class GenerateError extends Error {}

/** Refuses to add a generated graph to a database that already holds a graph (generated or real). */
export async function assertEmpty(session: SqlSession): Promise<void> {
  const [{ actors, articles }] = await session.query<{ actors: number; articles: number }>(
    `SELECT (SELECT count(*)::int FROM "Actor") AS actors, (SELECT count(*)::int FROM "Article") AS articles`,
  );
  if (actors > 0 || articles > 0) {
    throw new GenerateError(`the database already holds data (${actors} actors, ${articles} articles); pass --reset to empty it first`);
  }
}

/** Tables the generator does not write but which go with the graph: the quotes' search terms and the attendances' meeting times (PostgreSQL writes them), unnamed parties and what sources say about the graph. */
const notGenerated = ["QuoteSearchTerm", "AttendanceMeetingTime", "UnnamedAttendance", "UnnamedParticipant", "Mention", "FactRef", "MergeCandidate"];

/** Empties every Dossier table (migrations stay recorded). */
export async function emptyGraph(session: SqlSession): Promise<void> {
  await session.exec(`TRUNCATE ${[...tableOrder, ...notGenerated].map((table) => `"${table}"`).join(", ")}`);
}

/** A SHA-256 over every row of every Dossier table in id order: equal digests mean equal data. */
export async function graphDigest(session: SqlSession): Promise<string> {
  const hash = createHash("sha256");
  for (const table of tableOrder) {
    const [{ digest }] = await session.query<{ digest: string }>(
      `SELECT md5(coalesce(string_agg(md5(t::text), '' ORDER BY t.id), '')) AS digest FROM "${table}" t`,
    );
    hash.update(`${table}:${digest};`);
  }
  return hash.digest("hex");
}
