import type { Prisma } from "../generated/prisma/client.js";
import { checkOrder, checkQuote } from "../common/domain-rules.js";
import type { UnitOfWork } from "./unit.js";
import { normalized } from "../graph/normalize.js";

/**
 * The per-entity commands of the facts. Every write of a fact — a mutation, an ingested article,
 * a merge, the loss of its last support — goes through these: they enforce the domain rules on the
 * row as written (a violation rolls the unit back) and collect the events subscribers hear of.
 */
export const meetings = {
  async create(unit: UnitOfWork, data: Prisma.MeetingUncheckedCreateInput) {
    const row = await unit.tx.meeting.create({ data });
    checkOrder(row, "startsAt", "endsAt");
    await unit.meetingChanged(row.id, "CREATED");
    return row;
  },
  async update(unit: UnitOfWork, id: string, data: Prisma.MeetingUncheckedUpdateInput) {
    const row = await unit.tx.meeting.update({ where: { id }, data });
    checkOrder(row, "startsAt", "endsAt");
    await unit.meetingChanged(id, "UPDATED");
    return row;
  },
  /** Its attendances and citations go with it; quotes linked to it lose the link. */
  async delete(unit: UnitOfWork, id: string) {
    await unit.meetingChanged(id, "DELETED");
    await unit.tx.meeting.delete({ where: { id } });
  },
};

export const attendances = {
  async create(unit: UnitOfWork, data: Prisma.AttendanceUncheckedCreateInput) {
    const row = await unit.tx.attendance.create({ data });
    await unit.meetingChanged(row.meetingId, "UPDATED");
    return row;
  },
  /** An attendance moved to another meeting changes both. */
  async update(unit: UnitOfWork, id: string, data: Prisma.AttendanceUncheckedUpdateInput) {
    const before = await unit.tx.attendance.findUniqueOrThrow({ where: { id }, select: { meetingId: true } });
    await unit.meetingChanged(before.meetingId, "UPDATED");
    const row = await unit.tx.attendance.update({ where: { id }, data });
    await unit.meetingChanged(row.meetingId, "UPDATED");
    return row;
  },
  async delete(unit: UnitOfWork, id: string) {
    const { meetingId } = await unit.tx.attendance.findUniqueOrThrow({ where: { id }, select: { meetingId: true } });
    await unit.meetingChanged(meetingId, "UPDATED");
    await unit.tx.attendance.delete({ where: { id } });
  },
};

/** The stored key of an unnamed party's description, kept with it: the unique indexes compare it, not the wording. */
function withDescriptionKey<Data extends { description?: unknown }>(data: Data): Data & { descriptionKey?: string } {
  return typeof data.description === "string" ? { ...data, descriptionKey: normalized(data.description) } : data;
}

/** What creating an unnamed party takes: its columns but the key, which the command derives. */
type UnnamedCreate<Input> = Omit<Input, "descriptionKey">;

/** An attendee the reports describe without naming: it changes its meeting as an attendance does. */
export const unnamedAttendances = {
  async create(unit: UnitOfWork, data: UnnamedCreate<Prisma.UnnamedAttendanceUncheckedCreateInput>) {
    const row = await unit.tx.unnamedAttendance.create({ data: { ...data, descriptionKey: normalized(data.description) } });
    await unit.meetingChanged(row.meetingId, "UPDATED");
    return row;
  },
  async update(unit: UnitOfWork, id: string, data: Prisma.UnnamedAttendanceUncheckedUpdateInput) {
    const before = await unit.tx.unnamedAttendance.findUniqueOrThrow({ where: { id }, select: { meetingId: true } });
    await unit.meetingChanged(before.meetingId, "UPDATED");
    const row = await unit.tx.unnamedAttendance.update({ where: { id }, data: withDescriptionKey(data) });
    await unit.meetingChanged(row.meetingId, "UPDATED");
    return row;
  },
  async delete(unit: UnitOfWork, id: string) {
    const { meetingId } = await unit.tx.unnamedAttendance.findUniqueOrThrow({ where: { id }, select: { meetingId: true } });
    await unit.meetingChanged(meetingId, "UPDATED");
    await unit.tx.unnamedAttendance.delete({ where: { id } });
  },
};

