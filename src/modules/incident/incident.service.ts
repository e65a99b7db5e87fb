import type { Transaction } from "../../common/mutation.js";
import { writtenThroughApi } from "../../graph/support.js";
import { checkOrder, existingId, optionalId } from "../../common/references.js";
import { UserInputError } from "../../common/user-errors.js";
import type { IncidentRole } from "../../generated/prisma/enums.js";
import type { FigureInput, IncidentInput } from "./incident.inputs.js";

async function incidentData(tx: Transaction, input: IncidentInput) {
  checkOrder(input.startsAt, input.endsAt, "endsAt", "startsAt");
  return {
    kind: input.kind,
    title: input.title,
    description: input.description ?? null,
    startsAt: input.startsAt ?? null,
    startPrecision: input.startPrecision ?? null,
    endsAt: input.endsAt ?? null,
    timeSpan: input.timeSpan ?? null,
    placeId: await optionalId(tx, "Place", input.place, "input.place"),
  };
}

async function participantRows(tx: Transaction, input: IncidentInput) {
  const rows: { actorId: string; role: IncidentRole }[] = [];
  for (const [index, participant] of (input.participants ?? []).entries()) {
    const field = `input.participants.${index}.actor`;
    const actorId = await existingId(tx, "Actor", participant.actor, field);
    if (rows.some((row) => row.actorId === actorId && row.role === participant.role)) {
      throw new UserInputError("DUPLICATE", field.split("."), `participants lists this actor as ${participant.role} twice`);
    }
    rows.push({ actorId, role: participant.role });
  }
  return rows;
}

/** The API write supports each participant it leaves in place or adds. */
async function recordParticipants(tx: Transaction, participants: { id: string }[]) {
  for (const participant of participants) await writtenThroughApi(tx, "PARTICIPANT", participant);
}

/** Whom an incident concerns, for incidentRecorded(actor) subscribers: its participants. */
export async function participantIds(tx: Transaction, incidentId: string): Promise<string[]> {
  const rows = await tx.incidentParticipant.findMany({ where: { incidentId }, select: { actorId: true } });
  return [...new Set(rows.map((row) => row.actorId))];
}

export async function createIncident(tx: Transaction, input: IncidentInput) {
  const data = await incidentData(tx, input);
  const incident = await tx.incident.create({ data: { ...data, participants: { create: await participantRows(tx, input) } }, include: { participants: true } });
  await recordParticipants(tx, incident.participants);
  return writtenThroughApi(tx, "INCIDENT", incident);
}

export async function updateIncident(tx: Transaction, globalId: string, input: IncidentInput) {
  const id = await existingId(tx, "Incident", globalId, "id");
  const data = await incidentData(tx, input);
  const wanted = await participantRows(tx, input);
  const sameAs = (a: { actorId: string; role: IncidentRole }) => (b: { actorId: string; role: IncidentRole }) => a.actorId === b.actorId && a.role === b.role;
  // Participants that stay keep their rows (ids, createdAt, createdBy); only the difference is written.
  const current = await tx.incidentParticipant.findMany({ where: { incidentId: id }, select: { id: true, actorId: true, role: true } });
  const gone = current.filter((row) => !wanted.some(sameAs(row))).map((row) => row.id);
  const added = wanted.filter((row) => !current.some(sameAs(row)));
  const incident = await tx.incident.update({ where: { id }, data: { ...data, participants: { deleteMany: { id: { in: gone } }, create: added } }, include: { participants: true } });
  await recordParticipants(tx, incident.participants);
  return writtenThroughApi(tx, "INCIDENT", incident);
}

async function figureData(tx: Transaction, input: FigureInput) {
  return {
    incidentId: await existingId(tx, "Incident", input.incident, "input.incident"),
    metric: input.metric,
    value: input.value,
    bound: input.bound ?? "EXACT",
    unit: input.unit,
    qualifier: input.qualifier ?? null,
    claimantId: await optionalId(tx, "Actor", input.claimant, "input.claimant"),
  };
}

export async function createFigure(tx: Transaction, input: FigureInput) {
  return writtenThroughApi(tx, "FIGURE", await tx.figure.create({ data: await figureData(tx, input) }));
}

export async function updateFigure(tx: Transaction, globalId: string, input: FigureInput) {
  const id = await existingId(tx, "Figure", globalId, "id");
  return writtenThroughApi(tx, "FIGURE", await tx.figure.update({ where: { id }, data: await figureData(tx, input) }));
}
