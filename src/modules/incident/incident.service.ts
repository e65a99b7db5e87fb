import type { Transaction } from "../../common/mutation.js";
import { checkOrder, existingId, optionalId } from "../../common/references.js";
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
  const rows = [];
  for (const [index, participant] of (input.participants ?? []).entries()) {
    rows.push({ actorId: await existingId(tx, "Actor", participant.actor, `input.participants.${index}.actor`), role: participant.role });
  }
  return rows;
}

/** Whom an incident concerns, for incidentRecorded(actor) subscribers: its participants. */
export async function participantIds(tx: Transaction, incidentId: string): Promise<string[]> {
  const rows = await tx.incidentParticipant.findMany({ where: { incidentId }, select: { actorId: true } });
  return [...new Set(rows.map((row) => row.actorId))];
}

export async function createIncident(tx: Transaction, input: IncidentInput) {
  const data = await incidentData(tx, input);
  return tx.incident.create({ data: { ...data, participants: { create: await participantRows(tx, input) } } });
}

export async function updateIncident(tx: Transaction, globalId: string, input: IncidentInput) {
  const id = await existingId(tx, "Incident", globalId, "id");
  const data = await incidentData(tx, input);
  const participants = await participantRows(tx, input);
  return tx.incident.update({ where: { id }, data: { ...data, participants: { deleteMany: {}, create: participants } } });
}

async function figureData(tx: Transaction, input: FigureInput) {
  return {
    incidentId: await existingId(tx, "Incident", input.incident, "input.incident"),
    metric: input.metric,
    value: input.value,
    unit: input.unit,
    qualifier: input.qualifier ?? null,
    claimantId: await optionalId(tx, "Actor", input.claimant, "input.claimant"),
  };
}

export async function createFigure(tx: Transaction, input: FigureInput) {
  return tx.figure.create({ data: await figureData(tx, input) });
}

export async function updateFigure(tx: Transaction, globalId: string, input: FigureInput) {
  const id = await existingId(tx, "Figure", globalId, "id");
  return tx.figure.update({ where: { id }, data: await figureData(tx, input) });
}
