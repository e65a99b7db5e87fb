import { existingId, optionalId } from "../../common/references.js";
import { UserInputError } from "../../common/user-errors.js";
import { writtenThroughApi } from "../../graph/support.js";
import { knownUnnamedAttendance, knownUnnamedParticipant } from "../../graph/unnamed-parties.js";
import type { UnitOfWork } from "../../write/unit.js";
import { unnamedAttendances, unnamedParticipants } from "../../write/commands.js";
import type { UnnamedAttendanceInput } from "../meeting/unnamed-attendance.inputs.js";
import type { UnnamedParticipantInput } from "../incident/unnamed-participant.inputs.js";

const duplicate = (what: string, description: string) =>
  new UserInputError("DUPLICATE", ["input", "description"], `the ${what} already has an unnamed ${what === "meeting" ? "attendee" : "participant"} "${description}" of this affiliation${what === "incident" ? " and role" : ""}`);

/** Records an attendee the reports do not name; the same description and affiliation at the meeting again is refused. */
export async function createUnnamedAttendance(unit: UnitOfWork, input: UnnamedAttendanceInput) {
  const { tx } = unit;
  const data = {
    meetingId: await existingId(tx, "Meeting", input.meeting, "input.meeting"),
    description: input.description,
    affiliationId: await optionalId(tx, "Actor", input.affiliation, "input.affiliation"),
    role: input.role,
  };
  if (await knownUnnamedAttendance(tx, data)) throw duplicate("meeting", input.description);
  return writtenThroughApi(unit, "UNNAMED_ATTENDANCE", await unnamedAttendances.create(unit, data));
}

/** Records a participant the reports do not name; the same description, affiliation and role in the incident again is refused. */
export async function createUnnamedParticipant(unit: UnitOfWork, input: UnnamedParticipantInput) {
  const { tx } = unit;
  const data = {
    incidentId: await existingId(tx, "Incident", input.incident, "input.incident"),
    description: input.description,
    affiliationId: await optionalId(tx, "Actor", input.affiliation, "input.affiliation"),
    role: input.role,
  };
  if (await knownUnnamedParticipant(tx, data)) throw duplicate("incident", input.description);
  return writtenThroughApi(unit, "UNNAMED_PARTICIPANT", await unnamedParticipants.create(unit, data));
}
