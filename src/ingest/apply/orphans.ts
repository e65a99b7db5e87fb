import type { ApplyContext } from "./context.js";

export interface Referenced {
  actorIds: Set<string>;
  placeIds: Set<string>;
}

const collect = (into: Set<string>, ...ids: (string | null | undefined)[]) => {
  for (const id of ids) if (id) into.add(id);
};

/** The actors and places that the stored version of the document's facts refer to. */
export async function referencedByStoredVersion(ctx: ApplyContext): Promise<Referenced> {
  const { tx, articleId } = ctx;
  const owned = { where: { sourceArticleId: articleId } };
  const actorIds = new Set<string>();
  const placeIds = new Set<string>();
  for (const role of await tx.role.findMany({ ...owned, select: { holderId: true, ofId: true } })) collect(actorIds, role.holderId, role.ofId);
  for (const meeting of await tx.meeting.findMany({ ...owned, select: { placeId: true, attendances: { select: { actorId: true } } } })) {
    collect(placeIds, meeting.placeId);
    collect(actorIds, ...meeting.attendances.map((attendance) => attendance.actorId));
  }
  for (const quote of await tx.quote.findMany({ ...owned, select: { speakerId: true, speakerAffiliationId: true, placeId: true } })) {
    collect(actorIds, quote.speakerId, quote.speakerAffiliationId);
    collect(placeIds, quote.placeId);
  }
  for (const incident of await tx.incident.findMany({ ...owned, select: { placeId: true, participants: { select: { actorId: true } } } })) {
    collect(placeIds, incident.placeId);
    collect(actorIds, ...incident.participants.map((participant) => participant.actorId));
  }
  for (const figure of await tx.figure.findMany({ ...owned, select: { claimantId: true } })) collect(actorIds, figure.claimantId);
  const citations = await tx.citation.findMany({ where: { articleId, attributedToId: { not: null } }, select: { attributedToId: true } });
  collect(actorIds, ...citations.map((citation) => citation.attributedToId));
  const places = await tx.place.findMany({ where: { id: { in: [...placeIds] } }, select: { countryId: true } });
  const actors = await tx.actor.findMany({ where: { id: { in: [...actorIds] } }, select: { countryId: true } });
  collect(actorIds, ...places.map((place) => place.countryId), ...actors.map((actor) => actor.countryId));
  return { actorIds, placeIds };
}

/**
 * Deletes the actors and places the stored version referred to that the new version does not list
 * and that nothing refers to any more. Anything another article, fact or actor still uses stays.
 */
export async function deleteOrphans(ctx: ApplyContext, before: Referenced, listed: Referenced): Promise<void> {
  const { tx } = ctx;
  const placeIds = [...before.placeIds].filter((id) => !listed.placeIds.has(id));
  const places = await tx.place.deleteMany({
    where: { id: { in: placeIds }, meetings: { none: {} }, quotes: { none: {} }, incidents: { none: {} } },
  });
  ctx.count("place", "deleted", places.count);
  const actorIds = [...before.actorIds].filter((id) => !listed.actorIds.has(id));
  // Deleting an actor can free its country: repeat until nothing more goes.
  for (let deleted = -1; deleted !== 0; ) {
    ({ count: deleted } = await tx.actor.deleteMany({
      where: {
        id: { in: actorIds },
        members: { none: {} }, roles: { none: {} }, rolesHeldFor: { none: {} }, places: { none: {} },
        attendances: { none: {} }, quotes: { none: {} }, affiliatedQuotes: { none: {} }, incidentRoles: { none: {} },
        claimedFigures: { none: {} }, attributedCitations: { none: {} },
      },
    }));
    ctx.count("actor", "deleted", deleted);
  }
}
