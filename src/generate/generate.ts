import type { SqlSession } from "../db/database.js";
import { createActors } from "./actors.js";
import { createIncidents } from "./incidents.js";
import { createMeetings } from "./meetings.js";
import { createPlaces } from "./places.js";
import { createStandaloneQuotes } from "./quotes.js";
import { Random } from "./random.js";
import { createRoles } from "./roles.js";
import { GraphWriter, type TableTiming } from "./writer.js";
import { sizeFor, type World } from "./world.js";

export interface GenerateOptions {
  quotes: number;
  seed: number;
}

export interface GenerateReport {
  tables: TableTiming[];
  seconds: number;
}

/** At most this share of the quotes is said at meetings; the rest stand alone. */
const MEETING_QUOTE_SHARE = 0.5;

/**
 * Writes a synthetic graph of `quotes` quotes, everything else scaled from it, in one transaction.
 * Each part draws from its own seeded stream, so the same options always write the same rows.
 */
export async function generateGraph(session: SqlSession, options: GenerateOptions): Promise<GenerateReport> {
  const started = performance.now();
  const size = sizeFor(options.quotes);
  const stream = (name: string) => new Random(options.seed, name);
  const writer = new GraphWriter(session);
  await session.exec("BEGIN");
  try {
    const actors = await createActors(writer, stream("actors"), size);
    await createRoles(writer, stream("roles"), actors);
    const world: World = { ...actors, places: await createPlaces(writer, stream("places"), actors.countries, size) };
    const meetingQuotes = await createMeetings(writer, stream("meetings"), world, size.meetings, Math.floor(size.quotes * MEETING_QUOTE_SHARE));
    await createStandaloneQuotes(writer, stream("quotes"), world, size.quotes - meetingQuotes);
    await createIncidents(writer, stream("incidents"), world, size.incidents);
    await writer.flush();
    await session.exec("COMMIT");
  } catch (error) {
    await session.exec("ROLLBACK");
    throw error;
  }
  // Fresh statistics, so the planner sees the new row counts at once; and VACUUM, as after any bulk
  // load: it merges the GIN indexes' pending lists (else every full-text search scans them) and sets
  // the visibility map, as autovacuum would only later (or never, where it is turned off).
  await session.exec("VACUUM (ANALYZE)");
  return { tables: writer.report(), seconds: (performance.now() - started) / 1000 };
}
