import { Prisma } from "../../generated/prisma/client.js";
import { chronological, inTimeOrder, type TimeOrder } from "../../common/sort.js";
import { englishDocument, englishQuery, filterId, inDateRange, inEnumValues, nameStartsWith, searchText } from "../../common/filters.js";
import { readableColumns, type ListQuery } from "../../common/lists.js";
import { attributed } from "../../common/attribution.js";
import { placeName } from "../place/place.lists.js";
import type { MeetingFilter } from "./meeting.filter.js";

export const meetingsByStart = chronological("startsAt", Prisma.sql`t."startsAt"`);

/** Meeting rows as lists read them: every column but the stored search document (see `readableColumns`). */
export const meetingRows = { from: Prisma.sql`"Meeting" t`, columns: readableColumns("Meeting") };

/**
 * Meetings `actorId` attends, as a condition on meetings `t`. Written from the actor's side (their
 * attendances, by `Attendance_actorId_idx`, then the meetings by id) so the cost follows the actor's
 * own history: a per-meeting EXISTS lets PostgreSQL walk all meetings in time order looking for the
 * few of a rare attendee (docs/BENCHMARKS.md).
 */
export function attendedBy(actorId: string): Prisma.Sql {
  return Prisma.sql`t.id = ANY(ARRAY(SELECT a."meetingId" FROM "Attendance" a WHERE a."actorId" = CAST(${actorId} AS uuid)))`;
}

/**
 * Meetings `t` at a place whose name, or a word of it, starts with `prefix`. Written from the places'
 * side (their names' trigram index, then `Meeting_placeId_idx`), as `attendedBy` is, so the cost follows
 * the meetings of the places found rather than walking all meetings in time order looking for them.
 */
function atPlaceNamed(prefix: string): Prisma.Sql {
  const named = nameStartsWith(placeName(Prisma.sql`p.name`), searchText(prefix, "filter.placeName"));
  return Prisma.sql`t.id = ANY(ARRAY(SELECT m.id FROM "Place" p JOIN "Meeting" m ON m."placeId" = p.id WHERE ${named}))`;
}

/** The root `meetings` list under a filter, in time order. */
export function meetingList(filter: MeetingFilter | null | undefined, order: TimeOrder | null | undefined): ListQuery {
  const where: Prisma.Sql[] = [...inEnumValues(Prisma.sql`t.status`, filter?.status, "MeetingStatus"), ...attributed("meetingId", filter)];
  if (filter?.startsAt) where.push(...inDateRange(Prisma.sql`t."startsAt"`, filter.startsAt, "filter.startsAt"));
  const attendee = filterId("Actor", filter?.attendee, "filter.attendee");
  if (attendee) where.push(attendedBy(attendee));
  const place = filterId("Place", filter?.place, "filter.place");
  if (place) where.push(Prisma.sql`t."placeId" = CAST(${place} AS uuid)`);
  // The title alone, not the search document (title and description): the expression index of the migrations.
  if (filter?.title != null) where.push(Prisma.sql`${englishDocument(Prisma.sql`t.title`)} @@ ${englishQuery(searchText(filter.title, "filter.title"))}`);
  if (filter?.placeName != null) where.push(atPlaceNamed(filter.placeName));
  return { ...meetingRows, where, sort: inTimeOrder("startsAt", Prisma.sql`t."startsAt"`, order) };
}
