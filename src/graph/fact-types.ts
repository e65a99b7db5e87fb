import type { FactType, Prisma } from "../generated/prisma/client.js";
import type { NodeType } from "../common/node-id.js";

export type { FactType };
export type Transaction = Prisma.TransactionClient;

/** How each kind of mentioned thing is stored: its table, its column in Mention and Citation, its value columns. */
interface FactTable {
  /** The Prisma delegate and the table (GraphQL Node type) of the fact. */
  model: "role" | "meeting" | "attendance" | "unnamedAttendance" | "quote" | "incident" | "incidentParticipant" | "unnamedParticipant" | "figure" | "actor" | "place";
  node: NodeType;
  /** The column of Mention (and, for facts, of Citation) that names the fact. */
  column: "roleId" | "meetingId" | "attendanceId" | "unnamedAttendanceId" | "quoteId" | "incidentId" | "participantId" | "unnamedParticipantId" | "figureId" | "actorId" | "placeId";
  /** The columns a source reports; a mention's `values` holds them. */
  values: readonly string[];
  /** Whether citations can support it. */
  cited: boolean;
}

export const factTables: Record<FactType, FactTable> = {
  ROLE: { model: "role", node: "Role", column: "roleId", cited: true, values: ["holderId", "title", "ofId", "startDate", "startPrecision", "endDate", "endPrecision"] },
  MEETING: { model: "meeting", node: "Meeting", column: "meetingId", cited: true, values: ["title", "description", "status", "startsAt", "startPrecision", "endsAt", "placeId"] },
  ATTENDANCE: { model: "attendance", node: "Attendance", column: "attendanceId", cited: true, values: ["role"] },
  QUOTE: {
    model: "quote", node: "Quote", column: "quoteId", cited: true,
    values: [
      "kind", "text", "language", "speakerId", "speakerDescription", "speakerAffiliationId", "saidAt", "saidAtPrecision", "meetingId", "meetingTiming", "placeId",
      "aboutIncidentId", "aboutMeetingId",
    ],
  },
  INCIDENT: { model: "incident", node: "Incident", column: "incidentId", cited: true, values: ["kind", "title", "description", "startsAt", "startPrecision", "endsAt", "timeSpan", "placeId"] },
  PARTICIPANT: { model: "incidentParticipant", node: "IncidentParticipant", column: "participantId", cited: false, values: [] },
  FIGURE: { model: "figure", node: "Figure", column: "figureId", cited: true, values: ["metric", "value", "bound", "unit", "qualifier", "claimantId"] },
  ACTOR: { model: "actor", node: "Actor", column: "actorId", cited: false, values: [] },
  PLACE: { model: "place", node: "Place", column: "placeId", cited: false, values: [] },
  UNNAMED_ATTENDANCE: { model: "unnamedAttendance", node: "UnnamedAttendance", column: "unnamedAttendanceId", cited: true, values: ["description", "role"] },
  UNNAMED_PARTICIPANT: { model: "unnamedParticipant", node: "UnnamedParticipant", column: "unnamedParticipantId", cited: false, values: ["description"] },
};

/** The fact types whose rows are deleted when no source supports them any more, dependents first. */
export const supportedFacts = ["FIGURE", "PARTICIPANT", "UNNAMED_PARTICIPANT", "QUOTE", "ATTENDANCE", "UNNAMED_ATTENDANCE", "MEETING", "INCIDENT", "ROLE"] as const satisfies readonly FactType[];

const dateColumns = new Set(["startDate", "endDate", "startsAt", "endsAt", "saidAt"]);

/** The fact's reported columns as a mention stores them (JSON: instants as ISO strings). */
export function toMentionValues(type: FactType, data: Record<string, unknown>): Prisma.InputJsonObject {
  return Object.fromEntries(factTables[type].values.map((column) => {
    const value = data[column];
    return [column, value instanceof Date ? value.toISOString() : (value ?? null)];
  })) as Prisma.InputJsonObject;
}

/** A mention's values as the fact's columns again; empty for a mention that reports the fact as stored. */
export function fromMentionValues(values: Prisma.JsonValue): Record<string, unknown> {
  if (values === null || typeof values !== "object" || Array.isArray(values)) return {};
  return Object.fromEntries(Object.entries(values).map(([column, value]) =>
    [column, dateColumns.has(column) && typeof value === "string" ? new Date(value) : value]));
}

// The delegates of the fact tables have the same shape for reading one row, but no common type (writes go through src/write/commands.ts).
interface FactReader {
  findUnique(args: { where: { id: string } }): Promise<Record<string, unknown> | null>;
}

export const delegate = (tx: Transaction, type: FactType) => tx[factTables[type].model] as unknown as FactReader;
