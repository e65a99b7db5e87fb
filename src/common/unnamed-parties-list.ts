import { Prisma } from "../generated/prisma/client.js";
import type { ChildListQuery } from "./lists.js";
import { parseIdOf } from "./node-id.js";
import { recorded } from "./sort.js";

/**
 * The unnamed attendees of meetings or participants of incidents, in the order recorded,
 * optionally only those of one affiliation (an Actor's global id); the loader name tells the lists apart.
 */
export function unnamedPartiesList(table: "UnnamedAttendance" | "UnnamedParticipant", parentColumn: "meetingId" | "incidentId", affiliation: string | null | undefined) {
  const affiliationId = affiliation == null ? null : parseIdOf("Actor", affiliation, "affiliation");
  const list: ChildListQuery = {
    from: Prisma.sql`${Prisma.raw(`"${table}"`)} t`,
    where: affiliationId === null ? [] : [Prisma.sql`t."affiliationId" = CAST(${affiliationId} AS uuid)`],
    sort: recorded,
    parentColumn: Prisma.raw(`t."${parentColumn}"`),
  };
  return { list, name: `${table}By:${parentColumn}:${affiliationId ?? "any"}` };
}
