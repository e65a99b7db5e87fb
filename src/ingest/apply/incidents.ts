import type { IncidentDoc, ParticipantDoc } from "../document.js";
import type { ApplyContext } from "./context.js";
import { OwnedFacts } from "./owned-facts.js";
import { instant } from "./values.js";

type StoredParticipant = { id: string; actorId: string; role: string };
type IncidentExtra = { participants: StoredParticipant[] };

/** Participants are identified by actor and role: each is kept, added or removed, never changed. */
async function syncParticipants(ctx: ApplyContext, incidentId: string, stored: StoredParticipant[], participants: ParticipantDoc[]) {
  const identity = (actorId: string, role: string) => `${actorId}:${role}`;
  const unmatched = new Map(stored.map((participant) => [identity(participant.actorId, participant.role), participant]));
  const toCreate = [];
  for (const participant of participants) {
    const actorId = ctx.id("actors", participant.actor);
    if (unmatched.delete(identity(actorId, participant.role))) ctx.count("participant", "unchanged");
    else toCreate.push({ incidentId, actorId, role: participant.role });
    ctx.applied();
  }
  if (toCreate.length > 0) await ctx.tx.incidentParticipant.createMany({ data: toCreate });
  ctx.count("participant", "created", toCreate.length);
  const dropped = [...unmatched.values()].map((participant) => participant.id);
  if (dropped.length > 0) await ctx.tx.incidentParticipant.deleteMany({ where: { id: { in: dropped } } });
  ctx.count("participant", "deleted", dropped.length);
}

export async function applyIncidents(ctx: ApplyContext, incidents: IncidentDoc[]) {
  const incidentFacts = await OwnedFacts.load<IncidentExtra>(ctx, "incident", { participants: true });
  const figureFacts = await OwnedFacts.load(ctx, "figure");
  for (const incident of incidents) {
    const { id, before } = await incidentFacts.apply({
      key: incident.key,
      data: {
        kind: incident.kind, title: incident.title, description: incident.description ?? null,
        startsAt: instant(incident.startsAt), startPrecision: incident.startPrecision ?? null, endsAt: instant(incident.endsAt),
        timeSpan: incident.timeSpan ?? null, placeId: ctx.id("places", incident.place),
      },
      citations: incident.citations,
    });
    ctx.setId("incidents", incident.key, id);
    await syncParticipants(ctx, id, before?.participants ?? [], incident.participants ?? []);
    for (const figure of incident.figures ?? []) {
      await figureFacts.apply({
        key: figure.key,
        data: {
          incidentId: id, metric: figure.metric, value: figure.value, unit: figure.unit,
          qualifier: figure.qualifier ?? null, claimantId: ctx.id("actors", figure.claimant),
        },
        citations: figure.citations,
      });
    }
  }
  return { incidentFacts, figureFacts };
}

/** Counts the participants that went with deleted incidents. */
export function countDroppedParticipants(ctx: ApplyContext, dropped: IncidentExtra[]): void {
  ctx.count("participant", "deleted", dropped.reduce((sum, incident) => sum + incident.participants.length, 0));
}
