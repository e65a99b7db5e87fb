import { insideQuote, posAt, sentenceAt, type Analysis, type Sentence } from "./analysis.js";
import { ActorRegistry, addCountry, countryNamed, organizationNamed, type DraftActor } from "./actors.js";
import { heldOn, normalizeName } from "./known-actors.js";
import { ORGANIZATION_HEADS } from "./lexicon/organizations.js";
import { PLACES } from "./lexicon/places.js";
import { ERA_WORDS, EVENT_HEADS, HONORIFICS, NOT_NAMES, SOURCE_NOUNS } from "./lexicon/words.js";
import { within, type Mention, type Mentions, type PlaceMention, type RoleFinding } from "./mention.js";
import {
  BARE_SOURCE, LOWERCASE_ORG, PLACE_HEADS, POSSESSIVE_TITLE, PRONOUN, ROLE_NOUN, SEQUENCE, SOURCE, countryAt, headNoun, joined, organizationAt, span, speechAfter, titleAt, titleCase, wordsOf,
  type Word,
} from "./name-patterns.js";
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
      const compound = /^\s+(?:summit|talks|meeting|call|relations|ties|deal|war|conflict|border|axis|alliance|rivalry|agreement)\b/.test(this.analysis.text.slice(word.end, word.end + 14));
      if (parts.length !== 2 || !(compound || countryNamed(parts[0]) || countryNamed(parts[1]) || this.registry.find(parts[0]) || this.registry.find(parts[1]))) return [word];
      const second = word.start + parts[0].length + 1;
      return [{ text: parts[0], start: word.start, end: word.start + parts[0].length }, { text: parts[1], start: second, end: word.end }];
    });
  }

  /** First pass over one capitalised sequence: lexicon entries, titles, full names. */
  sequence(raw: Word[], sentence: Sentence): void {
    let words = raw;
    if (words.length > 1 && /^the$/i.test(words[0].text)) words = words.slice(1);
    while (words.length && (NOT_NAMES.has(words[0].text.toLowerCase().replace(/\.$/, "")) && !titleAt(words, 0) && !countryAt(words, 0) && !organizationAt(words, 0))) words = words.slice(1);
    if (words.length && words[0].start === sentence.start && posAt(this.analysis, words[0].start) !== "PROPN" && !titleAt(words, 0) && !countryAt(words, 0) && !organizationAt(words, 0) && !this.registry.knownNamed(words[0].text)) words = words.slice(1);
    const split = this.splitHyphens(words);
    if (split.length > words.length) {
      for (const word of split) this.sequence([word], sentence);
      return;
    }
    if (!words.length) return;
    if (words.some((word) => word.text.includes("-") && !/^(?:\p{Lu}[\p{Ll}]+|al|el)-\p{Lu}/u.test(word.text)) && words.length === 1) return;
    // "US President Donald Trump", "UN Secretary-General António Guterres", "Defence Minister Israel Katz".
    // "Civil Protection General Directorate": a name ending in a body's head noun is the body's, whatever title word it holds.
    const body = ORGANIZATION_HEADS[words.at(-1)!.text.toLowerCase()] !== undefined;
    for (let k = 0; k < words.length - 1 && !body; k++) {
      const n = titleAt(words, k);
      if (!n || k + n >= words.length || countryAt(words, k + n) === words.length - k - n) continue;
      const holderOf = k ? this.modifier(words.slice(0, k), sentence) : undefined;
      let name = words.slice(k + n);
      while (name.length > 1 && titleAt(name, 0) && titleAt(name, 0) < name.length) name = name.slice(titleAt(name, 0));
      this.holder(name, sentence, joined(words.slice(k, k + n), this.analysis.text), holderOf, words[0].start);
      return;
    }
    let i = 0;
    while (i < words.length) {
      const org = organizationAt(words, i);
      if (org && i + org === words.length) {
        this.organization(words.slice(i), sentence);
        return;
      }
      const countryWords = countryAt(words, i);
      if (!countryWords) break;
      const rest = words.slice(i + countryWords);
      if (rest.length && ORGANIZATION_HEADS[rest.at(-1)!.text.toLowerCase()]) {
        this.organization(words.slice(i), sentence, words.slice(i, i + countryWords));
        return;
      }
      const country = addCountry(this.registry, joined(words.slice(i, i + countryWords), this.analysis.text), span(words.slice(i, i + countryWords)));
      const end = words[i + countryWords - 1].end;
      this.mention("NAME", span(words.slice(i, i + countryWords)), country, rest.length > 0 || this.isPossessive(end) || NOUN_AFTER.test(this.analysis.text.slice(end, end + 12)) && !speechAfter.test(this.analysis.text.slice(end, end + 30)));
      if (this.isPossessive(end)) this.lowercaseOrganization(end, country);
      i += countryWords;
    }
    const rest = words.slice(i);
    if (rest.length) this.holder(rest, sentence, undefined, undefined, undefined, this.possessor(rest[0].start));
  }

  /** What stands before a title: a country ("US"), an organisation ("UN", "Palestinian Authority"). */
  private modifier(words: Word[], sentence: Sentence): DraftActor | undefined {
    const name = joined(words, this.analysis.text);
    if (countryAt(words, 0) === words.length) {
      const country = addCountry(this.registry, name, span(words));
      this.mention("NAME", span(words), country, true);
      return country;
    }
    if (organizationAt(words, 0) === words.length || (words.length > 1 && ORGANIZATION_HEADS[words.at(-1)!.text.toLowerCase()])) {
      return this.organization(words, sentence, countryAt(words, 0) ? words.slice(0, countryAt(words, 0)) : undefined, undefined, true);
    }
    return undefined;
  }

  /** A name: a place, an organisation, or a person (with the title and what it is held for, when the article gives them). */
  /** The country whose possessive stands right before `start`: "India’s" in "India’s S. Jaishankar". */
  private possessor(start: number): DraftActor | undefined {
    const before = this.mentions.at(-1);
    if (!before || before.actor?.kind !== "COUNTRY" || !/^['’]s\s+$/.test(this.analysis.text.slice(before.end, start))) return undefined;
    return before.actor;
  }

  private holder(rest: Word[], sentence: Sentence, title?: string, of?: DraftActor, roleStart?: number, possessor?: DraftActor): void {
    const text = this.analysis.text;
    const name = joined(rest, text);
    const last = rest.at(-1)!.text.toLowerCase();
    const preposition = /\b(?:in|at|near|into|outside|across|towards|toward|aboard|(?:city|town|resort|port|village|province|region) of)\s+(?:the\s+)?$/.test(text.slice(Math.max(0, rest[0].start - 24), rest[0].start)) && !this.isPossessive(rest.at(-1)!.end);
    const known = this.registry.knownNamed(name);
    // "Hurricane Melissa", "World War II", "the Fifth Republic": events and eras, not actors.
    if (!known && rest.length > 1 && (EVENT_HEADS.has(rest[0].text.toLowerCase()) ||
      (/^(?:war|republic|era|dynasty)$/i.test(last) && ERA_WORDS.has(rest.at(-2)!.text.toLowerCase())) || (/^[IVX]+$/.test(rest.at(-1)!.text) && /^war$/i.test(rest.at(-2)!.text)))) return;
    // "SHARM EL-SHEIKH, Egypt —": a dateline in capitals names a place.
    const dateline = rest.length > 1 && rest.every((word) => !/\p{Ll}/u.test(word.text));
    if (!title && !known && (name in PLACES || PLACE_HEADS.has(last) || dateline || (preposition && !this.registry.find(name) && !ORGANIZATION_HEADS[last]))) {
      this.places.push({ ...span(rest), name, country: PLACES[name] });
      return;
    }
    if (rest.length > 1 && /\bof\b/.test(name) && !ORGANIZATION_HEADS[rest[0].text.toLowerCase()] && !ORGANIZATION_HEADS[last]) {
      for (const part of name.split(/\s+of(?: the)?\s+/)) {
        const offset = text.indexOf(part, rest[0].start);
        this.sequence(wordsOf(part, offset), sentence);
      }
      return;
    }
    if (!title && rest.length > 1 && (ORGANIZATION_HEADS[last] || ORGANIZATION_HEADS[rest[0].text.toLowerCase()] && /\bof\b/.test(name))) {
      this.organization(rest, sentence, undefined, of ?? possessor);
      return;
    }
    // "the Knesset", "the Senate": a body named by its head noun alone.
    if (rest.length === 1 && !known && !title && ORGANIZATION_HEADS[last] === "GOVERNMENT_BODY" && /\bthe\s+$/i.test(text.slice(Math.max(0, rest[0].start - 4), rest[0].start))) {
      // "the Assembly" after "France's National Assembly" (or "the House" after "House of Representatives"): the one body already named with that head noun.
      const named = [...this.registry.actors.values()].filter((actor) => actor.kind === "GOVERNMENT_BODY" && actor.name.includes(" ") && headNoun(actor.name) === last);
      if (named.length === 1) this.mention("NAME", span(rest), named[0], this.isPossessive(rest[0].end));
      else this.organization(rest, sentence, undefined, of ?? possessor);
      return;
    }
    if (rest.length === 1 && !known) {
      this.singles.push({ word: rest[0], sentence, titled: title, country: of });
      return;
    }
    const quoted = insideQuote(this.analysis, rest[0].start);
    if ((sentence.heading || quoted) && !known && !title) return;
    if (rest.length > 6) return;
    const person = this.registry.add(name, known?.kind ?? (MEDIUM_AFTER.test(text.slice(rest.at(-1)!.end, rest.at(-1)!.end + 20)) ? "MEDIA" : "PERSON"), span(rest), { country: (of ?? possessor)?.kind === "COUNTRY" ? (of ?? possessor)!.key : undefined, confidence: title ? 0.85 : 0.7 });
    const end = rest.at(-1)!.end;
    this.mention("NAME", span(rest), person, this.isPossessive(end) && !speechAfter.test(text.slice(end + 2, end + 40)));
    if (title && person.kind === "PERSON" && !HONORIFICS.has(title.toLowerCase())) this.roles.push({ holder: person, title: titleCase(title), of, start: roleStart ?? rest[0].start, end });
  }

  /** "Ukraine's air force", "the Israeli military", "Egypt’s presidency": an organisation the article names in lowercase. */
  private lowercaseOrganization(after: number, country: DraftActor | undefined, from?: number): void {
    const text = this.analysis.text;
    const match = LOWERCASE_ORG.exec(text.slice(after, after + 40));
    if (!match) return;
    const start = from ?? after - (text.slice(Math.max(0, after - 60), after).match(/[\p{L}]+$/u)?.[0].length ?? 0);
    const end = after + match[0].length;
    const name = text.slice(start, end).replace(/^the\s+/i, "");
    const head = match[1].split(" ").at(-1)!;
    const actor = this.registry.add(name, ORGANIZATION_HEADS[head] ?? "GOVERNMENT_BODY", { start, end }, { country: country?.key, confidence: 0.6 });
    this.mention("NAME", { start, end }, actor, this.isPossessive(end));
  }

  /** Demonym + lowercase organisation: "the Israeli military said". */
  demonymOrganizations(): void {
    const text = this.analysis.text;
    for (const mention of [...this.mentions]) {
      if (mention.kind !== "NAME" || mention.actor?.kind !== "COUNTRY" || this.isPossessive(mention.end)) continue;
      if (LOWERCASE_ORG.test(text.slice(mention.end, mention.end + 40))) this.lowercaseOrganization(mention.end, mention.actor, mention.start);
    }
  }

  private organization(words: Word[], sentence: Sentence, countryWords?: Word[], country?: DraftActor, modifier = false): DraftActor | undefined {
    const name = joined(words, this.analysis.text);
    const entry = organizationNamed(name);
    const home = countryWords ? addCountry(this.registry, joined(countryWords, this.analysis.text), span(countryWords)) : country;
    if ((sentence.heading || insideQuote(this.analysis, words[0].start)) && !entry && !this.registry.knownNamed(name) && !this.registry.find(name)) return undefined;
    const homeEntry = entry?.country ? addCountry(this.registry, entry.country, span(words)) : home;
    // "Russia's Defence Ministry": a body the article names by its country is also known by those words.
    const owner = home && !entry ? /(?:^|[^\p{L}.])(\p{Lu}\p{L}*(?: \p{Lu}\p{L}*)*['’]s )$/u.exec(this.analysis.text.slice(Math.max(0, words[0].start - 30), words[0].start)) : null;
    const aliases = entry && normalizeName(entry.name) !== normalizeName(name) ? [name] : [];
    if (owner) aliases.push(`${owner[1]}${name}`);
    // "Assembly of the Republic": the head noun opens the name.
    const head = ORGANIZATION_HEADS[words.at(-1)!.text.toLowerCase()] ?? (/^\S+ of\b/.test(name) ? ORGANIZATION_HEADS[words[0].text.toLowerCase()] : undefined);
    const actor = this.registry.add(entry?.name ?? name, entry?.kind ?? head ?? "ORGANIZATION", span(words), {
      wikidataId: entry?.wikidataId,
      aliases,
      country: homeEntry?.key,
      confidence: entry ? 0.9 : 0.75,
    });
    this.mention("NAME", span(words), actor, modifier || this.isPossessive(words.at(-1)!.end));
    return actor;
  }

  /** Second pass: a single capitalised word is a person's first or last name, a known actor, or nobody. */
  resolveSingles(): void {
    const persons = [...this.registry.actors.values()].filter((actor) => actor.kind === "PERSON" && actor.name.includes(" "));
    for (const { word, sentence, titled, country } of this.singles) {
      const direct = this.registry.find(word.text);
      const partsOf = (person: DraftActor) => person.name.split(" ").map((part) => part.replace(/^(?:al|el|ad|as)-/, ""));
      const byPart = direct ? undefined : persons.filter((person) => {
        const parts = partsOf(person);
        return parts.at(-1) === word.text || parts[0] === word.text;
      });
      // "Lula" for "Luiz Inácio Lula da Silva": a middle name, when no first or last name fits.
      const byMiddle = direct || byPart?.length ? undefined : persons.filter((person) => partsOf(person).slice(1, -1).includes(word.text));
      let actor = direct ?? (byPart?.length === 1 ? byPart[0] : byMiddle?.length === 1 ? byMiddle[0] : undefined);
      const known = this.registry.knownNamed(word.text);
      if (!actor && known) actor = this.registry.add(known.name, known.kind, word, { wikidataId: known.wikidataId });
      const speaks = speechAfter.test(this.analysis.text.slice(word.end, word.end + 40));
      // "told RTL radio": an outlet named by the kind of medium after it.
      if (!actor && !sentence.heading && MEDIUM_AFTER.test(this.analysis.text.slice(word.end, word.end + 20))) actor = this.registry.add(word.text, "MEDIA", word, { confidence: 0.6 });
      if (!actor && !sentence.heading && (titled || speaks) && posAt(this.analysis, word.start) === "PROPN") {
        // "the ANO leader said": an acronym names a body, not a person.
        actor = this.registry.add(word.text, /^\p{Lu}{2,6}$/u.test(word.text) ? "ORGANIZATION" : "PERSON", word, { country: country?.key, confidence: 0.5 });
      }
      if (!actor) continue;
      this.registry.alias(actor, word.text);
      this.mention("NAME", word, actor, this.isPossessive(word.end) && !speaks);
      if (titled && !HONORIFICS.has(titled.toLowerCase())) this.roles.push({ holder: actor, title: titleCase(titled), of: country, start: word.start - titled.length - 1, end: word.end });
    }
  }

  /** "the French President", "the prime minister": the holder of that role among the article's roles or the known ones. */
  roleNouns(): void {
    const text = this.analysis.text;
    // Roles the article gives through resolved role nouns ("the US president" for Trump): they resolve later bare ones too.
    const implied: RoleFinding[] = [];
    for (const match of text.matchAll(ROLE_NOUN)) {
      // "the new prime minister", "the former president": the role itself.
      const qualifier = /^(?:new|former|outgoing|incoming|interim|acting|then|current|late)$/i.test(match[1].trim()) ? "" : match[1].trim();
      const body = qualifier && !countryNamed(qualifier) ? this.registry.find(qualifier) : undefined;
      const country = qualifier ? countryNamed(qualifier) ?? body : undefined;
      const title = match[2].toLowerCase();
      const end = match.index + match[0].length;
      if (qualifier && !country) {
        // "the security chief" after "Security Secretary Chris Tang": the holder of a role the article named with that word.
        if (!/^\p{Ll}+$/u.test(qualifier)) continue;
        const holders = this.roles.filter((role) => role.start < match.index && text.slice(role.start, role.end).toLowerCase().split(/\s+/).includes(qualifier)).map((role) => role.holder);
        if (new Set(holders).size === 1) this.mention("ROLE", { start: match.index, end }, holders[0]);
        continue;
      }
      // "The French foreign minister, Jean-Noël Barrot, has said": the role noun is the name in apposition.
      const apposed = this.mentions.find((mention) => mention.kind === "NAME" && mention.actor?.kind === "PERSON" && /^(?:\s+(?:of|for)\s+(?:the\s+)?\p{Lu}[\p{L}’'-]*(?:\s+\p{Lu}[\p{L}’'-]*){0,3})?,\s+$/u.test(text.slice(end, mention.start)) && /^,/.test(text.slice(mention.end, mention.end + 1)))?.actor;
      const lastSeen = (actor: DraftActor) => this.mentions.filter((mention) => mention.actor === actor && !mention.inQuote && mention.start < match.index).at(-1)?.start ?? -1;
      const earlier = [...this.roles, ...implied].filter((role) => role.start < match.index && !insideQuote(this.analysis, role.start));
      // "the American president" is "President Donald Trump" too, when the article tied him to no other country.
      const sameOf = (role: RoleFinding) => !country || normalizeName(role.of?.name ?? "") === normalizeName(country.name);
      const titled = earlier.filter((role) => role.title.toLowerCase() === title && sameOf(role));
      if (!titled.length && country) titled.push(...earlier.filter((role) => role.title.toLowerCase() === title && !role.of && !role.holder.country));
      // A bare "the president" is a head of state or government before a body's president ("Commission President …").
      const ofState = country ? titled : titled.filter((role) => !role.of || role.of.kind === "COUNTRY");
      const candidates = (ofState.length ? ofState : titled).sort((a, b) => lastSeen(a.holder) - lastSeen(b.holder));
      const sameCountry = country && !candidates.length ? [...new Set(earlier.filter((role) => role.of && normalizeName(role.of.name) === normalizeName(country.name)).map((role) => role.holder))] : [];
      let holder = apposed ?? (candidates.length ? candidates.at(-1)!.holder : sameCountry.length === 1 ? sameCountry[0] : undefined);
      if (!holder && country) {
        // "the Indian minister": the last person the article tied to that country, else the last person it tied to no other country.
        const people = this.mentions.filter((mention) => mention.kind === "NAME" && mention.start < match.index && !mention.inQuote && mention.actor?.kind === "PERSON");
        const countryKey = [...this.registry.actors.values()].find((actor) => actor.kind === "COUNTRY" && actor.name === country.name)?.key;
        const otherCountry = (person: DraftActor) => (person.country !== undefined && person.country !== countryKey) ||
          earlier.some((role) => role.holder === person && role.of?.kind === "COUNTRY" && role.of.key !== countryKey);
        holder = people.filter((mention) => mention.actor!.country === countryKey).at(-1)?.actor ??
          people.filter((mention) => !otherCountry(mention.actor!)).at(-1)?.actor;
      }
      if (!holder && !qualifier) {
        // "the spokesman said": the last person named in this paragraph or the one before, when the article gave that person no other role.
        const paragraph = sentenceAt(this.analysis, match.index).paragraph;
        const person = this.mentions.filter((mention) => mention.kind === "NAME" && mention.start < match.index && !mention.inQuote && mention.actor?.kind === "PERSON" &&
          sentenceAt(this.analysis, mention.start).paragraph >= paragraph - 1).at(-1)?.actor;
        if (person && !earlier.some((role) => role.holder === person)) holder = person;
      }
      if (!holder) {
        const known = this.registry.known.actors.find((actor) => actor.roles.some((role) => role.title.toLowerCase() === title && heldOn(role, this.publishedOn) && (!country || normalizeName(role.of ?? "") === normalizeName(country.name))));
        if (known) holder = this.registry.addKnown(known, { start: match.index, end: match.index + match[0].length });
      }
      this.mention("ROLE", { start: match.index, end }, holder);
      const countryActor = country && [...this.registry.actors.values()].find((actor) => actor.kind === "COUNTRY" && actor.name === country.name);
      if (holder && countryActor) {
        implied.push({ holder, title: titleCase(title), of: countryActor, start: match.index, end });
        // "The American diplomat" ties Rubio to the United States.
        if (holder.kind === "PERSON") holder.country ??= countryActor.key;
      }
    }
  }

  /**
   * "Netanyahu's office said": a person's office is a body of its own (GOVERNMENT_BODY), named as the article words it
   * and, when the article gives the person a role, as that role's office ("Office of the Prime Minister").
   */
  offices(): void {
    const text = this.analysis.text;
    for (const mention of [...this.mentions]) {
      if (mention.kind !== "NAME" || mention.actor?.kind !== "PERSON" || mention.inQuote) continue;
      const office = /^['’]s\s+((?:private\s+|press\s+|presidential\s+)?office)\b/.exec(text.slice(mention.end, mention.end + 30));
      if (!office) continue;
      const person = mention.actor;
      const end = mention.end + office[0].length;
      const words = text.slice(mention.start, end);
      const role = this.roles.find((found) => found.holder === person);
      const aliases = [`${person.name}'s ${office[1]}`];
      if (role) aliases.push(`Office of the ${role.title}`, `${role.title}'s Office`, ...(role.of ? [`Office of the ${role.title} of ${role.of.name}`] : []));
      const actor = this.registry.add(words, "GOVERNMENT_BODY", { start: mention.start, end }, { aliases, country: person.country ?? (role?.of?.kind === "COUNTRY" ? role.of.key : undefined), confidence: 0.7 });
      this.mention("NAME", { start: mention.start, end }, actor, this.isPossessive(end));
    }
  }

  /**
   * "The army said", "according to police", "the foreign ministry said in a statement": a body named by its noun alone,
   * as a speaker or a source, is that body of the country the article mentions most.
   */
  homeBodies(): void {
    const text = this.analysis.text;
    const counts = new Map<DraftActor, number>();
    for (const mention of this.mentions) if (mention.actor?.kind === "COUNTRY" && !mention.inQuote) counts.set(mention.actor, (counts.get(mention.actor) ?? 0) + 1);
    const home = [...counts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0];
    for (const match of text.matchAll(HOME_BODY)) {
      const start = match.index + match[1].length;
      const end = match.index + match[0].length;
      if (insideQuote(this.analysis, start) || this.mentions.some((mention) => mention.start < end && mention.end > start)) continue;
      if (!speechAfter.test(text.slice(end, end + 40)) && !/\baccording to\s+(?:the\s+)?$/i.test(text.slice(Math.max(0, start - 18), start))) continue;
      const noun = match[2].toLowerCase();
      const area = /^(\p{L}+) ministry$/u.exec(noun)?.[1];
      // With no country in the article, the body keeps its noun for a name ("Electoral Commission").
      const of = home ? ` of ${home.name}` : "";
      const name = area ? `Ministry of ${MINISTRY_AREAS[area] ?? titleCase(area)}${of}` : home && !/\b(?:commission|department|service|services|brigade|agency)$/.test(noun) ? `${home.name} ${titleCase(noun)}` : titleCase(noun);
      const kind = ORGANIZATION_HEADS[noun.split(" ").at(-1)!] ?? "GOVERNMENT_BODY";
      // "Kenyan police said …; the death toll, police said, …": the body the article already named.
      const named = [...this.registry.actors.values()].find((actor) => actor.kind === kind && actor.country === home?.key && normalizeName(actor.name).endsWith(` ${noun}`));
      const actor = named ?? this.registry.add(name, kind, { start, end }, { aliases: [noun], country: home?.key, confidence: 0.6 });
      this.mention("NAME", { start, end }, actor, this.isPossessive(end));
    }
  }

  /** "One person died in the Dominican Republic, its emergency operations center said": a body of the country just named. */
  possessedBodies(): void {
    const text = this.analysis.text;
    for (const match of text.matchAll(POSSESSED_BODY)) {
      const start = match.index + match[0].length - match[1].length;
      const end = match.index + match[0].length;
      if (insideQuote(this.analysis, start) || !speechAfter.test(text.slice(end, end + 40))) continue;
      // The mentions are not sorted yet while they are being found.
      const sentence = sentenceAt(this.analysis, match.index).index;
      const owner = this.mentions.filter((mention) => mention.kind === "NAME" && mention.sentence === sentence && mention.end <= match.index).sort((a, b) => a.start - b.start).at(-1)?.actor;
      if (owner?.kind !== "COUNTRY") continue;
      const actor = this.registry.add(titleCase(match[1]), ORGANIZATION_HEADS[match[2]] ?? "GOVERNMENT_BODY", { start, end }, { aliases: [`${owner.name}'s ${match[1]}`], country: owner.key, confidence: 0.6 });
      this.mention("NAME", { start, end }, actor);
    }
  }

  /** "the agency estimated", "the group added": the body last named before, one whose name has that noun when there is one. */
  bodyNouns(): void {
    const text = this.analysis.text;
    for (const match of text.matchAll(BODY_NOUN)) {
      if (this.mentions.some((mention) => mention.start <= match.index && mention.end > match.index)) continue;
      const head = match[1];
      const bodies = this.mentions.filter((mention) => mention.kind === "NAME" && !mention.inQuote && mention.start < match.index && mention.actor &&
        BODY_KINDS.has(mention.actor.kind));
      const named = bodies.filter((mention) => normalizeName(mention.actor!.name).split(" ").includes(head));
      const holder = (named.length ? named : GENERIC_BODY_NOUNS.has(head) ? bodies : []).at(-1)?.actor;
      if (holder) this.mention("ROLE", { start: match.index, end: match.index + match[0].length }, holder);
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
      last.set(head, description);
      const start = match.index;
      // "…, the Taliban government's chief spokesman said. Zabihullah Mujahid wrote on X …": a role named first, its holder next.
      const named = definite && modifiers.trim() && !noun.endsWith("s") ? this.namedNext(start) : undefined;
      if (named) {
        this.mention("ROLE", { start, end: start + whole.length }, named);
        this.roles.push({ holder: named, title: titleCase(noun), start, end: start + whole.length });
        continue;
      }
      this.mention("SOURCE", { start, end: start + whole.length }, undefined, false, description);
    }
    for (const mention of this.mentions) {
      if (mention.kind !== "SOURCE") continue;
      const later = [...last.entries()].find(([head, description]) => mention.description!.endsWith(head) && description.startsWith(mention.description!));
      if (later) mention.description = later[1];
    }
  }

  /** The person whose name opens the sentence after the one at `offset`, when the article names them there first. */
  private namedNext(offset: number): DraftActor | undefined {
    const sentence = sentenceAt(this.analysis, offset);
    const next = this.analysis.sentences[sentence.index + 1];
    if (!next || next.paragraph > sentence.paragraph + 1) return undefined;
    const opening = this.mentions.find((mention) => mention.kind === "NAME" && mention.start === next.start && mention.actor?.kind === "PERSON");
    return opening && !this.mentions.some((mention) => mention.actor === opening.actor && mention.start < next.start) ? opening.actor : undefined;
  }

  /** "Ukrainian officials said", "according to regional officials": plural sources without an article. */
  barePluralSources(): void {
    const text = this.analysis.text;
    for (const match of text.matchAll(BARE_SOURCE)) {
      const start = match.index + match[1].length;
      if (/\b(?:the|a|an|of|for|with|some|many)\s+$/i.test(text.slice(Math.max(0, start - 6), start))) continue;
      if (this.mentions.some((mention) => mention.start <= start && mention.end > start && mention.kind === "SOURCE")) continue;
      if (insideQuote(this.analysis, start)) continue;
      const description = match[0].slice(match[1].length).trim();
      this.mention("SOURCE", { start, end: start + description.length }, undefined, false, description);
    }
  }

  /** "he"/"she": the person the sentence is about, else the last person named before it. */
  pronouns(): void {
    const text = this.analysis.text;
    const people = this.mentions.filter((mention) => !mention.inQuote && !mention.modifier && mention.actor?.kind === "PERSON").sort((a, b) => a.start - b.start);
    const gender = this.genders(people);
    for (const match of text.matchAll(PRONOUN)) {
      if (insideQuote(this.analysis, match.index)) continue;
      const sentence = sentenceAt(this.analysis, match.index).index;
      // "she" is never a person the article calls "he" (and the other way round).
      const pronounGender = /^s/i.test(match[0]) ? "F" : "M";
      const before = people.filter((mention) => mention.start < match.index && mention.sentence >= sentence - 3 && (gender.get(mention.actor!) ?? pronounGender) === pronounGender);
      const latest = before.at(-1)?.sentence;
      // The subject: the first person of the pronoun's own sentence, else of the last sentence that names one.
      // Within that sentence, for "she", a woman the article has shown to be one comes before a person of unknown gender.
      const known = (mention: Mention) => Number(pronounGender === "F" && gender.has(mention.actor!));
      const inSentence = (index: number | undefined) => before.filter((mention) => mention.sentence === index).sort((a, b) => known(b) - known(a))[0];
      const subject = inSentence(sentence) ?? inSentence(latest);
      this.mention("PRONOUN", { start: match.index, end: match.index + match[0].length }, subject?.actor);
      if (subject) people.splice(people.findIndex((mention) => mention.start > match.index) >>> 0, 0, this.mentions.at(-1)!);
    }
  }

  /** "Two people close to the prime minister … said …. They named …": "they" continues the plural unnamed source just quoted. */
  pluralPronouns(): void {
    const text = this.analysis.text;
    const sources = this.mentions.filter((mention) => mention.kind === "SOURCE" && !mention.inQuote && (mention.description ?? "").split(/\s+/).some((word) => PLURAL_SOURCE_NOUNS.has(word))).sort((a, b) => a.start - b.start);
    if (!sources.length) return;
    for (const match of text.matchAll(/\b[Tt]hey\b/g)) {
      if (insideQuote(this.analysis, match.index)) continue;
      const sentence = sentenceAt(this.analysis, match.index).index;
      const source = sources.filter((mention) => mention.start < match.index && mention.sentence >= sentence - 2).at(-1);
      if (source) this.mention("SOURCE", { start: match.index, end: match.index + match[0].length }, undefined, false, source.description);
    }
  }

  /**
   * What the article tells of each person's gender: a gendered title before the name ("Ms", "spokeswoman") or a
   * pronoun after it in the same clause with no other person between ("Takaichi is expected to hold her first …").
   */
  private genders(people: Mention[]): Map<DraftActor, "F" | "M"> {
    const text = this.analysis.text;
    const votes = new Map<DraftActor, number>();
    people.forEach((mention, i) => {
      if (mention.kind !== "NAME") return;
      const sentenceEnd = this.analysis.sentences[mention.sentence].end;
      const next = people[i + 1]?.start ?? sentenceEnd;
      const after = text.slice(mention.end, Math.min(next, sentenceEnd, mention.end + 80)).split(/[;“”"]/)[0];
      const title = text.slice(Math.max(0, mention.start - 14), mention.start);
      // The first pronoun after the name: "her first summit talks with him" tells of the name, not of "him".
      const pronoun = /\b(?:(she|her|herself)|he|his|him|himself)\b/i.exec(after);
      let vote = pronoun ? (pronoun[1] ? 1 : -1) : 0;
      if (/\b(?:Ms|Mrs|Madam|Queen|Princess|Dame|spokeswoman|chairwoman)\.?\s+$/.test(title)) vote++;
      if (/\b(?:Mr|King|Prince|Sir|spokesman|chairman)\.?\s+$/.test(title)) vote--;
      votes.set(mention.actor!, (votes.get(mention.actor!) ?? 0) + vote);
    });
    const genders = new Map<DraftActor, "F" | "M">();
    for (const [actor, vote] of votes) if (vote) genders.set(actor, vote > 0 ? "F" : "M");
    return genders;
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

const PLURAL_SOURCE_NOUNS = new Set(SOURCE_NOUNS.filter((noun) => noun.endsWith("s") || noun === "people"));
const MEDIUM_AFTER = /^\s+(?:radio|television|TV|newspaper|daily|broadcaster|news agency|channel|magazine|weekly)\b/;
const HOME_BODY = /(?<![\p{L}’'-]|\p{Lu}[\p{L}’'-]*\s)((?:[Tt]he\s+)?)(police|army|military|armed forces|navy|air force|coast guard|(?:foreign|defen[cs]e|health|interior|finance|economy|trade|commerce|justice|education|home) ministry|(?:electoral|election) commission|fire (?:department|service|services|brigade)|(?:disaster|emergency)(?: management)? agency)\b/gu;
const POSSESSED_BODY = /\bits\s+((?:[\p{Ll}-]+\s+){0,3}(center|centre|command|ministry|agency|service|office|department|commission|authority|council|directorate|committee|institute|bureau))\b/gu;
const MINISTRY_AREAS: Record<string, string> = { foreign: "Foreign Affairs", interior: "Internal Affairs", home: "Home Affairs" };
/** A lowercase word after a country that makes it a modifier ("China trade"), not a preposition or verb ("visit China in April"). */
const NOUN_AFTER = /^\s(?!(?:in|on|at|and|or|to|for|with|by|from|after|before|last|next|this|that|was|is|were|are|has|had|have|will|would|could|over|later|earlier|since|during|but|as|amid|if|until)\b)\p{Ll}/u;
const BODY_NOUN = /\b[Tt]he\s+(agency|ministry|department|office|authority|service|commission|council|organisation|organization|group|company|body|bloc|alliance|coalition|committee|court)\b(?!\s+(?:of\s+)?\p{Lu})/gu;
const GENERIC_BODY_NOUNS = new Set(["agency", "organisation", "organization", "group", "body"]);
const BODY_KINDS = new Set<DraftActor["kind"]>(["GOVERNMENT_BODY", "ORGANIZATION", "MILITARY_UNIT", "COALITION", "OTHER"]);

/** Every actor, place and role the article names, and each phrase that refers to an actor. */
export function findMentions(analysis: Analysis, registry: ActorRegistry, publishedOn: string | undefined): Mentions {
  const finder = new MentionFinder(analysis, registry, publishedOn);
  for (const sentence of analysis.sentences) {
    const text = analysis.text.slice(sentence.start, sentence.end);
    for (const match of text.matchAll(SEQUENCE)) finder.sequence(wordsOf(match[0], sentence.start + match.index), sentence);
  }
  finder.resolveSingles();
  finder.demonymOrganizations();
  finder.possessiveRoles();
  finder.roleNouns();
  finder.offices();
  finder.homeBodies();
  finder.possessedBodies();
  finder.bodyNouns();
  finder.sources();
  finder.barePluralSources();
  finder.pronouns();
  finder.pluralPronouns();
  finder.mentions.sort((a, b) => a.start - b.start || b.end - a.end);
  // Names inside an unnamed source's description ("a Ukrainian presidency official") are its affiliation, not speakers;
  // inside a role noun ("the Chilean leader"), they qualify the role.
  for (const source of finder.mentions) {
    if (source.kind !== "SOURCE" && source.kind !== "ROLE") continue;
    for (const mention of within(finder.mentions, source.start, source.end)) if (mention.kind === "NAME") mention.modifier = true;
  }
  const mentions = finder.mentions.filter((mention, i, all) => i === 0 || mention.start >= all[i - 1].end || mention.kind === "NAME");
  return { registry, mentions, places: finder.places, roles: finder.roles };
}
