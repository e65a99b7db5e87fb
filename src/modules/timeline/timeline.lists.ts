import { Prisma } from "../../generated/prisma/client.js";
import { chronological } from "../../common/sort.js";
import { inDateRange, type DateRange } from "../../common/filters.js";
import type { ListQuery } from "../../common/lists.js";
import { involving } from "../incident/incident.lists.js";

/**
 * The parts of an actor's timeline, one per table, each ordered by its own time column under one
 * sort name (so one cursor serves all three) and using that table's chronological index. Undated
 * events, when included, sort as the end of time (`timeOrderExpression`), so they follow the dated
 * ones and keyset cursors pass through them as through any other.
 */
export function timelineParts(actorId: string, range: DateRange, includeUndated: boolean): (ListQuery & { typename: "Meeting" | "Quote" | "Incident" })[] {
  const part = (typename: "Meeting" | "Quote" | "Incident", table: string, timeColumn: string, condition: Prisma.Sql, columns?: Prisma.Sql) => {
    const column = Prisma.sql`t.${Prisma.raw(`"${timeColumn}"`)}`;
    const rows = Prisma.raw(`"${table}"`);
    return {
      typename,
      // With `columns`, the table's rows under the names the part reads (a subquery PostgreSQL flattens).
      from: columns ? Prisma.sql`(SELECT ${columns} FROM ${rows}) t` : Prisma.sql`${rows} t`,
      where: [condition, ...inDateRange(column, range, "to", includeUndated)],
      sort: chronological("timeline", column),
    };
  };
  const actor = (column: string) => Prisma.sql`t.${Prisma.raw(`"${column}"`)} = CAST(${actorId} AS uuid)`;
  return [
    // The meetings as the actor's attendances list them, with the start kept beside each (PostgreSQL keeps
    // it; see the model AttendanceMeetingTime): their index holds them in this order, so the part reads the
    // page and stops, where starting from the meetings it would read and sort all of the actor's meetings.
    part("Meeting", "AttendanceMeetingTime", "startsAt", actor("actorId"), Prisma.sql`"meetingId" AS id, "actorId", "startsAt"`),
    part("Quote", "Quote", "saidAt", actor("speakerId")),
    part("Incident", "Incident", "startsAt", involving(Prisma.sql`t.id`, actorId)),
  ];
}
