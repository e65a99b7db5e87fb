import { Prisma } from "../../generated/prisma/client.js";
import { chronological, inTimeOrder, type TimeOrder } from "../../common/sort.js";
import { filterId, inDateRange, inEnumValues } from "../../common/filters.js";
import { readableColumns, type ListQuery } from "../../common/lists.js";
import { attributed } from "../../common/attribution.js";
import type { IncidentRole } from "../../common/enums.js";
import type { IncidentFilter } from "./incident.filter.js";

export const incidentsByStart = chronological("startsAt", Prisma.sql`t."startsAt"`);

/** Incident rows as lists read them: every column but the stored search document (see `readableColumns`). */
export const incidentRows = { from: Prisma.sql`"Incident" t`, columns: readableColumns("Incident") };

/**
 * Incidents (`incident` is the column of their id) in which `actorId` (if given) takes part, in `role`
 * (if given). With an actor, written from the actor's side (their participations, by
 * `IncidentParticipant_actorId_idx`) so the cost follows the actor's own history rather than the
 * number of incidents (see `attendedBy`).
 */
export function involving(incident: Prisma.Sql, actorId: string | undefined, role?: IncidentRole | null): Prisma.Sql {
  const ofRole = role ? [Prisma.sql`p.role = CAST(${role} AS "IncidentRole")`] : [];
  if (actorId) {
    const conditions = [Prisma.sql`p."actorId" = CAST(${actorId} AS uuid)`, ...ofRole];
    return Prisma.sql`${incident} = ANY(ARRAY(SELECT p."incidentId" FROM "IncidentParticipant" p WHERE ${Prisma.join(conditions, " AND ")}))`;
  }
  return Prisma.sql`EXISTS (SELECT 1 FROM "IncidentParticipant" p WHERE ${Prisma.join([Prisma.sql`p."incidentId" = ${incident}`, ...ofRole], " AND ")})`;
}

/** The root `incidents` list under a filter, in time order. */
export function incidentList(filter: IncidentFilter | null | undefined, order: TimeOrder | null | undefined): ListQuery {
  const where: Prisma.Sql[] = [...inEnumValues(Prisma.sql`t.kind`, filter?.kind, "IncidentKind"), ...attributed("incidentId", filter)];
  if (filter?.startsAt) where.push(...inDateRange(Prisma.sql`t."startsAt"`, filter.startsAt, "filter.startsAt"));
  const participant = filterId("Actor", filter?.participant, "filter.participant");
  if (participant || filter?.participantRole) where.push(involving(Prisma.sql`t.id`, participant, filter?.participantRole));
  const place = filterId("Place", filter?.place, "filter.place");
  if (place) where.push(Prisma.sql`t."placeId" = CAST(${place} AS uuid)`);
  return { ...incidentRows, where, sort: inTimeOrder("startsAt", Prisma.sql`t."startsAt"`, order) };
}
