import { Prisma } from "../generated/prisma/client.js";
import { checkCountry } from "../common/domain-rules.js";
import type { UnitOfWork } from "./unit.js";

/** A column of a table that refers to a row of another: ["Quote", "speakerId"]. */
export type Reference = readonly [table: string, column: string];

/** A table whose rows are one by these columns (its unique index), where their support is, and whether they are a meeting's attendees. */
interface UniqueRows {
  identity: readonly string[];
  /** The identity's columns that may be null, and then equal to another null (NULLS NOT DISTINCT). */
  nullable?: readonly string[];
  support: readonly Reference[];
  /** A change of the row is a change of this meeting (meetingChanged). */
  meeting?: "meetingId";
}

const uniqueRows: Record<string, UniqueRows> = {
  Attendance: { identity: ["meetingId", "actorId"], support: [["Citation", "attendanceId"], ["Mention", "attendanceId"]], meeting: "meetingId" },
  IncidentParticipant: { identity: ["incidentId", "actorId", "role"], support: [["Mention", "participantId"]] },
  UnnamedAttendance: {
    identity: ["meetingId", "descriptionKey", "affiliationId"], nullable: ["affiliationId"],
    support: [["Citation", "unnamedAttendanceId"], ["Mention", "unnamedAttendanceId"]], meeting: "meetingId",
  },
  UnnamedParticipant: { identity: ["incidentId", "descriptionKey", "affiliationId", "role"], nullable: ["affiliationId"], support: [["Mention", "unnamedParticipantId"]] },
};

const raw = (name: string) => Prisma.raw(`"${name}"`);
const uuid = (id: string) => Prisma.sql`CAST(${id} AS uuid)`;
/** `column` holds `id`; a null `id` is no reference. */
const refersTo = (column: Prisma.Sql, id: string | null) => (id === null ? Prisma.sql`${column} IS NULL` : Prisma.sql`${column} = ${uuid(id)}`);

/**
 * Before `column` of a table of unique rows moves from `fromId` to `toId`: each row it would make
 * one with a row already at `toId` (an unnamed attendee "European leaders" of both merged
 * affiliations) hands its citations and mentions to that row and goes; the meetings whose
 * attendees change are announced (read before the change, as meetingChanged asks).
 */
async function foldTwins(unit: UnitOfWork, table: string, column: string, rows: UniqueRows, fromId: string, toId: string | null): Promise<void> {
  const { tx } = unit;
  if (rows.meeting) {
    const meetings = await tx.$queryRaw<{ id: string }[]>`SELECT DISTINCT ${raw(rows.meeting)} AS id FROM ${raw(table)} WHERE ${raw(column)} = ${uuid(fromId)}`;
    for (const meeting of meetings) await unit.meetingChanged(meeting.id, "UPDATED");
  }
  const same = rows.identity.filter((name) => name !== column).map((name) =>
    rows.nullable?.includes(name) ? Prisma.sql`k.${raw(name)} IS NOT DISTINCT FROM m.${raw(name)}` : Prisma.sql`k.${raw(name)} = m.${raw(name)}`);
  const twins = Prisma.sql`
    SELECT m.id AS merged, k.id AS kept FROM ${raw(table)} m JOIN ${raw(table)} k ON ${Prisma.join([...same, refersTo(Prisma.sql`k.${raw(column)}`, toId)], " AND ")}
    WHERE m.${raw(column)} = ${uuid(fromId)}`;
  for (const [supportTable, supportColumn] of rows.support) {
    await tx.$executeRaw`UPDATE ${raw(supportTable)} s SET ${raw(supportColumn)} = t.kept FROM (${twins}) t WHERE s.${raw(supportColumn)} = t.merged`;
  }
  await tx.$executeRaw`DELETE FROM ${raw(table)} WHERE id IN (SELECT merged FROM (${twins}) t)`;
}

/**
 * The merges' command: moves every reference to `fromId` in these columns onto `toId` (none: the
 * references are cleared, as a deleted actor's affiliations are), one statement per column (a
 * merged actor may be referred to by thousands of rows). Rows that are one by a unique index once
 * moved are folded first (foldTwins). A moved `countryId` must still name a COUNTRY.
 */
export async function moveReferences(unit: UnitOfWork, references: readonly Reference[], fromId: string, toId: string | null): Promise<void> {
  for (const [table, column] of references) {
    const rows = uniqueRows[table];
    if (rows?.identity.includes(column)) await foldTwins(unit, table, column, rows, fromId, toId);
    const moved = await unit.tx.$executeRaw`UPDATE ${raw(table)} SET ${raw(column)} = ${toId === null ? null : uuid(toId)} WHERE ${raw(column)} = ${uuid(fromId)}`;
    if (moved > 0 && column === "countryId" && toId !== null) await checkCountry(unit.tx, toId);
  }
}
