import type { FactType } from "../graph/fact-types.js";
import type { NodeType } from "../common/node-id.js";
import type { UnitOfWork } from "./unit.js";
import { actors, places } from "./actors.js";
import { articles, citations, mentions } from "./articles.js";
import { attendances, figures, incidents, meetings, participants, quotes, roles, unnamedAttendances, unnamedParticipants } from "./facts.js";

export { actors, places, articles, citations, mentions, attendances, figures, incidents, meetings, participants, quotes, roles, unnamedAttendances, unnamedParticipants };

/** What the generic writers (ingest's mentions, derived values, merges, deletes) need of a command. */
interface Command {
  create(unit: UnitOfWork, data: object): Promise<{ id: string }>;
  update(unit: UnitOfWork, id: string, data: object): Promise<unknown>;
  delete(unit: UnitOfWork, id: string): Promise<void>;
}

// Each command takes its own Prisma input type; callers that pick the command by type pass rows of that table.
const asCommand = (command: object) => command as Command;

/** The command of each mentioned thing. */
export const commandOf: Record<FactType, Command> = {
  ROLE: asCommand(roles), MEETING: asCommand(meetings), ATTENDANCE: asCommand(attendances), QUOTE: asCommand(quotes),
  INCIDENT: asCommand(incidents), PARTICIPANT: asCommand(participants), FIGURE: asCommand(figures), ACTOR: asCommand(actors), PLACE: asCommand(places),
  UNNAMED_ATTENDANCE: asCommand(unnamedAttendances), UNNAMED_PARTICIPANT: asCommand(unnamedParticipants),
};

/** The delete command of each node type that `delete<Type>` offers. */
export const deleteOf: Partial<Record<NodeType, (unit: UnitOfWork, id: string) => Promise<void>>> = {
  Actor: actors.delete, Place: places.delete, Article: articles.delete, Citation: citations.delete, Meeting: meetings.delete,
  Attendance: attendances.delete, Quote: quotes.delete, Incident: incidents.delete, Figure: figures.delete, Role: roles.delete,
  UnnamedAttendance: unnamedAttendances.delete, UnnamedParticipant: unnamedParticipants.delete,
};
