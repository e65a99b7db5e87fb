import type { ArticleDocument, IncidentDoc } from "../ingest/document.js";
import { analyse, sentenceAt, type Sentence } from "./analysis.js";
import { ActorRegistry, type DraftActor } from "./actors.js";
import { Attributions } from "./attribution.js";
import { findDates, type ResolvedDate } from "./dates.js";
import { assembleDraft, type Findings, type IncidentCandidate } from "./draft.js";
import { FigureFinder } from "./figures.js";
import { checkArticle, type ArticleInput } from "./input.js";
import { NO_KNOWN_ACTORS, type KnownActors } from "./known-actors.js";
import { MeetingFinder } from "./meetings.js";
import { findMentions } from "./mentions.js";
import { within } from "./mention.js";
import { findQuotes } from "./quotes.js";

const INCIDENT_KINDS: [RegExp, IncidentDoc["kind"]][] = [
  [/\bdrones?\b|\bshaheds?\b|\buavs?\b/i, "DRONE_ATTACK"],
  [/\bmissiles?\b|\brockets?\b|\bballistic\b/i, "MISSILE_STRIKE"],
  [/\bair ?strikes?\b|\bairstrikes?\b|\bbomb(?:ing|ed|s)\b|\bwarplanes?\b/i, "AIR_STRIKE"],
  [/\btariffs?\b|\bduties\b|\blevies\b/i, "TARIFF"],
  [/\bsanction(?:s|ed|ing)?\b|\bembargo\b|\basset freeze\b/i, "SANCTION"],
  [/\bcyber ?attacks?\b|\bhack(?:ers|ing|ed)?\b|\bransomware\b/i, "CYBER_ATTACK"],
  [/\bassaults?\b|\boffensive\b|\btroops advanced\b|\bshelling\b|\bfighting\b|\bclashes\b|\bground attack\b/i, "GROUND_ASSAULT"],
];
const INCIDENT_WORDS = /\b(?:attack(?:s|ed)?|strikes?|struck|launched|fired|killed|wounded|injured|shelling|bombing|tariffs?|sanctions?|cyberattack|offensive|assault|explosions?)\b/i;
const GOVERNMENT_CLAIM = /\b(?:(?:released|issued|published|given) by|from|according to) the government\b|\b[Tt]he government (?:said|says|reported|estimated)\b/;
const PERPETRATION = /^\s+(?:\p{Ll}+\s+)?(?:launched|fired|attacked|struck|shelled|bombed|imposed|slapped|targeted|hit|raised)\b/u;

function incidentKind(text: string): IncidentDoc["kind"] {
  return INCIDENT_KINDS.find(([pattern]) => pattern.test(text))?.[1] ?? "OTHER";
}

/**
 * An article as a draft article document (docs/INGEST-FORMAT.md): candidate actors, places,
 * roles, meetings, quotes with their speakers, incidents and figures, each cited by its excerpt;
 * `extraction.candidates` gives every entry's offsets and confidence. A pure function of the
 * article and the known actors: the same input gives the same draft.
 */
