import { badUserInput, quoted } from "./errors.js";

/** The GraphQL types that implement Node, each backed by one table of the same name. */
export const nodeTypes = ["Actor", "Role", "Place", "Meeting", "Attendance", "UnnamedAttendance", "Quote", "Incident", "IncidentParticipant", "UnnamedParticipant", "Figure", "Article", "Citation"] as const;
export type NodeType = (typeof nodeTypes)[number];

export const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** An opaque global id: base64url of "Type:uuid", as GitHub and Shopify expose theirs. */
export function toGlobalId(type: NodeType, id: string): string {
  return Buffer.from(`${type}:${id}`).toString("base64url");
}

export function parseGlobalId(globalId: string, argument: string): { type: NodeType; id: string } {
  const decoded = Buffer.from(globalId, "base64url").toString("utf8");
  const separator = decoded.indexOf(":");
  const type = decoded.slice(0, separator) as NodeType;
  const id = decoded.slice(separator + 1);
  if (separator < 0 || !nodeTypes.includes(type) || !UUID.test(id)) {
    throw badUserInput(argument, `${quoted(globalId)} is not a Dossier id`);
  }
  return { type, id };
}

/** "an Actor", "a Quote". */
function withArticle(type: NodeType): string {
  return `${/^[AEIOU]/.test(type) ? "an" : "a"} ${type}`;
}

/** The database id behind a global id that must name a `type`. */
export function parseIdOf(type: NodeType, globalId: string, argument: string): string {
  const parsed = parseGlobalId(globalId, argument);
  if (parsed.type !== type) {
    throw badUserInput(argument, `expected the id of ${withArticle(type)}, got the id of ${withArticle(parsed.type)}`);
  }
  return parsed.id;
}
