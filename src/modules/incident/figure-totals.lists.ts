import { Prisma, type PrismaClient } from "../../generated/prisma/client.js";
import { filterId, inDateRange, inEnumValues } from "../../common/filters.js";
import { conditions } from "../../common/lists.js";
import { involving } from "./incident.lists.js";
import { TimeBucket, type FigureTotal, type FigureTotalsFilter } from "./figure-totals.type.js";

/** Sums figures (`f`) of incidents (`t`) per metric, unit and period, in period then metric order: one statement. */
export function figureTotals(prisma: PrismaClient, filter: FigureTotalsFilter | null, groupBy: TimeBucket): Promise<FigureTotal[]> {
  const where: Prisma.Sql[] = [
    ...inEnumValues(Prisma.sql`t.kind`, filter?.incidentKind, "IncidentKind"),
    ...(filter?.metric ? [Prisma.sql`f.metric = ANY(CAST(${filter.metric} AS text[]))`] : []),
    ...(filter?.startsAt ? inDateRange(Prisma.sql`t."startsAt"`, filter.startsAt, "filter.startsAt") : []),
  ];
  const claimant = filterId("Actor", filter?.claimant, "filter.claimant");
  if (claimant) where.push(Prisma.sql`f."claimantId" = CAST(${claimant} AS uuid)`);
  const participant = filterId("Actor", filter?.participant, "filter.participant");
  if (participant) where.push(involving(Prisma.sql`t.id`, participant));
  let period = Prisma.sql`NULL::timestamp`;
  if (groupBy !== TimeBucket.ALL) {
    period = Prisma.sql`date_trunc(${groupBy.toLowerCase()}, t."startsAt")`;
    where.push(Prisma.sql`t."startsAt" IS NOT NULL`);
  }
  return prisma.$queryRaw<FigureTotal[]>`
    SELECT f.metric, f.unit, ${period} AS period, sum(f.value)::float8 AS total, count(*)::int AS count
    FROM "Figure" f JOIN "Incident" t ON t.id = f."incidentId"
    WHERE ${conditions(where)}
    GROUP BY 1, 2, 3 ORDER BY 3, 1, 2`;
}
