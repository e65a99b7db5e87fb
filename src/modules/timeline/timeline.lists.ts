import { Prisma } from "../../generated/prisma/client.js";
import { chronological } from "../../common/sort.js";
import { inDateRange, type DateRange } from "../../common/filters.js";
import type { ListQuery } from "../../common/lists.js";
import { attendedBy } from "../meeting/meeting.lists.js";
import { involving } from "../incident/incident.lists.js";

/**
 * The parts of an actor's timeline, one per table, each ordered by its own time column under one
 * sort name (so one cursor serves all three) and using that table's chronological index. Undated
 * events, when included, sort as the end of time (`timeOrderExpression`), so they follow the dated
 * ones and keyset cursors pass through them as through any other.
 */
export function timelineParts(actorId: string, range: DateRange, includeUndated: boolean): (ListQuery & { typename: "Meeting" | "Quote" | "Incident" })[] {
  const part = (typename: "Meeting" | "Quote" | "Incident", table: string, timeColumn: string, condition: Prisma.Sql) => {
    const column = Prisma.sql`t.${Prisma.raw(`"${timeColumn}"`)}`;
    return {
      typename,
      from: Prisma.sql`${Prisma.raw(`"${table}"`)} t`,
      where: [condition, ...inDateRange(column, range, "to", includeUndated)],
      sort: chronological("timeline", column),
    };
  };
  return [
    part("Meeting", "Meeting", "startsAt", attendedBy(actorId)),
    part("Quote", "Quote", "saidAt", Prisma.sql`t."speakerId" = CAST(${actorId} AS uuid)`),
    part("Incident", "Incident", "startsAt", involving(Prisma.sql`t.id`, actorId)),
  ];
}
