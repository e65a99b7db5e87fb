import { insideQuote, posAt, sentenceAt, type Analysis, type Sentence } from "./analysis.js";
import { ActorRegistry, addCountry, countryNamed, organizationNamed, type DraftActor } from "./actors.js";
import { heldOn, normalizeName } from "./known-actors.js";
import { ORGANIZATION_HEADS } from "./lexicon/organizations.js";
import { PLACES } from "./lexicon/places.js";
import { NOT_NAMES, PRONOUNS, SOURCE_NOUNS, SPEECH_VERBS, TITLES } from "./lexicon/words.js";

/** A phrase that refers to an actor: a name, a role noun, an unnamed source, or a pronoun. */
export interface Mention {
  start: number;
  end: number;
  kind: "NAME" | "ROLE" | "SOURCE" | "PRONOUN";
  /** The actor it refers to; none for an unnamed source or an unresolved role noun or pronoun. */
  actor?: DraftActor;
  /** How the article describes an unnamed source: "Ukrainian presidency official speaking on condition of anonymity". */
  description?: string;
  /** A demonym or a possessor ("French" in "French President", "China’s" in "China’s Xi Jinping"): not a speaker or attendee. */
  modifier: boolean;
  inQuote: boolean;
  sentence: number;
}

export interface PlaceMention {
  start: number;
  end: number;
  name: string;
  country?: string;
}

/** "holder is <title> of <of>", as the article says it. */
export interface RoleFinding {
  holder: DraftActor;
  title: string;
  of?: DraftActor;
  start: number;
  end: number;
}

export interface Mentions {
  registry: ActorRegistry;
  mentions: Mention[];
  places: PlaceMention[];
  roles: RoleFinding[];
}

