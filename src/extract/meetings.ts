import type { Analysis, Sentence } from "./analysis.js";
import type { DraftActor } from "./actors.js";
import type { ResolvedDate } from "./dates.js";
import { within, type Mention, type PlaceMention, type RoleFinding } from "./mention.js";
import { headNoun } from "./name-patterns.js";

export interface MeetingCandidate {
  status: "PLANNED" | "HELD" | "CANCELLED";
  attendees: DraftActor[];
  date?: ResolvedDate;
  place?: PlaceMention | DraftActor;
  start: number;
  end: number;
  sentence: Sentence;
  confidence: number;
}

/** Words that report a meeting; the group names who met. */
const TRIGGER = /\b(?:(met|meet|meets|meeting|talks|summit|round(?=\s+(?:of talks|of negotiations|planned|scheduled|due)\b)|spoke|speak|speaks|spoken|call|visit|visited|hosted|hosts|host|hosting|co-hosted|co-chaired|chaired|attended|attend|attends|sat down|signed|addressed|received|receives|travel|travels|travelled|traveled|trip|state visit)(?:\s+(?:by phone\s+)?(?:with|between|to|by)|(?=[^.;,]{0,25}\bbetween\b))?)\b/g;
const PLANNED = /\b(?:plans?|planned|planning|will|would|could|might|is to|are to|due|expected|set|scheduled|hopes?|wants?|intends?|agreed|upcoming|next|proposed|invited|looking forward)\b[^.,;]{0,30}$/i;
const CANCELLED = /\b(?:cancel(?:l)?ed|called off|postponed|scrapped|shelved)\b/i;
const ATTENDABLE = new Set<DraftActor["kind"]>(["PERSON", "ORGANIZATION", "GOVERNMENT_BODY", "COUNTRY", "COALITION"]);
const ENVOYS_FROM = /\b(?:directors|officials|delegations?|delegates|ministers|diplomats|envoys|negotiators|representatives|leaders|commanders|counterparts)\s+(?:from|of)\s+(?:the\s+)?$/i;
const ABSENT = /\binvited\b[^.;]{0,40}\b(?:did not|didn['’]t|declined to|chose not to|failed to)\s+(?:attend|come|go|travel)\b/i;
/** "the two sides", "both leaders": the parties the article has been about, not named again. */
const COLLECTIVE = /\b(?:[Tt]he two|[Bb]oth(?: the)?)\s+(?:\p{Ll}+\s+)?(sides|countries|nations|governments|neighbou?rs|delegations|leaders|men|presidents|prime ministers)\b/gu;
const DEMONYM_DELEGATES = /^(?:,\s+\p{Lu}\p{L}+|,?\s+and\s+(?:the\s+)?\p{Lu}\p{L}+)*\s+(?:leaders|presidents|prime ministers|foreign ministers|ministers|ambassadors|delegations|envoys|heads of state|officials|negotiators|counterparts)\b/u;
const DELEGATES_OF = /\b(?:ministers|leaders|presidents|heads of (?:state|government)|envoys|counterparts)\s+(?:from|of)\s+(?:the\s+)?/i;
const UNNAMED_GUESTS = /^\s+(?:(?:a|an|the|his|her|their|dozens of|some|several|about|more than)\s+)?(?:[\p{Ll}\d-]+\s+){0,2}(?:executives|business leaders|leaders|officials|delegations?|ministers|guests|representatives|counterparts|envoys|lawmakers|(?:dinner|reception|roundtable|banquet|meeting|summit)\b)/u;
const PARTY_KINDS = new Set<DraftActor["kind"]>(["COUNTRY", "COALITION"]);
const JOINED_IN = /\b(?:sat in on|(?:the|that|this)\s+(?:meeting|talks|summit|conference|gathering)\s+(?:was|were)\s+(?:also\s+)?attended by|also (?:attended|took part|joined)|(?:were|was) also (?:present|attending|in attendance)|also attending)\b/i;
/** "Later in the day Rubio hosted …": the day of the meeting reported before. */
const SAME_DAY = /\b(?:later (?:in|on) the (?:same )?day|later that day|the same day|that evening|later that evening)\b/i;
/** "he told lawmakers", "addressed the chamber": an address to a parliament, a meeting the parliament hosts. */
const ADDRESS = /\b(?:told|addressed|addressing|telling)\s+(?:the\s+)?(?:\p{Lu}\p{L}+\s+)?(?:lawmakers|legislators|MPs|deputies|parliamentarians|senators|parliament|chamber)\b/u;
const PARLIAMENT_HEADS = new Set(["parliament", "assembly", "knesset", "congress", "senate", "duma", "bundestag", "house", "chamber", "diet"]);
const DEFINITE = /\b(?:the|that|this)\s+(?:meeting|talks|summit|call|visit)\b/i;

export class MeetingFinder {
  readonly meetings: MeetingCandidate[] = [];

  constructor(
    private readonly analysis: Analysis,
    private readonly mentions: Mention[],
    private readonly places: PlaceMention[],
    private readonly roles: RoleFinding[],
    private readonly datesOf: (sentence: Sentence) => ResolvedDate[],
  ) {}

  private attendable(start: number, end: number): Mention[] {
    const text = this.analysis.text;
    return within(this.mentions, start, end).filter((mention) => !mention.inQuote && (!mention.modifier || this.demonymOfDelegates(mention)) &&
      mention.actor && ATTENDABLE.has(mention.actor.kind) && (!/\b(?:in|at|to|against|on|from|over|about|of)\s+(?:the\s+)?$/i.test(text.slice(Math.max(start, mention.start - 12), mention.start)) ||
        // "political directors from Britain": envoys from a country stand for it.
        ENVOYS_FROM.test(text.slice(Math.max(0, mention.start - 40), mention.start))));
  }

  /** "the Somali and Sudanese leaders", "the American and Chinese ambassadors": unnamed envoys stand for their countries. */
  private demonymOfDelegates(mention: Mention): boolean {
    return mention.actor?.kind === "COUNTRY" && DEMONYM_DELEGATES.test(this.analysis.text.slice(mention.end, mention.end + 80));
  }

  find(): MeetingCandidate[] {
    const text = this.analysis.text;
    for (const sentence of this.analysis.sentences) {
      if (sentence.heading) continue;
      const body = text.slice(sentence.start, sentence.end);
      // "The American and Chinese ambassadors sat in on the talks", "X also attended": more attendees of the meeting last reported.
      const previous = this.meetings.at(-1);
      if (previous && JOINED_IN.test(body)) {
        for (const mention of this.attendable(sentence.start, sentence.end)) if (!previous.attendees.includes(mention.actor!)) previous.attendees.push(mention.actor!);
        continue;
      }
      const address = this.address(sentence);
      if (address) this.add(address);
      for (const match of body.matchAll(TRIGGER)) {
        const at = sentence.start + match.index;
        if (this.analysis.quotes.some((quote) => at > quote.start && at < quote.end)) continue;
        const word = match[1];
        const joined = match[0] !== word;
        // "Modi had invited Trump during a phone call": the call of the clause's subject and object.
        const phoneCall = word === "call" && /\b(?:during|in|on|after|before|following)\s+(?:a|an|the|their)\s+(?:phone|telephone)\s+$/i.test(body.slice(0, match.index));
        if (/^(?:call|speak|speaks|spoke|spoken|travel|travels|travelled|traveled|trip)$/.test(word) && !joined && !phoneCall) continue;
        // A signing ceremony, an address to a parliament: meetings too.
        if (word === "signed" && !/^\s+(?:a|an|the)\s+(?:[\p{L}-]+\s+){0,3}(?:agreement|deal|accord|declaration|treaty|document|pact)\b/u.test(body.slice(match.index + match[0].length, match.index + match[0].length + 50))) continue;
        // "Pavel received Babiš at Prague Castle": a reception of a person, not "received 149 votes".
        if ((word === "received" || word === "receives") && !this.mentions.some((mention) => mention.actor?.kind === "PERSON" && /^\s+(?:\p{Lu}\p{Ll}+\s+)?$/u.test(text.slice(at + match[0].length, mention.start)))) continue;
        if (word === "addressed" && !/^\s+(?:the\s+)?\p{Lu}/u.test(body.slice(match.index + match[0].length, match.index + match[0].length + 6))) continue;
        // "the meeting had been called off", "used the meeting to press": a meeting already reported, not a new one.
        if (/^(?:talks|summit|meeting|call|visit)$/.test(word) && this.meetings.length && /\b(?:the|that|this)\s+$/i.test(body.slice(Math.max(0, match.index - 6), match.index)) &&
          !/\b(?:held|hold|holds|hosted|hosts|attended|attend|chaired|co-chaired)\s+(?:the|that|this)\s+$/.test(body.slice(Math.max(0, match.index - 20), match.index))) continue;
        if ((word === "talks" || word === "summit" || word === "meeting") && !joined && !/\b(?:attended|held|hold|holds|during|after|at|before|ahead of)\b|\p{Lu}\p{Ll}+-\p{Lu}\p{Ll}+\s+$/u.test(body.slice(Math.max(0, match.index - 40), match.index))) continue;
        // "there were no plans for the two leaders to meet": no meeting.
        if (!ABSENT.test(body) && /\b(?:no plans?|not|never|no intention)\b[^.;,]{0,40}$/i.test(body.slice(0, match.index))) continue;
        const candidate = this.meetingAt(sentence, at, match[0], word);
        if (candidate) this.add(candidate);
      }
    }
    return this.meetings;
  }

  /** The speaker of "he told lawmakers" and the parliament the article names (else the country of "Israeli lawmakers"). */
  private address(sentence: Sentence): MeetingCandidate | undefined {
    const text = this.analysis.text;
    const match = ADDRESS.exec(text.slice(sentence.start, sentence.end));
    if (!match) return undefined;
    const at = sentence.start + match.index;
    if (this.analysis.quotes.some((quote) => at > quote.start && at < quote.end)) return undefined;
    const speaker = this.attendable(sentence.start, at).filter((mention) => mention.actor!.kind === "PERSON").at(-1)?.actor;
    const bodies = this.mentions.filter((mention) => mention.actor?.kind === "GOVERNMENT_BODY" && PARLIAMENT_HEADS.has(headNoun(mention.actor.name)));
    const counts = new Map<DraftActor, number>();
    for (const mention of bodies) counts.set(mention.actor!, (counts.get(mention.actor!) ?? 0) + 1);
    const host = [...counts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ??
      within(this.mentions, at, at + match[0].length).find((mention) => mention.actor?.kind === "COUNTRY")?.actor;
    // The assembly's own speaker or members address it from within: no visit.
    if (!speaker || !host || this.roles.some((role) => role.holder === speaker && (role.of === host || /^speaker$/i.test(role.title)))) return undefined;
    // Undated, it is the day the article last gave.
    let date = this.datesOf(sentence).find((found) => found.precision === "DAY");
    for (let i = sentence.index - 1; !date && i >= 0; i--) date = this.datesOf(this.analysis.sentences[i]).find((found) => found.precision === "DAY");
    return { status: "HELD", attendees: [host, speaker], date, start: sentence.start, end: sentence.end, sentence, confidence: 0.6 };
  }

  private meetingAt(sentence: Sentence, at: number, trigger: string, word: string): MeetingCandidate | undefined {
    const text = this.analysis.text;
    // A reported clause ("Misri said that Modi had invited Trump during a phone call") starts after its "that".
    const that = /\bthat\s/g;
    let reported = -1;
    for (const match of text.slice(sentence.start, at).matchAll(that)) reported = sentence.start + match.index + match[0].length;
    const clauseStart = Math.max(sentence.start, text.lastIndexOf(";", at) + 1, word === "call" && !/\s(?:with|between|to|by)\s*$/.test(trigger) ? reported : -1);
    const before = this.attendable(clauseStart, at);
    const objectsEnd = (() => {
      const rest = text.slice(at + trigger.length, sentence.end);
      const stop = /[;:]|,\s+(?:in which|where|which|who|when)\b|,\s+(?!including|and\b|as well as)(?=\p{Ll}+\s+(?:said|told|reportedly|added))|\s(?:to discuss|to talk|on(?!\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)|about|over|amid|(?:after|before)(?!\s+(?:seeing|meeting|receiving|hosting)\b)|as)\s|,\s+(?:the\s+)?\p{Lu}\p{Ll}+\s+(?:said|told|reportedly)/u.exec(rest);
      return at + trigger.length + (stop ? stop.index : rest.length);
    })();
    // "a phone call on Monday between X and Y": the attendees follow "between".
    const betweenAt = /^[^.;,]{0,25}?\bbetween\b/.exec(text.slice(at + trigger.length, sentence.end));
    const between = /between\s*$/.test(trigger) ? text.indexOf("between", at) + 7 : betweenAt ? at + trigger.length + betweenAt[0].length : at + trigger.length;
    let objects = this.attendable(between, objectsEnd);
    // "Anwar Ibrahim, who chairs ASEAN this year, hosted": the subject stands before the relative clause.
    let subject = before.find((mention) => /^,\s+(?:who|which|the|a|an)\b[^;]*?,\s*(?:\p{Ll}+\s+){0,3}$/u.test(text.slice(mention.end, at))) ?? before.at(-1);
    // "a second Trump-Putin summit": both names are attendees.
    const compound = /^(?:summit|talks|meeting|call)/.test(word) ? before.filter((mention) => mention.end > at - 30 && /^-/.test(text.slice(mention.end, mention.end + 1)) || (mention.start > at - 30 && /-$/.test(text.slice(mention.start - 1, mention.start)))) : [];
    if (compound.length === 2) {
      if (!CANCELLED.test(text.slice(sentence.start, sentence.end)) && !/\bheld\b/.test(text.slice(sentence.start, sentence.end))) return undefined;
      objects = compound;
      subject = undefined;
    }
    const during = /\b(?:during|at|after|before|ahead of)\s+(?:a|an|the|his|her|their)?\s*(?:[\p{L}-]+\s+){0,3}$/iu.test(text.slice(clauseStart, at));
    // "…, after their first nuclear meeting since …": the meeting of the sentence's subjects, who open it joined by "and".
    if (during && /\btheir\s+(?:[\p{L}-]+\s+){0,3}$/iu.test(text.slice(clauseStart, at))) {
      let joinedOnes = 1;
      while (joinedOnes < before.length && /^\s*(?:,|and|,\s*and)\s*$/.test(text.slice(before[joinedOnes - 1].end, before[joinedOnes].start))) joinedOnes++;
      if (joinedOnes < 2) return undefined;
      before.splice(joinedOnes);
      objects = [];
      subject = before.at(-1);
    } else if (during && /^(?:meeting|talks|summit)/.test(word)) {
      // "During a White House meeting with X, Trump said": the host is the main clause's subject.
      const comma = text.indexOf(",", at);
      const main = comma > 0 && comma < sentence.end ? this.attendable(comma, sentence.end)[0] : undefined;
      subject = main ?? before.at(-1);
      objects = this.attendable(at + trigger.length, comma > 0 && comma < sentence.end ? comma : objectsEnd);
    }
    // "Modi had invited Trump during a phone call": everyone the clause names took part.
    if (word === "call" && !/\s(?:with|between|to|by)\s*$/.test(trigger) && !betweenAt) {
      objects = before.filter((mention) => mention !== subject);
    }
    // "Takaichi and Yoshimura … signed": every subject joined by "and".
    const subjects = subject ? [subject] : [];
    for (let i = before.indexOf(subject!) - 1; subject && i >= 0; i--) {
      // "Japan Innovation Party leader Hirofumi Yoshimura": the party qualifies the person.
      if (/^\s+(?:\p{Ll}+\s+){1,2}$/u.test(text.slice(before[i].end, subjects[0].start)) && before[i].actor?.kind !== "PERSON") continue;
      if (!/^\s*(?:,|and|,\s*and)\s*(?:[\p{L}-]+\s+){0,4}$/u.test(text.slice(before[i].end, subjects[0].start))) break;
      if (!/\band\b/.test(text.slice(before[i].end, subject.start))) break;
      subjects.unshift(before[i]);
    }
    const named = this.delegates(clauseStart, at, [...subjects.map((mention) => mention.actor), ...objects.map((object) => object.actor)].filter((actor): actor is DraftActor => actor !== undefined));
    // A collective subject is its two parties whoever else is named; a collective object is two others than the subject ("spoke to both leaders").
    const collective = [...this.collectives(clauseStart, at, []), ...this.collectives(between, Math.min(objectsEnd, between + 60), named)];
    const attendees = [...new Set([...named, ...collective])];
    // "The two sides last met in Istanbul. A round planned for Rome was called off": a round of the same talks.
    const previous = this.meetings.at(-1);
    if (word === "round" && !attendees.length && previous && previous.sentence.index >= sentence.index - 1) attendees.push(...previous.attendees);
    // "a summit co-chaired by X and Y", "attended by X": the passive names attendees after "by".
    const passive = /\bby$/.test(trigger);
    // "Rubio hosted executives from dozens of companies": a host of guests the article does not name.
    const unnamedGuests = /^(?:hosted|hosts|host|hosting)$/.test(word) && UNNAMED_GUESTS.test(text.slice(at + trigger.length, at + trigger.length + 60));
    if (attendees.length < (passive || unnamedGuests || /^(?:met|meet|meets|meeting|attended|attend|summit|round|co-chaired|chaired|co-hosted)$/.test(word) ? 1 : 2)) return undefined;
    if (word === "signed" && subjects.length < 2) return undefined;
    const lead = text.slice(clauseStart, at);
    const status = CANCELLED.test(text.slice(sentence.start, sentence.end)) ? "CANCELLED" : PLANNED.test(lead) || /^(?:meet|speak|attend|host|visit|call)$/.test(word) && /\bto\s+$/.test(lead) ? "PLANNED" : "HELD";
    const dates = this.datesOf(sentence);
    const dated = dates.filter((found) => found.precision === "DAY" || found.precision === "MONTH" || status !== "HELD");
    const date = status === "PLANNED" ? dated.find((found) => found.start > at) : dated.find((found) => found.start > at) ?? dated[0];
    const place = this.places.find((found) => found.start > at && found.start < sentence.end && /\b(?:in|at)\s+(?:the\s+)?$/.test(text.slice(found.start - 8, found.start))) ??
      this.mentions.find((mention) => mention.actor?.kind === "GOVERNMENT_BODY" && /^\s+(?:meeting|talks|summit)/.test(text.slice(mention.end, mention.end + 10)) && mention.start < at + 20 && mention.start > at - 30)?.actor;
    return {
      status, attendees, date, place, start: sentence.start, end: sentence.end, sentence,
      confidence: attendees.length > 1 ? (subject ? 0.8 : 0.6) : 0.5,
    };
  }

  /**
   * "The foreign ministers of the United States, India, Japan and Australia met": for each listed country, the person the
   * article ties to it (by nationality or a role), mentioned most anywhere in the article; the country when there is none.
   */
  private delegates(start: number, at: number, named: DraftActor[]): DraftActor[] {
    const text = this.analysis.text;
    const lead = DELEGATES_OF.exec(text.slice(start, at));
    if (!lead) return named;
    const listed: DraftActor[] = [];
    let end = start + lead.index + lead[0].length;
    for (const mention of within(this.mentions, end, at)) {
      if (mention.actor?.kind !== "COUNTRY" || !/^\s*(?:,|and|,\s*and)?\s*$/.test(text.slice(end, mention.start))) break;
      listed.push(mention.actor);
      end = mention.end;
    }
    if (listed.length < 2) return named;
    const people = this.mostMentioned(text.length, new Set(["PERSON"]));
    const standIns = listed.map((country) => people.find((person) => person.country === country.key || this.roles.some((role) => role.holder === person && role.of === country)) ?? country);
    return [...named.filter((actor) => !listed.includes(actor)), ...standIns];
  }

  /** Mentions of actors before `end`, counted per actor, most mentioned first. */
  private mostMentioned(end: number, kinds: Set<DraftActor["kind"]>): DraftActor[] {
    const counts = new Map<DraftActor, number>();
    for (const mention of within(this.mentions, 0, end)) if (mention.actor && kinds.has(mention.actor.kind)) counts.set(mention.actor, (counts.get(mention.actor) ?? 0) + 1);
    return [...counts.entries()].sort((a, b) => b[1] - a[1]).map(([actor]) => actor);
  }

  /**
   * "The two sides last met", "spoken by phone to both leaders": the two states (or groupings) the article mentions most so far;
   * leaders and men are one person of each of them (the one it mentions most), else the two people it mentions most.
   */
  private collectives(start: number, end: number, named: DraftActor[]): DraftActor[] {
    const found: DraftActor[] = [];
    for (const match of this.analysis.text.slice(start, end).matchAll(COLLECTIVE)) {
      const at = start + match.index;
      if (this.analysis.quotes.some((quote) => at > quote.start && at < quote.end)) continue;
      const parties = this.mostMentioned(at, PARTY_KINDS).filter((actor) => !named.includes(actor)).slice(0, 2);
      if (!/^(?:leaders|men|presidents|prime ministers)$/.test(match[1])) {
        if (parties.length === 2) found.push(...parties);
        continue;
      }
      // The two people of the last meeting between two people, else one of each party, else the two people mentioned most.
      const lastPair = this.meetings.filter((meeting) => meeting.start < at).map((meeting) => meeting.attendees.filter((actor) => actor.kind === "PERSON"))
        .filter((pair) => pair.length === 2 && !pair.some((actor) => named.includes(actor))).at(-1);
      if (lastPair) {
        found.push(...lastPair);
        continue;
      }
      const people = this.mostMentioned(at, new Set(["PERSON"])).filter((actor) => !named.includes(actor));
      const ofParty = parties.map((party) => people.find((person) => person.country === party.key || this.roles.some((role) => role.holder === person && role.of === party)));
      const pair = ofParty.every((person) => person !== undefined) && ofParty[0] !== ofParty[1] ? ofParty : people.slice(0, 2);
      if (pair.length === 2) found.push(...(pair as DraftActor[]));
    }
    return found;
  }

  /** Dateless meetings take the date last given in their paragraph; "during the talks" refers to the meeting before. */
  private add(candidate: MeetingCandidate): void {
    const text = this.analysis.text;
    const body = text.slice(candidate.sentence.start, candidate.sentence.end);
    const previous = this.meetings.at(-1);
    const sameDay = SAME_DAY.test(body) ? this.meetings.filter((meeting) => meeting.date?.precision === "DAY").at(-1) : undefined;
    if (!candidate.date && sameDay) candidate.date = sameDay.date;
    if (!candidate.date && DEFINITE.test(body) && previous) {
      candidate.date = previous.date;
      candidate.place ??= previous.place;
    }
    if (!candidate.date && candidate.status === "HELD") {
      // The day last given in the paragraph; for "the talks", also in the two paragraphs before.
      const reach = DEFINITE.test(body) || candidate.sentence.paragraph <= 2 ? 2 : 0;
      for (let i = candidate.sentence.index - 1; i >= 0 && this.analysis.sentences[i].paragraph >= candidate.sentence.paragraph - reach; i--) {
        const found = this.datesOf(this.analysis.sentences[i]).filter((date) => date.precision === "DAY" || !reach);
        if (found.length) {
          candidate.date = found[0];
          break;
        }
      }
    }
    // "X had been invited but did not attend": an invitee of the meeting last reported, not a meeting of its own.
    if (previous && ABSENT.test(body)) {
      for (const actor of candidate.attendees) if (!previous.attendees.includes(actor)) previous.attendees.push(actor);
      return;
    }
    // Two readings of one meeting share attendees; two pairs that differ on both sides are two meetings ("a round between A and B was called off after talks between A and C").
    const subset = (a: DraftActor[], b: DraftActor[]) => a.every((actor) => b.includes(actor));
    const sameSentence = this.meetings.find((other) => other.sentence === candidate.sentence && other.status === candidate.status && other.attendees.some((actor) => candidate.attendees.includes(actor)) &&
      (Math.min(other.attendees.length, candidate.attendees.length) < 2 || subset(other.attendees, candidate.attendees) || subset(candidate.attendees, other.attendees)));
    if (sameSentence) {
      for (const actor of candidate.attendees) if (!sameSentence.attendees.includes(actor)) sameSentence.attendees.push(actor);
      sameSentence.date ??= candidate.date;
      return;
    }
    // "the meeting had been called off": the same meeting again, whatever day the sentence gives.
    const same = this.meetings.find((other) => other.status === candidate.status && other.attendees.length === candidate.attendees.length &&
      other.attendees.every((actor) => candidate.attendees.includes(actor)) && (other.date?.date === candidate.date?.date || DEFINITE.test(body)));
    if (!same) this.meetings.push(candidate);
  }

  /** "Ahead of the meeting, Macron said": the speaker takes part in the meeting last reported, and the quote relates to it. */
  relate(speaker: DraftActor | undefined, sentence: Sentence): { meeting: MeetingCandidate; timing: "BEFORE" | "DURING" | "AFTER" } | undefined {
    const body = this.analysis.text.slice(sentence.start, sentence.end);
    const own = this.meetings.find((meeting) => meeting.sentence === sentence && meeting.status === "HELD");
    const timing = /\b(?:ahead of|before)\s+(?:the|a|this|his|her)\s+(?:[\p{L}-]+\s+){0,2}(?:meeting|talks|summit|call)/iu.test(body) ? "BEFORE"
      : /\bafter\s+(?:the\s+|a\s+)?(?:[\p{L}-]+\s+){0,2}(?:meeting|talks|summit|call)/iu.test(body) || /\bafter meeting\b/.test(body) ? "AFTER"
      : /\b(?:during|at)\s+(?:the|a|this)\s+(?:[\p{L}-]+\s+){0,2}(?:meeting|talks|summit|call)/iu.test(body) ? "DURING" : undefined;
    if (!timing) return undefined;
    // "Misri said that Modi had invited Trump during a phone call": the call is what was reported, not where it was said.
    const phrase = /\b(?:ahead of|before|after|during|at)\s+(?:the|a|an|this|his|her)?\s*(?:[\p{L}-]+\s+){0,2}(?:meeting|talks|summit|call)/iu.exec(body);
    if (phrase && /\bthat\s/.test(body.slice(0, phrase.index))) return undefined;
    const meeting = own ?? this.meetings.filter((candidate) => candidate.start < sentence.start && candidate.status === "HELD").at(-1);
    if (!meeting) return undefined;
    if (speaker && ATTENDABLE.has(speaker.kind) && !meeting.attendees.includes(speaker)) meeting.attendees.push(speaker);
    return { meeting, timing };
  }
}
