import type { Transaction } from "../../common/mutation.js";
import { writtenThroughApi } from "../../graph/support.js";
import { existingId, optionalId } from "../../common/references.js";
import { UserInputError } from "../../common/user-errors.js";
import type { IncidentRole } from "../../generated/prisma/enums.js";
import type { UnitOfWork } from "../../write/unit.js";
import { figures, incidents, participants } from "../../write/commands.js";
import type { FigureInput, IncidentInput } from "./incident.inputs.js";

async function incidentData(tx: Transaction, input: IncidentInput) {
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

type Part = { actorId: string; role: IncidentRole };

async function participantRows(tx: Transaction, input: IncidentInput) {
  const rows: Part[] = [];
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

const sameAs = (a: Part) => (b: Part) => a.actorId === b.actorId && a.role === b.role;

/**
 * Makes the incident's participants the wanted ones: those that stay keep their rows (ids,
 * createdAt, createdBy), only the difference is written; the API write supports each of them.
 */
async function setParticipants(unit: UnitOfWork, incidentId: string, wanted: Part[]) {
  const current = await unit.tx.incidentParticipant.findMany({ where: { incidentId }, select: { id: true, actorId: true, role: true } });
  for (const row of current.filter((row) => !wanted.some(sameAs(row)))) await participants.delete(unit, row.id);
  const kept = current.filter((row) => wanted.some(sameAs(row)));
  for (const part of wanted.filter((row) => !current.some(sameAs(row)))) kept.push(await participants.create(unit, { incidentId, ...part }));
  for (const participant of kept) await writtenThroughApi(unit, "PARTICIPANT", participant);
}

export async function createIncident(unit: UnitOfWork, input: IncidentInput) {
  const data = await incidentData(unit.tx, input);
  const wanted = await participantRows(unit.tx, input);
  const incident = await incidents.create(unit, data);
  await setParticipants(unit, incident.id, wanted);
  return writtenThroughApi(unit, "INCIDENT", incident);
}

export async function updateIncident(unit: UnitOfWork, globalId: string, input: IncidentInput) {
  const id = await existingId(unit.tx, "Incident", globalId, "id");
  const data = await incidentData(unit.tx, input);
  const wanted = await participantRows(unit.tx, input);
  const incident = await incidents.update(unit, id, data);
  await setParticipants(unit, id, wanted);
  return writtenThroughApi(unit, "INCIDENT", incident);
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

export async function createFigure(unit: UnitOfWork, input: FigureInput) {
  return writtenThroughApi(unit, "FIGURE", await figures.create(unit, await figureData(unit.tx, input)));
}

export async function updateFigure(unit: UnitOfWork, globalId: string, input: FigureInput) {
  const id = await existingId(unit.tx, "Figure", globalId, "id");
  return writtenThroughApi(unit, "FIGURE", await figures.update(unit, id, await figureData(unit.tx, input)));
}
