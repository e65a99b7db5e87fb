import type { ArticleDocument, AttendeeDoc, ParticipantDoc } from "./document.js";
import { formatPath, problem, type IngestProblem, type PathSegment } from "./errors.js";
import { unnamedKey } from "../graph/unnamed-parties.js";

/**
 * The rules of attendees and participants the article does not name (docs/INGEST-FORMAT.md,
 * "Unnamed attendees and participants"): an entry names an actor or describes one, not both; an
 * affiliation belongs to a description (that it refers to a listed actor is checked with the other
 * references); one meeting or incident has each description (normalised) and affiliation once (a
 * participant: once per role).
 */
export function unnamedPartyProblems(doc: ArticleDocument): IngestProblem[] {
  const problems: IngestProblem[] = [];
  const check = (entries: (AttendeeDoc | ParticipantDoc)[] | undefined, parent: PathSegment[], what: string, keyOf: (entry: AttendeeDoc | ParticipantDoc) => string) => {
    const first = new Map<string, number>();
    (entries ?? []).forEach((entry, index) => {
      const path = [...parent, index];
      if (entry.actor !== undefined && entry.description !== undefined) {
        problems.push(problem([...path, "description"], "INVALID", `describes an unnamed ${what}, but the entry names its actor: give actor or description, not both`));
        return;
      }
      if (entry.actor === undefined && entry.description === undefined) {
        problems.push(problem(path, "INVALID", `names no ${what}: give actor, or description (with an optional affiliation) for one the article does not name`));
        return;
      }
      if (entry.affiliation !== undefined && entry.description === undefined) {
        problems.push(problem([...path, "affiliation"], "INVALID", `is the affiliation of an unnamed ${what}: it needs a description, and a named actor has none`));
      }
      if (entry.description === undefined) return;
      const key = keyOf(entry);
      const earlier = first.get(key);
      if (earlier !== undefined) {
        problems.push(problem([...path, "description"], "DUPLICATE_KEY", `is the same unnamed ${what} as ${formatPath([...parent, earlier])}: list each once`));
      } else first.set(key, index);
    });
  };
  doc.meetings?.forEach((meeting, i) =>
    check(meeting.attendees, ["meetings", i, "attendees"], "attendee", (entry) => unnamedKey("", entry.description!, entry.affiliation)));
  doc.incidents?.forEach((incident, i) =>
    check(incident.participants, ["incidents", i, "participants"], "participant", (entry) => `${unnamedKey("", entry.description!, entry.affiliation)}/${entry.role}`));
  return problems;
}
