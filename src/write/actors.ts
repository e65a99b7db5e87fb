import type { Prisma } from "../generated/prisma/client.js";
import { checkCountry } from "../common/domain-rules.js";
import type { UnitOfWork } from "./unit.js";
import { moveReferences } from "./references.js";

/** Meetings the actor attends hear that their attendees change (call before the actor's attendances go or move). */
export async function touchMeetingsOf(unit: UnitOfWork, actorId: string): Promise<void> {
  const rows = await unit.tx.attendance.findMany({ where: { actorId }, select: { meetingId: true } });
  for (const { meetingId } of rows) await unit.meetingChanged(meetingId, "UPDATED");
}

/** Actors: a country is an actor of kind COUNTRY. */
export const actors = {
  async create(unit: UnitOfWork, data: Prisma.ActorUncheckedCreateInput) {
    await checkCountry(unit.tx, data.countryId);
    return unit.tx.actor.create({ data });
  },
  async update(unit: UnitOfWork, id: string, data: Prisma.ActorUncheckedUpdateInput) {
    await checkCountry(unit.tx, data.countryId as string | null | undefined);
    return unit.tx.actor.update({ where: { id }, data });
  },
  /**
   * Its roles, attendances, quotes and incident parts go with it (the meetings it attended are
   * announced as changed); the unnamed parties it was the affiliation of lose it, each folded into
   * one without an affiliation that it now is.
   */
  async delete(unit: UnitOfWork, id: string) {
    await touchMeetingsOf(unit, id);
    await moveReferences(unit, [["UnnamedAttendance", "affiliationId"], ["UnnamedParticipant", "affiliationId"]], id, null);
    await unit.tx.actor.delete({ where: { id } });
  },
};

/** Places: a country is an actor of kind COUNTRY. */
export const places = {
  async create(unit: UnitOfWork, data: Prisma.PlaceUncheckedCreateInput) {
    await checkCountry(unit.tx, data.countryId);
    return unit.tx.place.create({ data });
  },
  async update(unit: UnitOfWork, id: string, data: Prisma.PlaceUncheckedUpdateInput) {
    await checkCountry(unit.tx, data.countryId as string | null | undefined);
    return unit.tx.place.update({ where: { id }, data });
  },
  async delete(unit: UnitOfWork, id: string) {
    await unit.tx.place.delete({ where: { id } });
  },
};
