import type { IncidentDoc } from "../document.js";
import { matchFigure, matchIncident } from "../../graph/rules.js";
import type { ApplyContext } from "./context.js";
import { mentionFact, namedBy } from "./facts.js";
import { instant } from "./values.js";
import { applyUnnamedParticipants, namedEntries } from "./unnamed-parties.js";

export async function applyIncidents(ctx: ApplyContext, incidents: IncidentDoc[]): Promise<void> {
  for (const [index, incident] of incidents.entries()) {
    const data = {
      kind: incident.kind, title: incident.title, description: incident.description ?? null,
      startsAt: instant(incident.startsAt), startPrecision: incident.startPrecision ?? null, endsAt: instant(incident.endsAt),
      timeSpan: incident.timeSpan ?? null, placeId: ctx.id("places", incident.place),
    };
    const participantIds = new Set(namedEntries(incident.participants).map(([, participant]) => ctx.id("actors", participant.actor)));
    const { id } = await mentionFact(ctx, {
      type: "INCIDENT", key: incident.key, path: ["incidents", index], ...namedBy(incident), data, citations: incident.citations,
      rules: () => matchIncident(ctx.tx, { ...data, participantIds }),
    });
    ctx.setId("incidents", incident.key, id);
    for (const [p, participant] of namedEntries(incident.participants)) {
      const actorId = ctx.id("actors", participant.actor);
      const where = { incidentId_actorId_role: { incidentId: id, actorId, role: participant.role } };
      await mentionFact(ctx, {
        type: "PARTICIPANT", key: `${incident.key}/${participant.actor}/${participant.role}`, path: ["incidents", index, "participants", p],
        data: { incidentId: id, actorId, role: participant.role }, api: participant.api,
        natural: async () => (await ctx.tx.incidentParticipant.findUnique({ where, select: { id: true } }))?.id ?? null,
      });
    }
    await applyUnnamedParticipants(ctx, incident, index, id);
    for (const [f, figure] of (incident.figures ?? []).entries()) {
      const figureData = {
        incidentId: id, metric: figure.metric, value: figure.value, bound: figure.bound ?? "EXACT", unit: figure.unit,
        qualifier: figure.qualifier ?? null, claimantId: ctx.id("actors", figure.claimant),
      };
      await mentionFact(ctx, {
        type: "FIGURE", key: figure.key, path: ["incidents", index, "figures", f], ...namedBy(figure),
        data: figureData, citations: figure.citations, rules: () => matchFigure(ctx.tx, figureData),
      });
    }
  }
}
