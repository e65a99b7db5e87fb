import type { UnnamedAttendance, UnnamedParticipant } from "../generated/prisma/client.js";
import type { Transaction } from "./fact-types.js";
import { normalized } from "./normalize.js";

/** An attendee known only by how the article describes it. */
export type UnnamedAttendanceIdentity = Pick<UnnamedAttendance, "meetingId" | "description" | "affiliationId">;

/** A participant known only by how the article describes it, with its part. */
export type UnnamedParticipantIdentity = Pick<UnnamedParticipant, "incidentId" | "description" | "affiliationId" | "role">;

/** The rows that may be the one identified: the same parent, affiliation (and role), in the order recorded. */
const candidates = { select: { id: true, description: true }, orderBy: { id: "asc" } } as const;

/** The first of the rows whose description says the same: "European leaders" and "European Leaders." do. */
const firstDescribed = (description: string) => (rows: { id: string; description: string }[]) =>
  rows.find((row) => normalized(row.description) === normalized(description))?.id ?? null;

/**
 * The unnamed attendance that is this one: the same meeting, the same affiliation (or none) and the
 * same description once normalised (src/graph/normalize.ts); the role is a value its sources may disagree on.
 * Compared in code rather than by the stored `descriptionKey`, which rows older than it may hold in a finer form
 * (prisma/migrations/*_unnamed_party_keys); the key's unique index is what stops two concurrent writers.
 */
export const knownUnnamedAttendance = async (tx: Transaction, { description, ...where }: UnnamedAttendanceIdentity): Promise<string | null> =>
  firstDescribed(description)(await tx.unnamedAttendance.findMany({ where, ...candidates }));

/** The unnamed participant that is this one: the same incident, affiliation, normalised description and role. */
export const knownUnnamedParticipant = async (tx: Transaction, { description, ...where }: UnnamedParticipantIdentity): Promise<string | null> =>
  firstDescribed(description)(await tx.unnamedParticipant.findMany({ where, ...candidates }));

/** The document key of an unnamed attendee or participant under its meeting or incident: `<parent>/"<normalised description>"[/<affiliation>]`. */
export function unnamedKey(parentKey: string, description: string, affiliation: string | undefined): string {
  return `${parentKey}/"${normalized(description)}"${affiliation === undefined ? "" : `/${affiliation}`}`;
}
