import { Prisma } from "../generated/prisma/client.js";
import { readableColumns, type ChildListQuery, type Table } from "../common/lists.js";
import type { SortKey } from "../common/pagination.js";
import { recorded } from "../common/sort.js";
import { citedBy, type FactType } from "../common/cited-by.js";
import { meetingsByStart } from "../modules/meeting/meeting.lists.js";
import { quotesBySaidAt } from "../modules/quote/quote.lists.js";
import { incidentsByStart } from "../modules/incident/incident.lists.js";
import { rolesByStart } from "../modules/role/role.lists.js";

/** The columns of a table, as Prisma's generated client names them. */
type ColumnOf<T extends Table> = keyof (typeof Prisma)[`${T}ScalarFieldEnum`] & string;

/** A field whose value is the one row of `table` that a column of the parent row names (a speaker, a place). */
export interface OneRelation {
  kind: "one";
  table: Table;
  /** The parent's column holding the row's id. */
  column: string;
}

/** A connection field: a page of rows of `table` that belong to the parent row (its `id`). */
export interface ManyRelation {
  kind: "many";
  table: Table;
  /** The child list under the field's arguments (`Actor.roles(at:)`), its parent column compared to the parent's id. */
  list: (args: Record<string, unknown>) => ChildListQuery;
}

export type Relation = OneRelation | ManyRelation;

/** `table`'s row that the parent's `column` names. */
function one<P extends Table>(column: ColumnOf<P>, table: Table): OneRelation {
  return { kind: "one", table, column };
}

/** `table`'s rows whose `parentColumn` (a column of `t`) holds the parent's id, in `sort` order. */
function many(table: Table, parentColumn: string, sort: SortKey, where: (args: Record<string, unknown>) => Prisma.Sql[] = () => []): ManyRelation {
  const rows = { from: Prisma.raw(`"${table}" t`), columns: readableColumns(table) };
  return { kind: "many", table, list: (args) => ({ ...rows, where: where(args), sort, parentColumn: Prisma.raw(`t."${parentColumn}"`) }) };
}

/** Roles held at `at` (when given): started on or before it (or start unknown) and not ended before it. */
function heldAt({ at }: Record<string, unknown>): Prisma.Sql[] {
  return at instanceof Date
    ? [Prisma.sql`(t."startDate" IS NULL OR t."startDate" <= ${at}::date) AND (t."endDate" IS NULL OR t."endDate" >= ${at}::date)`]
    : [];
}

/** `Citation`s of a fact type: the citations that support it. */
function citations(type: FactType): Record<"citations", ManyRelation> {
  return { citations: many("Citation", citedBy[type], recorded) };
}

/**
 * Every relation between object types, by parent type and field: what the field resolvers load when
 * an object comes alone (a mutation payload) and what the read compiler joins in SQL (src/read).
 * The GraphQL type of a row is its table's name.
 */
export const relations: Partial<Record<Table, Record<string, Relation>>> = {
  Actor: {
    country: one<"Actor">("countryId", "Actor"),
    roles: many("Role", "holderId", rolesByStart, heldAt),
    quotes: many("Quote", "speakerId", quotesBySaidAt),
    meetings: {
      kind: "many",
      table: "Meeting",
      list: () => ({
        from: Prisma.sql`"Meeting" t JOIN "Attendance" a ON a."meetingId" = t.id`,
        columns: readableColumns("Meeting"),
        where: [],
        sort: meetingsByStart,
        parentColumn: Prisma.sql`a."actorId"`,
      }),
    },
  },
  Role: { holder: one<"Role">("holderId", "Actor"), of: one<"Role">("ofId", "Actor"), ...citations("Role") },
  Place: {
    country: one<"Place">("countryId", "Actor"),
    meetings: many("Meeting", "placeId", meetingsByStart),
    incidents: many("Incident", "placeId", incidentsByStart),
  },
  Meeting: {
    place: one<"Meeting">("placeId", "Place"),
    attendees: many("Attendance", "meetingId", recorded),
    statements: many("Quote", "meetingId", quotesBySaidAt),
    ...citations("Meeting"),
  },
  Attendance: { actor: one<"Attendance">("actorId", "Actor"), meeting: one<"Attendance">("meetingId", "Meeting"), ...citations("Attendance") },
  UnnamedAttendance: { ...citations("UnnamedAttendance") },
  Quote: {
    speaker: one<"Quote">("speakerId", "Actor"),
    speakerAffiliation: one<"Quote">("speakerAffiliationId", "Actor"),
    meeting: one<"Quote">("meetingId", "Meeting"),
    aboutIncident: one<"Quote">("aboutIncidentId", "Incident"),
    aboutMeeting: one<"Quote">("aboutMeetingId", "Meeting"),
    place: one<"Quote">("placeId", "Place"),
    ...citations("Quote"),
  },
  Incident: {
    place: one<"Incident">("placeId", "Place"),
    participants: many("IncidentParticipant", "incidentId", recorded),
    figures: many("Figure", "incidentId", recorded),
    ...citations("Incident"),
  },
  IncidentParticipant: { actor: one<"IncidentParticipant">("actorId", "Actor"), incident: one<"IncidentParticipant">("incidentId", "Incident") },
  Figure: { claimant: one<"Figure">("claimantId", "Actor"), incident: one<"Figure">("incidentId", "Incident"), ...citations("Figure") },
  Article: { citations: many("Citation", "articleId", recorded) },
  Citation: { article: one<"Citation">("articleId", "Article"), attributedTo: one<"Citation">("attributedToId", "Actor") },
};

/** The relation behind `type.field`, if it is one. */
export function relationOf(type: string, field: string): Relation | undefined {
  return relations[type as Table]?.[field];
}

/**
 * Columns the fields that are neither columns nor relations read from their row; any other field
 * (a computed one) gets the whole row.
 */
export const fallbackColumns: Record<string, string[]> = {
  __typename: [],
  createdBy: ["createdById"],
  updatedBy: ["updatedById"],
  sources: ["id"],
  corroboration: ["id"],
};