export const quotes = {
  async create(unit: UnitOfWork, data: Prisma.QuoteUncheckedCreateInput) {
    const row = await unit.tx.quote.create({ data });
    checkQuote(row);
    unit.record("quoteRecorded", row.id);
    return row;
  },
  async update(unit: UnitOfWork, id: string, data: Prisma.QuoteUncheckedUpdateInput) {
    const row = await unit.tx.quote.update({ where: { id }, data });
    checkQuote(row);
    return row;
  },
  async delete(unit: UnitOfWork, id: string) {
    await unit.tx.quote.delete({ where: { id } });
  },
};

export const incidents = {
  async create(unit: UnitOfWork, data: Prisma.IncidentUncheckedCreateInput) {
    const row = await unit.tx.incident.create({ data });
    checkOrder(row, "startsAt", "endsAt");
    unit.record("incidentRecorded", row.id);
    return row;
  },
  async update(unit: UnitOfWork, id: string, data: Prisma.IncidentUncheckedUpdateInput) {
    const row = await unit.tx.incident.update({ where: { id }, data });
    checkOrder(row, "startsAt", "endsAt");
    return row;
  },
  /** Its participants, figures and citations go with it. */
  async delete(unit: UnitOfWork, id: string) {
    await unit.tx.incident.delete({ where: { id } });
  },
};

/** An incident's participants: attached and detached, never changed in place. */
export const participants = {
  async create(unit: UnitOfWork, data: Prisma.IncidentParticipantUncheckedCreateInput) {
    return unit.tx.incidentParticipant.create({ data });
  },
  async update(unit: UnitOfWork, id: string, data: Prisma.IncidentParticipantUncheckedUpdateInput) {
    return unit.tx.incidentParticipant.update({ where: { id }, data });
  },
  async delete(unit: UnitOfWork, id: string) {
    await unit.tx.incidentParticipant.delete({ where: { id } });
  },
};

/** An incident's participants the reports describe without naming, written as the named ones are. */
export const unnamedParticipants = {
  async create(unit: UnitOfWork, data: UnnamedCreate<Prisma.UnnamedParticipantUncheckedCreateInput>) {
    return unit.tx.unnamedParticipant.create({ data: { ...data, descriptionKey: normalized(data.description) } });
  },
  async update(unit: UnitOfWork, id: string, data: Prisma.UnnamedParticipantUncheckedUpdateInput) {
    return unit.tx.unnamedParticipant.update({ where: { id }, data: withDescriptionKey(data) });
  },
  async delete(unit: UnitOfWork, id: string) {
    await unit.tx.unnamedParticipant.delete({ where: { id } });
  },
};

export const figures = {
  async create(unit: UnitOfWork, data: Prisma.FigureUncheckedCreateInput) {
    return unit.tx.figure.create({ data });
  },
  async update(unit: UnitOfWork, id: string, data: Prisma.FigureUncheckedUpdateInput) {
    return unit.tx.figure.update({ where: { id }, data });
  },
  async delete(unit: UnitOfWork, id: string) {
    await unit.tx.figure.delete({ where: { id } });
  },
};

export const roles = {
  async create(unit: UnitOfWork, data: Prisma.RoleUncheckedCreateInput) {
    const row = await unit.tx.role.create({ data });
    checkOrder(row, "startDate", "endDate");
    return row;
  },
  async update(unit: UnitOfWork, id: string, data: Prisma.RoleUncheckedUpdateInput) {
    const row = await unit.tx.role.update({ where: { id }, data });
    checkOrder(row, "startDate", "endDate");
    return row;
  },
  async delete(unit: UnitOfWork, id: string) {
    await unit.tx.role.delete({ where: { id } });
  },
};
