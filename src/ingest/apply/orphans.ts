import type { ApplyContext } from "./context.js";
import { actors, places } from "../../write/commands.js";

/**
 * Deletes the actors and places the article no longer lists that nothing refers to any more and
 * no other source mentions. Anything another article, fact or actor still uses stays.
 */
export async function deleteOrphans(ctx: ApplyContext, dropped: { type: string; id: string }[]): Promise<void> {
  const { tx } = ctx;
  const placeIds = dropped.filter((entry) => entry.type === "PLACE").map((entry) => entry.id);
  const orphanPlaces = await tx.place.findMany({
    where: { id: { in: placeIds }, meetings: { none: {} }, quotes: { none: {} }, incidents: { none: {} }, mentions: { none: {} } },
    select: { id: true },
  });
  for (const { id } of orphanPlaces) await places.delete(ctx.unit, id);
  ctx.count("place", "deleted", orphanPlaces.length);
  const actorIds = dropped.filter((entry) => entry.type === "ACTOR").map((entry) => entry.id);
  // Deleting an actor can free its country: repeat until nothing more goes.
  for (let deleted = -1; deleted !== 0; ) {
    const orphans = await tx.actor.findMany({
      where: {
        id: { in: actorIds },
        members: { none: {} }, roles: { none: {} }, rolesHeldFor: { none: {} }, places: { none: {} },
        attendances: { none: {} }, quotes: { none: {} }, affiliatedQuotes: { none: {} }, incidentRoles: { none: {} },
        claimedFigures: { none: {} }, attributedCitations: { none: {} }, mentions: { none: {} },
        affiliatedAttendances: { none: {} }, affiliatedParticipants: { none: {} },
      },
      select: { id: true },
    });
    for (const { id } of orphans) await actors.delete(ctx.unit, id);
    deleted = orphans.length;
    ctx.count("actor", "deleted", deleted);
  }
}
