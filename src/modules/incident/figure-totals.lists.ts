import { Prisma, type PrismaClient } from "../../generated/prisma/client.js";
import { filterId, inDateRange, inEnumValues } from "../../common/filters.js";
import { conditions } from "../../common/lists.js";
import { involving } from "./incident.lists.js";
import { TimeBucket, type ClaimantFigureTotal, type FigureTotal, type FigureTotalsFilter } from "./figure-totals.type.js";

type Row = Omit<FigureTotal, "claimants">;
type ClaimantRow = ClaimantFigureTotal & { metric: string; unit: string; period: Date | null };

/**
 * Totals of figures (`f`) of incidents (`t`) per metric, unit and period, in period then metric
 * order: distinct claims (incident, metric, unit, claimant, value), then one value per claimant and
 * incident (its largest), then per incident the lowest and highest claimant; two statements.
 */
export async function figureTotals(prisma: PrismaClient, filter: FigureTotalsFilter | null, groupBy: TimeBucket): Promise<FigureTotal[]> {
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
  const perClaimant = Prisma.sql`
    WITH claims AS (
      SELECT DISTINCT f."incidentId", f.metric, f.unit, f."claimantId", f.value, f.bound, ${period} AS period
      FROM "Figure" f JOIN "Incident" t ON t.id = f."incidentId"
      WHERE ${conditions(where)}
    ), per_claimant AS (
      SELECT "incidentId", metric, unit, "claimantId", period, max(value) AS value, count(*) AS claims,
             bool_or(bound = 'AT_LEAST') AS "atLeast", bool_or(bound = 'AT_MOST') AS "atMost", bool_or(bound = 'APPROXIMATE') AS approximate
      FROM claims GROUP BY 1, 2, 3, 4, 5
    )`;
  const rows = await prisma.$queryRaw<Row[]>`${perClaimant}
    SELECT metric, unit, period, sum(low)::float8 AS total, sum(low)::float8 AS min, sum(high)::float8 AS max, sum(claims)::int AS count,
           bool_or("atLeast") AS "atLeast", bool_or("atMost") AS "atMost", bool_or(approximate) AS approximate
    FROM (SELECT "incidentId", metric, unit, period, min(value) AS low, max(value) AS high, sum(claims) AS claims,
                 bool_or("atLeast") AS "atLeast", bool_or("atMost") AS "atMost", bool_or(approximate) AS approximate
          FROM per_claimant GROUP BY 1, 2, 3, 4) per_incident
    GROUP BY 1, 2, 3 ORDER BY 3, 1, 2`;
  const claimants = await prisma.$queryRaw<ClaimantRow[]>`${perClaimant}
    SELECT metric, unit, period, "claimantId"::text AS "claimantId", sum(value)::float8 AS total, sum(claims)::int AS count
    FROM per_claimant GROUP BY 1, 2, 3, 4 ORDER BY 3, 1, 2, 4`;
  const group = (row: { metric: string; unit: string; period: Date | null }) => `${row.metric}\u0000${row.unit}\u0000${row.period?.getTime() ?? ""}`;
  return rows.map((row) => ({ ...row, claimants: claimants.filter((entry) => group(entry) === group(row)) }));
}
