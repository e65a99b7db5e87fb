import { Prisma, type UnnamedAttendance } from "../../generated/prisma/client.js";
import { existingId, optionalId } from "../../common/references.js";
import { UserInputError } from "../../common/user-errors.js";
import { writtenThroughApi } from "../../graph/support.js";
import type { Transaction } from "../../graph/fact-types.js";
import { knownUnnamedAttendance, knownUnnamedParticipant, type UnnamedAttendanceIdentity, type UnnamedParticipantIdentity } from "../../graph/unnamed-parties.js";
import type { UnitOfWork } from "../../write/unit.js";
import { unnamedAttendances, unnamedParticipants } from "../../write/commands.js";
import type { UnnamedAttendanceInput } from "../meeting/unnamed-attendance.inputs.js";
import type { UnnamedParticipantInput } from "../incident/unnamed-participant.inputs.js";

/** What an unnamed party's create mutation takes, whatever it belongs to. */
type PartyInput = { description: string; affiliation?: string | null; role: string };

/** One kind of unnamed party: what it belongs to and through which input field, how the same one is found and written, how a second is refused. */
interface UnnamedParty<Field extends string, Input extends PartyInput & Record<Field, string>, Identity> {
  type: "UNNAMED_ATTENDANCE" | "UNNAMED_PARTICIPANT";
  parent: "Meeting" | "Incident";
  field: Field;
  identity(parentId: string, affiliationId: string | null, input: Input): Identity;
  known(tx: Transaction, identity: Identity): Promise<string | null>;
  create(unit: UnitOfWork, identity: Identity): Promise<{ id: string }>;
  duplicate: (description: string) => string;
}

export const unnamedAttendance: UnnamedParty<"meeting", UnnamedAttendanceInput, UnnamedAttendanceIdentity & Pick<UnnamedAttendance, "role">> = {
  type: "UNNAMED_ATTENDANCE", parent: "Meeting", field: "meeting",
  identity: (meetingId, affiliationId, { description, role }) => ({ meetingId, description, affiliationId, role }),
  // The role is a value its sources may disagree on, not part of which attendee it is.
  known: (tx, { role: _role, ...identity }) => knownUnnamedAttendance(tx, identity),
  create: unnamedAttendances.create,
  duplicate: (description) => `the meeting already has an unnamed attendee "${description}" of this affiliation`,
};

export const unnamedParticipant: UnnamedParty<"incident", UnnamedParticipantInput, UnnamedParticipantIdentity> = {
  type: "UNNAMED_PARTICIPANT", parent: "Incident", field: "incident",
  identity: (incidentId, affiliationId, { description, role }) => ({ incidentId, description, affiliationId, role }),
  known: knownUnnamedParticipant,
  create: unnamedParticipants.create,
  duplicate: (description) => `the incident already has an unnamed participant "${description}" of this affiliation and role`,
};

/**
 * Records an attendee (participant) the reports do not name. The same one again — by the code's
 * look-up, or by the unique index when another request wrote it meanwhile — is refused.
 */
export async function createUnnamedParty<Field extends string, Input extends PartyInput & Record<Field, string>, Identity>(
  unit: UnitOfWork, party: UnnamedParty<Field, Input, Identity>, input: Input,
) {
  const { tx } = unit;
  const parentId = await existingId(tx, party.parent, input[party.field], `input.${party.field}`);
  const identity = party.identity(parentId, await optionalId(tx, "Actor", input.affiliation, "input.affiliation"), input);
  const duplicate = new UserInputError("DUPLICATE", ["input", "description"], party.duplicate(input.description));
  if (await party.known(tx, identity)) throw duplicate;
  const row = await party.create(unit, identity).catch((error: unknown) => {
    throw error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002" ? duplicate : error;
  });
  return writtenThroughApi(unit, party.type, row);
}
