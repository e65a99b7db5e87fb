import type { ArticleDocument, CandidateDoc, CitationDoc } from "../../ingest/document.js";

/** The entries of a draft a path names: "/quotes/3", "/incidents/0/figures/1". */
function parsePath(path: string): { list: string; index: number; figure?: number } | undefined {
  const match = /^\/(actors|places|roles|meetings|quotes|incidents)\/(\d+)(?:\/figures\/(\d+))?$/.exec(path);
  return match ? { list: match[1], index: Number(match[2]), figure: match[3] === undefined ? undefined : Number(match[3]) } : undefined;
}

const citationActors = (citations: CitationDoc[] | undefined) => (citations ?? []).map((citation) => citation.attributedTo);

/** Every actor key the document's facts and places refer to. */
function referencedActors(doc: ArticleDocument): Set<string> {
  const keys = [
    ...(doc.roles ?? []).flatMap((role) => [role.holder, role.of, ...citationActors(role.citations)]),
    ...(doc.meetings ?? []).flatMap((meeting) => [...citationActors(meeting.citations), ...(meeting.attendees ?? []).flatMap((attendee) => [attendee.actor, attendee.affiliation, ...citationActors(attendee.citations)])]),
    ...(doc.quotes ?? []).flatMap((quote) => [quote.speaker, quote.speakerAffiliation, ...citationActors(quote.citations)]),
    ...(doc.incidents ?? []).flatMap((incident) => [
      ...citationActors(incident.citations), ...(incident.participants ?? []).flatMap((participant) => [participant.actor, participant.affiliation]),
      ...(incident.figures ?? []).flatMap((figure) => [figure.claimant, ...citationActors(figure.citations)]),
    ]),
    ...(doc.places ?? []).map((place) => place.country),
  ];
  return new Set(keys.filter((key): key is string => key !== undefined));
}

/** Whether a path names an entry of the document. */
export function namesEntry(doc: ArticleDocument, path: string): boolean {
  const parsed = parsePath(path);
  if (!parsed) return false;
  const list = doc[parsed.list as "quotes"] as unknown[] | undefined;
  if (!list || parsed.index >= list.length) return false;
  return parsed.figure === undefined || parsed.figure < (doc.incidents?.[parsed.index]?.figures?.length ?? 0);
}

/**
 * The part of a draft an editor accepts: the facts at the selected paths, with every actor and
 * place they refer to (selected or not), and a quote's link to a meeting left out when the meeting is.
 */
export function selectEntries(doc: ArticleDocument, paths: string[]): ArticleDocument {
  const chosen = new Set(paths);
  const keep = <T>(list: T[] | undefined, name: string) => list?.filter((_, i) => chosen.has(`/${name}/${i}`));
  const incidents = doc.incidents?.flatMap((incident, i) => {
    const figurePaths = (incident.figures ?? []).map((_, j) => `/incidents/${i}/figures/${j}`);
    const pickedFigures = figurePaths.filter((path) => chosen.has(path));
    if (!chosen.has(`/incidents/${i}`) && !pickedFigures.length) return [];
    const figures = pickedFigures.length ? incident.figures!.filter((_, j) => chosen.has(figurePaths[j])) : incident.figures;
    return [{ ...incident, ...(figures?.length ? { figures } : { figures: undefined }) }];
  });
  const meetings = keep(doc.meetings, "meetings");
  const meetingKeys = new Set((meetings ?? []).map((meeting) => meeting.key));
  const quotes = keep(doc.quotes, "quotes")?.map((quote) => {
    if (!quote.meeting || meetingKeys.has(quote.meeting)) return quote;
    const { meeting: _meeting, meetingTiming: _timing, ...rest } = quote;
    return rest;
  });
  const facts: ArticleDocument = { article: doc.article, roles: keep(doc.roles, "roles"), meetings, quotes, incidents };
  const placeKeys = new Set([...(meetings ?? []).map((meeting) => meeting.place), ...(quotes ?? []).map((quote) => quote.place), ...(incidents ?? []).map((incident) => incident.place)]);
  const places = doc.places?.filter((place, i) => chosen.has(`/places/${i}`) || placeKeys.has(place.key));
  const used = referencedActors({ ...facts, places });
  const actorKeys = new Set((doc.actors ?? []).filter((actor, i) => chosen.has(`/actors/${i}`) || used.has(actor.key)).map((actor) => actor.key));
  // An actor's country comes along with it.
  for (const actor of doc.actors ?? []) if (actorKeys.has(actor.key) && actor.country) actorKeys.add(actor.country);
  const selected: ArticleDocument = { ...facts, actors: doc.actors?.filter((actor) => actorKeys.has(actor.key)), places };
  for (const list of ["actors", "places", "roles", "meetings", "quotes", "incidents"] as const) if (!selected[list]?.length) delete selected[list];
  return selected;
}

/** The candidates whose paths are selected. */
export function selectedCandidates(candidates: CandidateDoc[], paths: string[]): CandidateDoc[] {
  const chosen = new Set(paths);
  return candidates.filter((candidate) => chosen.has(candidate.path));
}