export function extractArticle(input: ArticleInput, known: KnownActors = NO_KNOWN_ACTORS): ArticleDocument {
  const article = checkArticle(input);
  const publishedOn = article.publishedAt?.slice(0, 10);
  const analysis = analyse(article.text);
  const registry = new ActorRegistry(known);
  const { mentions, places, roles } = findMentions(analysis, registry, publishedOn);

  const dateCache = new Map<Sentence, ResolvedDate[]>();
  const datesOf = (sentence: Sentence) => {
    let found = dateCache.get(sentence);
    if (!found) dateCache.set(sentence, (found = findDates(analysis.text.slice(sentence.start, sentence.end), sentence.start, publishedOn)));
    return found;
  };

  const meetingFinder = new MeetingFinder(analysis, mentions, places, roles, datesOf);
  meetingFinder.find();
  const { quotes, finder } = findQuotes(analysis, mentions);
  const quoteFindings = quotes.map((quote) => {
    const sentenceDates = datesOf(quote.sentence).filter((date) => date.precision === "DAY");
    const meeting = meetingFinder.relate(quote.speaker?.actor, quote.sentence);
    return { quote, saidAt: sentenceDates[0], meeting };
  });

  const incidents = findIncidents(analysis.sentences, (sentence) => new FigureFinder(analysis).find(sentence), analysis.text, datesOf, (sentence) => {
    const quote = quotes.find((candidate) => candidate.sentence === sentence && (candidate.speaker?.actor ?? candidate.speaker?.affiliation));
    if (quote) return quote.speaker!.actor ?? quote.speaker!.affiliation;
    // "…, according to city officials": a source that is no actor claims it, so the paragraph's earlier claimant does not.
    if (quotes.some((candidate) => candidate.sentence === sentence && candidate.speaker?.description)) return null;
    for (const mention of within(mentions, sentence.start, sentence.end)) {
      if (mention.inQuote) continue;
      const verbSpeaker = finder.speakerOfVerb(sentence, { index: mention.end + 1, word: "said" });
      if (/^\s+(?:said|says|claimed|reported|announced|estimated)\b/.test(analysis.text.slice(mention.end, mention.end + 12)) && verbSpeaker?.actor) return verbSpeaker.actor;
    }
    // "A nationwide count released by the government gave 812 dead": the government of the country the article is about.
    if (GOVERNMENT_CLAIM.test(analysis.text.slice(sentence.start, sentence.end))) {
      const counts = new Map<DraftActor, number>();
      for (const mention of within(mentions, 0, sentence.end)) if (mention.actor?.kind === "COUNTRY") counts.set(mention.actor, (counts.get(mention.actor) ?? 0) + 1);
      const country = [...counts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0];
      if (country) return country;
    }
    const according = /\baccording to\b/.exec(analysis.text.slice(sentence.start, sentence.end));
    if (according) {
      // "according to Ukrainian officials": an unnamed collective claims for the country or body it belongs to.
      const source = finder.speakerOfVerb(sentence, { index: sentence.start + according.index, word: "according to" });
      return source?.actor ?? source?.affiliation ?? (source?.description ? null : undefined);
    }
    // "Its Office of Foreign Assets Control also designated more than 30 subsidiaries": a government body states what it did.
    const subject = within(mentions, sentence.start, sentence.end).find((mention) => !mention.inQuote && mention.actor);
    return subject?.actor?.kind === "GOVERNMENT_BODY" && !subject.modifier ? subject.actor : undefined;
  }, (sentence, at) => {
    const before = within(mentions, sentence.start, at).filter((mention) => !mention.inQuote && mention.actor && PERPETRATION.test(analysis.text.slice(mention.end, mention.end + 30)));
    return before.at(-1)?.actor;
  });

  const attributions = new Attributions(analysis, mentions);
  const used = new Set<DraftActor>();
  for (const mention of mentions) if (mention.actor) used.add(mention.actor);
  const findings: Findings = {
    actors: [...registry.actors.values()].filter((actor) => used.has(actor)),
    places,
    roles,
    meetings: meetingFinder.meetings,
    quotes: quoteFindings,
    incidents,
    attributionOf: (offset) => attributions.of(sentenceAt(analysis, offset)),
  };
  return assembleDraft(article, findings);
}

/** Figures grouped by paragraph into incidents, and incidents the article names without numbers. */
function findIncidents(
  sentences: Sentence[],
  figuresOf: (sentence: Sentence) => ReturnType<FigureFinder["find"]>,
  text: string,
  datesOf: (sentence: Sentence) => ResolvedDate[],
  /** The actor claiming the sentence's figures; null when the sentence names a claimant that is no actor. */
  claimantOf: (sentence: Sentence) => DraftActor | null | undefined,
  perpetratorOf: (sentence: Sentence, at: number) => DraftActor | undefined,
): IncidentCandidate[] {
  const byParagraph = new Map<number, IncidentCandidate>();
  const paragraphClaimant = new Map<number, DraftActor>();
  for (const sentence of sentences) {
    if (sentence.heading) continue;
    const body = text.slice(sentence.start, sentence.end);
    const figures = figuresOf(sentence);
    if (!figures.length && !(INCIDENT_WORDS.test(body) && incidentKind(body) !== "OTHER")) continue;
    let incident = byParagraph.get(sentence.paragraph);
    if (!incident) {
      incident = { kind: incidentKind(body), figures: [], start: sentence.start, end: sentence.end, claimants: new Map(), confidence: figures.length ? 0.6 : 0.4 };
      byParagraph.set(sentence.paragraph, incident);
    }
    incident.end = sentence.end;
    if (incident.kind === "OTHER") incident.kind = incidentKind(body);
    incident.date ??= datesOf(sentence)[0];
    // A claim goes on in the paragraph until another claimant speaks: "…, according to the statistics office. X came second with 23.2%."
    const named = figures.length ? claimantOf(sentence) : undefined;
    const claimant = named === null ? undefined : named ?? paragraphClaimant.get(sentence.paragraph);
    if (claimant) paragraphClaimant.set(sentence.paragraph, claimant);
    else if (named === null) paragraphClaimant.delete(sentence.paragraph);
    for (const figure of figures) {
      incident.figures.push(figure);
      incident.claimants.set(figure, claimant);
      incident.perpetrator ??= perpetratorOf(sentence, figure.start);
    }
  }
  return [...byParagraph.values()];
}
