import type { SqlSession } from "../db/database.js";

/** Columns the generator fills, per table, with their PostgreSQL types; createdAt/updatedAt are added by the writer. */
export const tableColumns = {
  Actor: { id: "uuid", kind: '"ActorKind"', name: "text", slug: "text", aliases: "text[]", description: "text", countryId: "uuid" },
  Role: { id: "uuid", holderId: "uuid", title: "text", ofId: "uuid", startDate: "date", startPrecision: '"DatePrecision"', endDate: "date", endPrecision: '"DatePrecision"' },
  Place: { id: "uuid", name: "text", slug: "text", countryId: "uuid", latitude: "float8", longitude: "float8" },
  Meeting: { id: "uuid", title: "text", description: "text", status: '"MeetingStatus"', startsAt: "timestamp(3)", startPrecision: '"DatePrecision"', endsAt: "timestamp(3)", placeId: "uuid" },
  Attendance: { id: "uuid", meetingId: "uuid", actorId: "uuid", role: '"AttendanceRole"' },
  Quote: {
    id: "uuid", kind: '"QuoteKind"', text: "text", speakerId: "uuid", speakerDescription: "text", speakerAffiliationId: "uuid",
    saidAt: "timestamp(3)", saidAtPrecision: '"DatePrecision"', meetingId: "uuid", meetingTiming: '"MeetingTiming"', placeId: "uuid",
  },
  Incident: { id: "uuid", kind: '"IncidentKind"', title: "text", description: "text", startsAt: "timestamp(3)", startPrecision: '"DatePrecision"', endsAt: "timestamp(3)", timeSpan: "text", placeId: "uuid" },
  IncidentParticipant: { id: "uuid", incidentId: "uuid", actorId: "uuid", role: '"IncidentRole"' },
  Figure: { id: "uuid", incidentId: "uuid", metric: "text", value: "float8", unit: "text", qualifier: "text", claimantId: "uuid" },
  Article: { id: "uuid", url: "text", title: "text", publisher: "text", publishedAt: "timestamp(3)", text: "text" },
  Citation: {
    id: "uuid", articleId: "uuid", excerpt: "text", startOffset: "int4", endOffset: "int4", attribution: "text", attributedToId: "uuid",
    roleId: "uuid", meetingId: "uuid", attendanceId: "uuid", quoteId: "uuid", incidentId: "uuid", figureId: "uuid",
  },
} as const;

export type TableName = keyof typeof tableColumns;
type Value = string | number | null | undefined | readonly string[];
export type RowOf<T extends TableName> = { [C in keyof (typeof tableColumns)[T]]?: Value } & { id: string };

/** Tables in foreign-key order: flushing them in this order never references a row not yet written. */
export const tableOrder = Object.keys(tableColumns) as TableName[];

/** Rows are stamped createdAt = this instant plus one millisecond per row, so "recorded" order is generation order. */
const CREATED_BASE = Date.UTC(2026, 6, 1);
const BATCH_ROWS: Partial<Record<TableName, number>> = { Article: 500 };
const DEFAULT_BATCH_ROWS = 5000;

/** A timestamp as PostgreSQL reads it for `timestamp(3)`, in UTC like Prisma stores DateTime (no zone shift). */
export const sqlTimestamp = (date: Date) => date.toISOString().slice(0, 23);
export const sqlDate = (date: Date) => date.toISOString().slice(0, 10);

/** A PostgreSQL array literal: every parameter travels as one, so pg and PGlite need not guess its type. */
function arrayLiteral(items: readonly (string | number | null)[]): string {
  return `{${items.map((item) => (item === null ? "NULL" : `"${String(item).replace(/\\/g, "\\\\").replace(/"/g, '\\"')}"`)).join(",")}}`;
}

function insertStatement(table: TableName): string {
  const columns = Object.entries(tableColumns[table]);
  const withStamps = [...columns, ["createdAt", "timestamp(3)"], ["updatedAt", "timestamp(3)"]];
  const names = withStamps.map(([name]) => `"${name}"`).join(", ");
  // Array-valued columns travel as text literals, since unnest would flatten an array of arrays.
  const params = withStamps.map(([, type], i) => `$${i + 1}::${type === "text[]" ? "text" : type}[]`).join(", ");
  const selected = withStamps.map(([, type], i) => (type === "text[]" ? `c${i}::text[]` : `c${i}`)).join(", ");
  const aliases = withStamps.map((_, i) => `c${i}`).join(", ");
  return `INSERT INTO "${table}" (${names}) SELECT ${selected} FROM unnest(${params}) AS u(${aliases})`;
}

export interface TableTiming {
  table: TableName;
  rows: number;
  seconds: number;
}

/**
 * Buffers generated rows per table and writes them in large multi-row INSERTs (one array parameter
 * per column, unnested), which PostgreSQL and PGlite both take; every flush writes all tables in
 * foreign-key order.
 */
export class GraphWriter {
  private readonly buffers = new Map<TableName, Value[][]>(tableOrder.map((table) => [table, []]));
  private readonly statements = new Map(tableOrder.map((table) => [table, insertStatement(table)]));
  private readonly timings = new Map<TableName, TableTiming>(tableOrder.map((table) => [table, { table, rows: 0, seconds: 0 }]));
  private stamp = 0;

  constructor(private readonly session: SqlSession) {}

  async add<T extends TableName>(table: T, row: RowOf<T>): Promise<void> {
    const values: Value[] = Object.keys(tableColumns[table]).map((column) => (row as Record<string, Value>)[column] ?? null);
    const createdAt = sqlTimestamp(new Date(CREATED_BASE + this.stamp++));
    values.push(createdAt);
    values.push(createdAt);
    const buffer = this.buffers.get(table)!;
    buffer.push(values);
    if (buffer.length >= (BATCH_ROWS[table] ?? DEFAULT_BATCH_ROWS)) await this.flush();
  }

  async flush(): Promise<void> {
    for (const table of tableOrder) {
      const rows = this.buffers.get(table)!;
      if (rows.length === 0) continue;
      this.buffers.set(table, []);
      const types = Object.values(tableColumns[table]) as string[];
      const columns = rows[0].map((_, i) =>
        arrayLiteral(rows.map((row) => (types[i] === "text[]" && row[i] !== null ? arrayLiteral(row[i] as string[]) : (row[i] as string | number | null)))),
      );
      const started = performance.now();
      await this.session.query(this.statements.get(table)!, columns);
      const timing = this.timings.get(table)!;
      timing.seconds += (performance.now() - started) / 1000;
      timing.rows += rows.length;
    }
  }

  /** Rows written and seconds spent in INSERTs, per table. */
  report(): TableTiming[] {
    return tableOrder.map((table) => this.timings.get(table)!);
  }
}
