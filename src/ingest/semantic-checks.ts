import type { ArticleDocument, CitationDoc } from "./document.js";
import { ArticleText, notInText } from "./citations.js";
import { domainRules } from "../common/domain-rules.js";
import { formatPath, problem, type IngestProblem, type PathSegment } from "./errors.js";
import { unnamedPartyProblems } from "./unnamed-checks.js";

type ListName = "actors" | "places" | "meetings" | "incidents";

/**
 * What the JSON Schema cannot say about a document of the right shape: keys are unique, references
 * resolve, excerpts occur in the text; and the domain rules (src/common/domain-rules.ts) as far as
 * the document shows, so that every problem is listed at once. The write commands enforce the
 * same rules again on the rows as written, against what the graph knows (a known actor's kind).
 */
export function semanticProblems(doc: ArticleDocument): IngestProblem[] {
  const problems: IngestProblem[] = [];
  const keys: Record<ListName, Set<string>> = { actors: new Set(), places: new Set(), meetings: new Set(), incidents: new Set() };

  /** Reports the second and later entries with the same value. */
  const unique = (entries: { value: string | undefined; path: PathSegment[] }[], what: string) => {
    const first = new Map<string, PathSegment[]>();
    for (const { value, path } of entries) {
      if (value === undefined) continue;
      const earlier = first.get(value);
      if (earlier) problems.push(problem(path, "DUPLICATE_KEY", `${what} "${value}" is already used by ${formatPath(earlier)}`));
      else first.set(value, path);
    }
  };
  const column = <T>(list: T[] | undefined, name: string, property: keyof T & string) =>
    (list ?? []).map((entry, index) => ({ value: entry[property] as string | undefined, path: [name, index, property] as PathSegment[] }));

  unique(column(doc.actors, "actors", "key"), "key");
  unique(column(doc.actors, "actors", "slug"), "slug");
  unique(column(doc.actors, "actors", "wikidataId"), "wikidataId");
  unique(column(doc.places, "places", "key"), "key");
  unique(column(doc.places, "places", "slug"), "slug");
  unique(column(doc.roles, "roles", "key"), "key");
  unique(column(doc.meetings, "meetings", "key"), "key");
  unique(column(doc.quotes, "quotes", "key"), "key");
  unique(column(doc.incidents, "incidents", "key"), "key");
  unique(
    (doc.incidents ?? []).flatMap((incident, i) =>
      (incident.figures ?? []).map((figure, f) => ({ value: figure.key, path: ["incidents", i, "figures", f, "key"] as PathSegment[] })),
    ),
    "figure key",
  );
  for (const actor of doc.actors ?? []) keys.actors.add(actor.key);
  for (const place of doc.places ?? []) keys.places.add(place.key);
  for (const meeting of doc.meetings ?? []) keys.meetings.add(meeting.key);
  for (const incident of doc.incidents ?? []) keys.incidents.add(incident.key);

  const ref = (list: ListName, value: string | undefined, path: PathSegment[]) => {
    if (value !== undefined && !keys[list].has(value)) {
      problems.push(problem(path, "UNKNOWN_REFERENCE", `refers to "${value}", which is not a key in ${list}`));
    }
  };
  const article = new ArticleText(doc.article.text);
  const cited = (citations: CitationDoc[] | undefined, path: PathSegment[]) => {
    (citations ?? []).forEach((citation, index) => {
      const at = [...path, "citations", index];
      if (article.locate(citation.excerpt, citation.occurrence) === null) {
        problems.push(problem([...at, "excerpt"], "EXCERPT_NOT_FOUND", article.locate(citation.excerpt) === null
          ? notInText(doc.article.text, citation.excerpt)
          : `occurs fewer than ${citation.occurrence} times in the article text`));
      }
      ref("actors", citation.attributedTo, [...at, "attributedTo"]);
    });
  };
  const ordered = (start: string | undefined, end: string | undefined, path: PathSegment[], startName: string) => {
    if (!domainRules.order.holds(start, end)) problems.push(problem(path, "END_BEFORE_START", `${domainRules.order.message(startName)} (${start})`));
  };

  const kinds = new Map((doc.actors ?? []).map((actor) => [actor.key, actor.kind]));
  const country = (value: string | undefined, path: PathSegment[]) => {
    ref("actors", value, path);
    const kind = value === undefined ? undefined : kinds.get(value);
    if (kind !== undefined && !domainRules.country.holds(kind)) problems.push(problem(path, "INVALID", `refers to "${value}", a ${kind}: ${domainRules.country.message}`));
  };
  doc.actors?.forEach((actor, i) => country(actor.country, ["actors", i, "country"]));
  doc.places?.forEach((place, i) => country(place.country, ["places", i, "country"]));
  doc.roles?.forEach((role, i) => {
    ref("actors", role.holder, ["roles", i, "holder"]);
    ref("actors", role.of, ["roles", i, "of"]);
    ordered(role.startDate, role.endDate, ["roles", i, "endDate"], "startDate");
    cited(role.citations, ["roles", i]);
  });
  doc.meetings?.forEach((meeting, i) => {
    ref("places", meeting.place, ["meetings", i, "place"]);
    ordered(meeting.startsAt, meeting.endsAt, ["meetings", i, "endsAt"], "startsAt");
    cited(meeting.citations, ["meetings", i]);
    meeting.attendees?.forEach((attendee, a) => {
      ref("actors", attendee.actor, ["meetings", i, "attendees", a, "actor"]);
      ref("actors", attendee.affiliation, ["meetings", i, "attendees", a, "affiliation"]);
      cited(attendee.citations, ["meetings", i, "attendees", a]);
    });
    unique((meeting.attendees ?? []).map((attendee, a) => ({ value: attendee.actor, path: ["meetings", i, "attendees", a, "actor"] })), "attendee");
  });
  doc.quotes?.forEach((quote, i) => {
    ref("actors", quote.speaker, ["quotes", i, "speaker"]);
    ref("actors", quote.speakerAffiliation, ["quotes", i, "speakerAffiliation"]);
    ref("meetings", quote.meeting, ["quotes", i, "meeting"]);
    ref("places", quote.place, ["quotes", i, "place"]);
    ref("incidents", quote.aboutIncident, ["quotes", i, "aboutIncident"]);
    ref("meetings", quote.aboutMeeting, ["quotes", i, "aboutMeeting"]);
    if (!domainRules.meetingTiming.holds(quote)) problems.push(problem(["quotes", i, "meetingTiming"], "INVALID", domainRules.meetingTiming.message));
    if (!domainRules.speakerDescription.holds(quote)) problems.push(problem(["quotes", i, "speakerDescription"], "INVALID", domainRules.speakerDescription.message));
    cited(quote.citations, ["quotes", i]);
  });
  doc.incidents?.forEach((incident, i) => {
    ref("places", incident.place, ["incidents", i, "place"]);
    ordered(incident.startsAt, incident.endsAt, ["incidents", i, "endsAt"], "startsAt");
    cited(incident.citations, ["incidents", i]);
    incident.participants?.forEach((participant, p) => {
      ref("actors", participant.actor, ["incidents", i, "participants", p, "actor"]);
      ref("actors", participant.affiliation, ["incidents", i, "participants", p, "affiliation"]);
    });
    unique(
      (incident.participants ?? []).map((participant, p) => ({
        value: participant.actor === undefined ? undefined : `${participant.actor} as ${participant.role}`, path: ["incidents", i, "participants", p] as PathSegment[],
      })),
      "participant",
    );
    incident.figures?.forEach((figure, f) => {
      ref("actors", figure.claimant, ["incidents", i, "figures", f, "claimant"]);
      cited(figure.citations, ["incidents", i, "figures", f]);
    });
  });
  problems.push(...unnamedPartyProblems(doc));
  return problems;
}