const WORD = String.raw`\p{Lu}\.(?:\p{Lu}\.)+|\p{Lu}[\p{L}\p{M}]*(?:-\p{Lu}[\p{L}\p{M}]*)*(?:['’]\p{Lu}\p{L}*)?`;
const CONNECTOR = String.raw`(?:of the|of|for|de|da|del|van|von|bin|al|el|la|le|du|der|den|ibn)`;
const SEQUENCE = new RegExp(String.raw`(?:${WORD})(?:\s+(?:${CONNECTOR}\s+)?(?:${WORD}))*`, "gu");
const titleSet = new Set(TITLES);
const longestTitle = Math.max(...TITLES.map((title) => title.split(" ").length));
const speechAfter = new RegExp(String.raw`^\s*,?\s*(?:\p{Ll}+\s+){0,2}(?:${SPEECH_VERBS.join("|")})\b`, "u");
const SOURCE = new RegExp(
  String.raw`\b(?:[Aa]n?|[Oo]ne|[Tt]wo|[Tt]hree|[Ss]everal|[Tt]he)\s+((?:[\p{L}’'-]+\s+){0,4}?)(${SOURCE_NOUNS.join("|")})\b((?:,?\s+(?:who\s+(?:spoke|asked|requested|declined)|speaking|familiar|close|with knowledge|briefed|requesting|asking|granted)\b[^,.;“"]*)?)`,
  "gu",
);
const eitherCase = (phrase: string) => phrase.replace(/\b\p{Ll}/gu, (letter) => `[${letter}${letter.toUpperCase()}]`);
const ROLE_NOUN = new RegExp(
  String.raw`\b[Tt]he\s+((?:[\p{L}.]+\s+)?)(${TITLES.filter((title) => !/\.$|^(mr|mrs|ms|dr)$/.test(title)).sort((a, b) => b.length - a.length).map(eitherCase).join("|")})\b(?!\s+\p{Lu})`,
  "gu",
);
const PRONOUN = /\b(he|she|He|She)\b/g;
const POSSESSIVE_TITLE = /^['’]s\s+((?:[a-z-]+\s+){0,3}?)((?:special |deputy |top |chief )?(?:envoy|chief of staff|adviser|advisor|spokesperson|spokesman|spokeswoman|aide|minister|secretary|ambassador|negotiator|lawyer|deputy|wife|husband|son|daughter))\s+(?=\p{Lu})/u;

function titleCase(phrase: string): string {
  return phrase.replace(/(^|[\s-])(\p{Ll})/gu, (_, space: string, letter: string) => space + letter.toUpperCase());
}

interface Word {
  text: string;
  start: number;
  end: number;
}

/** The words of a capitalised sequence found at `offset`. */
function wordsOf(sequence: string, offset: number): Word[] {
  return [...sequence.matchAll(/\S+/g)].map((match) => ({ text: match[0], start: offset + match.index, end: offset + match.index + match[0].length }));
}

const span = (words: Word[]) => ({ start: words[0].start, end: words.at(-1)!.end });
const joined = (words: Word[], text: string) => text.slice(words[0].start, words.at(-1)!.end);

/** How many words from `i` form a title ("Prime Minister"), 0 when none does. */
function titleAt(words: Word[], i: number): number {
  for (let n = Math.min(longestTitle, words.length - i); n > 0; n--) {
    if (titleSet.has(words.slice(i, i + n).map((word) => word.text.toLowerCase()).join(" "))) return n;
  }
  return 0;
}

function countryAt(words: Word[], i: number): number {
  for (let n = Math.min(4, words.length - i); n > 0; n--) if (countryNamed(words.slice(i, i + n).map((word) => word.text).join(" "))) return n;
  return 0;
}

function organizationAt(words: Word[], i: number): number {
  for (let n = words.length - i; n > 0; n--) if (organizationNamed(words.slice(i, i + n).map((word) => word.text).join(" "))) return n;
  return 0;
}

class MentionFinder {
  readonly mentions: Mention[] = [];
  readonly places: PlaceMention[] = [];
  readonly roles: RoleFinding[] = [];
  /** Single words to resolve once every full name is known. */
  private readonly singles: { word: Word; sentence: Sentence; titled?: string; country?: DraftActor }[] = [];

  constructor(
    private readonly analysis: Analysis,
    readonly registry: ActorRegistry,
    private readonly publishedOn: string | undefined,
  ) {}

  private mention(kind: Mention["kind"], at: { start: number; end: number }, actor: DraftActor | undefined, modifier = false, description?: string) {
    const sentence = sentenceAt(this.analysis, at.start);
    this.mentions.push({ ...at, kind, actor, modifier, description, inQuote: insideQuote(this.analysis, at.start), sentence: sentence.index });
  }

  private isPossessive(end: number): boolean {
    return /^['’]s\b/.test(this.analysis.text.slice(end, end + 3));
  }

  /** Splits "Zelenskyy-Putin" and "Russia-Ukraine" into the names they join. */
  private splitHyphens(words: Word[]): Word[] {
    return words.flatMap((word) => {
      if (!word.text.includes("-")) return [word];
      const parts = word.text.split("-");
      if (!parts.every((part) => countryNamed(part) || this.registry.find(part) || this.registry.knownNamed(part) || /^\p{Lu}\p{Ll}+$/u.test(part))) return [word];
      if (parts.length !== 2 || !(countryNamed(parts[0]) || countryNamed(parts[1]) || this.registry.find(parts[0]) || this.registry.find(parts[1]))) return [word];
      const second = word.start + parts[0].length + 1;
      return [{ text: parts[0], start: word.start, end: word.start + parts[0].length }, { text: parts[1], start: second, end: word.end }];
    });
  }

  /** First pass over one capitalised sequence: lexicon entries, titles, full names. */
  sequence(raw: Word[], sentence: Sentence): void {
    let words = raw;
    while (words.length && (NOT_NAMES.has(words[0].text.toLowerCase().replace(/\.$/, "")) && !titleAt(words, 0) && !countryAt(words, 0))) words = words.slice(1);
    if (words.length && words[0].start === sentence.start && posAt(this.analysis, words[0].start) !== "PROPN" && !titleAt(words, 0) && !countryAt(words, 0) && !organizationAt(words, 0) && !this.registry.knownNamed(words[0].text) && words.length === 1) words = words.slice(1);
    words = this.splitHyphens(words);
    if (!words.length) return;
    if (words.some((word) => word.text.includes("-") && !/^\p{Lu}[\p{Ll}]+-\p{Lu}/u.test(word.text)) && words.length === 1) return;
    let i = 0;
    let country: DraftActor | undefined;
    let title: string | undefined;
    while (i < words.length) {
      const org = organizationAt(words, i);
      if (org && i + org === words.length) {
        this.organization(words.slice(i), sentence);
        return;
      }
      const countryWords = countryAt(words, i);
      if (countryWords) {
        const rest = words.slice(i + countryWords);
        if (rest.length && ORGANIZATION_HEADS[rest.at(-1)!.text.toLowerCase()] && !titleAt(rest, 0)) {
          this.organization(words.slice(i), sentence, words.slice(i, i + countryWords));
          return;
        }
        country = addCountry(this.registry, joined(words.slice(i, i + countryWords), this.analysis.text), span(words.slice(i, i + countryWords)));
        const possessive = this.isPossessive(words[i + countryWords - 1].end);
        this.mention("NAME", span(words.slice(i, i + countryWords)), country, countryWords < words.length - i || possessive || /^\p{Ll}/u.test(this.analysis.text.slice(words[i + countryWords - 1].end + 1)));
        i += countryWords;
        continue;
      }
      const titleWords = titleAt(words, i);
      if (titleWords && i + titleWords < words.length) {
        title = words.slice(i, i + titleWords).map((word) => word.text).join(" ");
        i += titleWords;
        continue;
      }
      break;
    }
    const rest = words.slice(i);
    if (!rest.length) return;
    const name = joined(rest, this.analysis.text);
    if (PLACES[name] !== undefined || name in PLACES) {
      this.places.push({ ...span(rest), name, country: PLACES[name] });
      return;
    }
    if (rest.length > 1 && /\bof\b/.test(name) && !ORGANIZATION_HEADS[rest[0].text.toLowerCase()]) {
      for (const part of name.split(/\s+of(?: the)?\s+/)) {
        const offset = this.analysis.text.indexOf(part, rest[0].start);
        this.sequence(wordsOf(part, offset), sentence);
      }
      return;
    }
    if (ORGANIZATION_HEADS[rest.at(-1)!.text.toLowerCase()] && rest.length > 1) {
      this.organization(rest, sentence, undefined, country);
      return;
    }
    const known = this.registry.knownNamed(name);
    if (rest.length === 1 && !known) {
      this.singles.push({ word: rest[0], sentence, titled: title, country });
      return;
    }
    if (sentence.heading && !known) return;
    if (rest.length > 4) return;
    const person = this.registry.add(name, known?.kind ?? "PERSON", span(rest), { country: country?.key, confidence: title ? 0.85 : 0.7 });
    this.mention("NAME", span(rest), person, this.isPossessive(rest.at(-1)!.end) && !speechAfter.test(this.analysis.text.slice(rest.at(-1)!.end + 2, rest.at(-1)!.end + 40)));
    if (title) this.roles.push({ holder: person, title: titleCase(title), of: country, ...span(words) });
  }

  private organization(words: Word[], sentence: Sentence, countryWords?: Word[], country?: DraftActor): void {
    const name = joined(words, this.analysis.text);
    const entry = organizationNamed(name);
    const home = countryWords ? addCountry(this.registry, joined(countryWords, this.analysis.text), span(countryWords)) : country;
    if (sentence.heading && !entry && !this.registry.knownNamed(name) && !this.registry.find(name)) return;
    const homeEntry = entry?.country ? addCountry(this.registry, entry.country, span(words)) : home;
    const actor = this.registry.add(entry?.name ?? name, entry?.kind ?? ORGANIZATION_HEADS[words.at(-1)!.text.toLowerCase()] ?? "ORGANIZATION", span(words), {
      wikidataId: entry?.wikidataId,
      aliases: entry && normalizeName(entry.name) !== normalizeName(name) ? [name] : [],
      country: homeEntry?.key,
      confidence: entry ? 0.9 : 0.75,
    });
    this.mention("NAME", span(words), actor, this.isPossessive(words.at(-1)!.end));
  }

  /** Second pass: a single capitalised word is a person's first or last name, a known actor, or nobody. */
  resolveSingles(): void {
    const persons = [...this.registry.actors.values()].filter((actor) => actor.kind === "PERSON" && actor.name.includes(" "));
    for (const { word, sentence, titled, country } of this.singles) {
      const direct = this.registry.find(word.text);
      const byPart = direct ? undefined : persons.filter((person) => {
        const parts = person.name.split(" ");
        return parts.at(-1) === word.text || parts[0] === word.text;
      });
      let actor = direct ?? (byPart?.length === 1 ? byPart[0] : undefined);
      const known = this.registry.knownNamed(word.text);
      if (!actor && known) actor = this.registry.add(known.name, known.kind, word, { wikidataId: known.wikidataId });
      const speaks = speechAfter.test(this.analysis.text.slice(word.end, word.end + 40));
      if (!actor && !sentence.heading && (titled || speaks) && posAt(this.analysis, word.start) === "PROPN") {
        actor = this.registry.add(word.text, "PERSON", word, { country: country?.key, confidence: 0.5 });
      }
      if (!actor) continue;
      this.registry.alias(actor, word.text);
      this.mention("NAME", word, actor, this.isPossessive(word.end) && !speaks);
      if (titled) this.roles.push({ holder: actor, title: titleCase(titled), of: country, start: word.start - titled.length - 1, end: word.end });
    }
  }

  /** "the French President", "the prime minister": the holder of that role among the article's roles or the known ones. */
  roleNouns(): void {
    const text = this.analysis.text;
    for (const match of text.matchAll(ROLE_NOUN)) {
      const qualifier = match[1].trim();
      const country = qualifier ? countryNamed(qualifier) : undefined;
      if (qualifier && !country) continue;
      const title = match[2].toLowerCase();
      const candidates = this.roles.filter((role) => role.title.toLowerCase() === title && (!country || normalizeName(role.of?.name ?? "") === normalizeName(country.name)));
      let holder = candidates.length ? candidates.filter((role) => role.start < match.index).at(-1)?.holder ?? candidates[0].holder : undefined;
      if (!holder) {
        const known = this.registry.known.actors.find((actor) => actor.roles.some((role) => role.title.toLowerCase() === title && heldOn(role, this.publishedOn) && (!country || normalizeName(role.of ?? "") === normalizeName(country.name))));
        if (known) holder = this.registry.addKnown(known, { start: match.index, end: match.index + match[0].length });
      }
      this.mention("ROLE", { start: match.index, end: match.index + match[0].length }, holder);
    }
  }

  /** "a Ukrainian presidency official …", and "the official" for the last such source. */
  sources(): void {
    const text = this.analysis.text;
    const last = new Map<string, string>();
    for (const match of text.matchAll(SOURCE)) {
      const [whole, modifiers, noun, clause] = match;
      const definite = /^the$/i.test(whole.split(/\s/)[0]);
      const head = noun.replace(/s$/, "");
      let description = `${modifiers}${noun}${clause ? ` ${clause.replace(/^,?\s*/, "")}` : ""}`.trim();
      if (definite && !modifiers.trim()) {
        const earlier = last.get(head);
        if (!earlier) continue;
        description = clause ? (earlier.includes(clause.trim().replace(/^,\s*/, "")) ? earlier : `${earlier} ${clause.replace(/^,?\s*/, "")}`) : earlier;
      }
      if (/\p{Lu}/u.test(modifiers.trim().split(/\s+/).at(-1)?.[0] ?? "") && !countryNamed(modifiers.trim().split(/\s+/).at(-1)!)) continue;
      last.set(head, description);
      const start = match.index;
      this.mention("SOURCE", { start, end: start + whole.length }, undefined, false, description);
    }
    for (const mention of this.mentions) {
      if (mention.kind !== "SOURCE") continue;
      const later = [...last.entries()].find(([head, description]) => mention.description!.endsWith(head) && description.startsWith(mention.description!));
      if (later) mention.description = later[1];
    }
  }

  /** "he"/"she": the person the sentence is about, else the last person named before it. */
  pronouns(): void {
    const text = this.analysis.text;
    const people = this.mentions.filter((mention) => !mention.inQuote && !mention.modifier && mention.actor?.kind === "PERSON").sort((a, b) => a.start - b.start);
    for (const match of text.matchAll(PRONOUN)) {
      if (insideQuote(this.analysis, match.index)) continue;
      const sentence = sentenceAt(this.analysis, match.index).index;
      const before = people.filter((mention) => mention.start < match.index && mention.sentence >= sentence - 3);
      const subject = before.find((mention) => mention.sentence === sentence) ?? before.at(-1);
      this.mention("PRONOUN", { start: match.index, end: match.index + match[0].length }, subject?.actor);
    }
  }

  /** "Trump’s special envoy Steve Witkoff": a role of the next person, held for the possessor. */
  possessiveRoles(): void {
    const text = this.analysis.text;
    for (const mention of this.mentions) {
      if (mention.kind !== "NAME" || !mention.actor) continue;
      const match = POSSESSIVE_TITLE.exec(text.slice(mention.end, mention.end + 80));
      if (!match) continue;
      const holderAt = mention.end + match[0].length;
      const holder = this.mentions.find((other) => other.start === holderAt && other.actor?.kind === "PERSON");
      if (holder?.actor) this.roles.push({ holder: holder.actor, title: titleCase(match[2]), of: mention.actor, start: mention.start, end: holder.end });
    }
  }
}

/** Every actor, place and role the article names, and each phrase that refers to an actor. */
export function findMentions(analysis: Analysis, registry: ActorRegistry, publishedOn: string | undefined): Mentions {
  const finder = new MentionFinder(analysis, registry, publishedOn);
  for (const sentence of analysis.sentences) {
    const text = analysis.text.slice(sentence.start, sentence.end);
    for (const match of text.matchAll(SEQUENCE)) finder.sequence(wordsOf(match[0], sentence.start + match.index), sentence);
  }
  finder.resolveSingles();
  finder.possessiveRoles();
  finder.roleNouns();
  finder.sources();
  finder.pronouns();
  finder.mentions.sort((a, b) => a.start - b.start || b.end - a.end);
  const mentions = finder.mentions.filter((mention, i, all) => i === 0 || mention.start >= all[i - 1].end || mention.kind === "NAME");
  return { registry, mentions, places: finder.places, roles: finder.roles };
}
