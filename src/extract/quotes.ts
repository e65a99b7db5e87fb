import { sentenceAt, type Analysis, type QuoteSpan, type Sentence } from "./analysis.js";
import type { DraftActor } from "./actors.js";
import { within, type Mention } from "./mention.js";
import { REPORTING_VERBS, SPEECH_VERBS, STANCE_VERBS, TITLES } from "./lexicon/words.js";

/** Who said something, as the article attributes it, and how sure the rule that found it is. */
export interface Speaker {
  actor?: DraftActor;
  description?: string;
  affiliation?: DraftActor;
  confidence: number;
}

export interface QuoteCandidate {
  kind: "DIRECT" | "PARAPHRASE";
  text: string;
  speaker?: Speaker;
  /** The excerpt that supports it (UTF-16 offsets). */
  start: number;
  end: number;
  sentence: Sentence;
  confidence: number;
}

const VERB = new RegExp(String.raw`\b(?:${SPEECH_VERBS.join("|")})\b|\b[Aa]ccording to\b`, "g");
const PARTICIPLE = /ing$/;
/** Between the parts of one interrupted quotation: only its attribution ("…,” Rubio added. “…"). */
const SPLIT = new RegExp(String.raw`^\s*,?\s*(?:(?:[\p{L}.’'-]+,?\s+){1,8}(?:${SPEECH_VERBS.join("|")})(?:\s+[\p{L}’'-]+){0,6}|(?:${SPEECH_VERBS.join("|")})\s+(?:[\p{L}.’'-]+\s*){1,6}(?:,\s+[\p{L}.’'-]+(?:\s+[\p{L}.’'-]+){0,7})?)\s*[,.:]\s*$`, "u");
const TITLE_WORD = String.raw`(?:${[...new Set(TITLES.flatMap((title) => title.split(" ")))].filter((word) => word !== "of").map((word) => word.replace(/\./g, "\\.")).join("|")})`;
/** "said Army spokesman Maj. Gen. X", "said German Chancellor X": capitalised words and titles before a name (its country or body, not a speaker, is a modifier there). */
const TITLED = String.raw`(?:(?:\p{Lu}[\p{L}.’'-]*|${TITLE_WORD})\s+){1,5}`;
const OFFICE = /^['’]s\s+(?:office|spokesperson|spokesman|spokeswoman|press service|press office|ministry|government|campaign)\s+/;
/** Words that may stand between a speaker and the verb: "Macron reportedly said", "Trump had Wednesday on said". */
const GAP = /^[\s,]*(?:(?!(?:and|but|or|which|who|that|while|after|before|when|as)[\s,])[\p{L}’'-]+[\s,]+){0,4}$/u;
/** Between a reported clause and its trailing speaker: "…, the", "…, air force spokesperson", "…, Chief Secretary". */
/** What may follow a trailing attribution: where and when it was said, then the end or an aside of the article's own. */
const tailOf = (listener: string) => new RegExp(String.raw`^[\s,]*${listener}(?:(?:in a statement|in \p{Lu}\p{L}+|on \p{L}+|later|after the \p{L}+|on Telegram|on social media)\s*){0,3}(?:[\s.]*$|,\s+(?:as|while|amid|after|before|when|up from|down from|but|\p{Ll}+ing)\s)`, "u");
const TAIL = tailOf("");
const TOLD_TAIL = tailOf(String.raw`(?:(?:the\s+|a\s+)?(?:[\p{L}-]+\s*){1,4})?`);
const TITLE_WORDS_ONLY = new RegExp(String.raw`^(?:['’]s)?\s+(?:${TITLE_WORD}\s+){1,3}$`, "iu");
const TITLED_ONLY = new RegExp(String.raw`^\s*(?:${TITLED})?$`, "u");
/** Between a quotation and its speaker's name: "…,” the Mayor of Lagos, Babajide Sanwo-Olu, said", "…,” Foreign Minister X said". */
const ADJACENT = new RegExp(String.raw`^[\s,—–-]*(?:the\s+[^,;“”".]{2,40},\s+)?(?:${TITLED})?$`, "u");
const VERB_NEXT = new RegExp(String.raw`^,?(?:\s+\p{Ll}+){0,2}\s+(?:${SPEECH_VERBS.join("|")})\b`, "u");
const APPOSED_VERB_NEXT = new RegExp(String.raw`^,\s+[^,;“”"]{3,80},\s+(?:${SPEECH_VERBS.join("|")})\b`, "u");
const VERB_THEN_TITLES = new RegExp(String.raw`^[\s,—–-]*(?:${SPEECH_VERBS.join("|")})\s+(?:${TITLED})?$`, "u");
const BEFORE_TRAILING_SPEAKER = new RegExp(String.raw`,\s*(?:\p{Ll}+\s+){0,3}(?:${TITLED})?$`, "u");
const APPOSITION = /^,\s+(?:a|an|the|his|her|its)\s+[^,;“”"]{3,80},\s*(?:\p{Ll}+\s+){0,2}$/u;
/** Verbs whose clause may follow without "that": "said Russia launched …". */
const BARE_VERBS = new Set(["said", "says", "say", "added", "wrote", "reported", "claimed", "estimated", "believes", "warned"]);
/** Between a quotation and its verb: "…,” Ehsanullah Ehsan, head of the provincial authority, told". */
const APPOSED_AFTER = /^,?\s*\p{Lu}[\p{L}.’'-]*(?:\s+\p{Lu}[\p{L}.’'-]*){0,3},\s+[^,;“”"]{3,80},\s+$/u;
const RELATIVE = /^,\s+(?:which|who)\b[^;“”"]*?,\s*/;
const CLAUSE_END = /,\s+(?:per|according to|while|though|although|but|as|which|a move|amid)\b|;\s|\s+[—–]\s+/;

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** "KATHMANDU, Nepal — ", "PARIS, Sept 8 (Reuters) - ", "Tianjin, Aug 31 (PTI) ": a dateline opening the article. */
const DATELINE = /^\s*(?:\p{Lu}[\p{Lu}\p{M} .'’-]+\b[^—–\n]{0,40}?\s[—–-]{1,2}\s+|[^—–\n()]{0,40}\([^)]{1,30}\)\s*(?:[—–-]{1,2}\s+)?)/u;

function clauseText(whole: string): string {
  const raw = whole.replace(DATELINE, "");
  const cut = CLAUSE_END.exec(raw);
  const text = (cut ? raw.slice(0, cut.index) : raw).trim().replace(/[\s,;:]+$/, "").replace(/\.$/, "");
  return text ? `${capitalise(text)}.` : "";
}

const QUOTED = /[“"‘„«‹「]([^”"’“»›」]*)[”"’“»›」]/gu;
const isFragment = (words: string) => words.trim().split(/\s+/).length < 8 && !/[.!?]$/.test(words.trim());

/** A reported clause with its fragment quotations unmarked, when the clause says more than they do; else undefined. */
function fragmentsUnquoted(clause: string): string | undefined {
  if (/^[“"‘„«‹「]/.test(clause)) return undefined;
  const fragments = [...clause.matchAll(QUOTED)];
  if (!fragments.length || !fragments.every((fragment) => isFragment(fragment[1]))) return undefined;
  // Only a clause that goes on past its fragment with a predicate of its own ("to “protect its rights” and would seek support").
  const last = fragments.at(-1)!;
  if (!/^,?\s+and\s+(?:\p{Ll}+\s+)?(?:would|will|must|should|could|can|had|has|have|was|were|is|are|that)\b/u.test(clause.slice(last.index + last[0].length))) return undefined;
  return clause.replace(QUOTED, "$1");
}

export class QuoteFinder {
  private readonly candidates: QuoteCandidate[] = [];
  private lastSpeaker?: { speaker: Speaker; sentence: number; paragraph: number };

  constructor(
    private readonly analysis: Analysis,
    private readonly mentions: Mention[],
  ) {}

  /** Mentions that can speak between `start` and `end`: not inside a quotation, not a demonym or possessor (unless "X’s office"). */
  private speakersIn(start: number, end: number): Mention[] {
    const speakers = within(this.mentions, start, end).filter((mention) => !mention.inQuote &&
      (!mention.modifier || OFFICE.test(this.analysis.text.slice(mention.end, mention.end + 30))));
    // "Kenyan police said": the body speaks, not the country named inside its name.
    return speakers.filter((mention) => !speakers.some((outer) => outer !== mention && outer.start <= mention.start && outer.end >= mention.end && outer.end - outer.start > mention.end - mention.start));
  }

  private speakerOf(mention: Mention, confidence: number): Speaker {
    if (mention.kind === "SOURCE") {
      const inside = within(this.mentions, mention.start, mention.end).filter((other) => other.kind === "NAME" && other.actor);
      const affiliation = inside.find((other) => other.actor!.kind !== "COUNTRY")?.actor ?? inside[0]?.actor;
      return { description: mention.description, affiliation, confidence };
    }
    if (!mention.actor) return { confidence: confidence * 0.5 };
    return { actor: mention.actor, confidence: mention.kind === "NAME" ? confidence : confidence * 0.85 };
  }

  /** The speaker of a speech verb at `verb` in `sentence`: "X said", "said X", "according to X", "X, saying". */
  speakerOfVerb(sentence: Sentence, verb: { index: number; word: string }): Speaker | undefined {
    const text = this.analysis.text;
    const after = verb.index + verb.word.length;
    if (verb.word === "according to") {
      // "according to deputy spokesperson Tommy Pigott": lowercase title words may stand before the name.
      // "according to a statement from the Egyptian presidency": the body that issued it.
      const next = this.speakersIn(after, sentence.end).find((mention) => /^\s*(?:(?:a|an|the)\s+(?:joint\s+)?(?:statement|report|readout|tally|count|estimate)\s+(?:from|by|of|issued by|released by)\s+)?(?:the\s+)?$/i.test(text.slice(after, mention.start)) ||
        (mention.kind === "NAME" && mention.actor?.kind === "PERSON" && /^\s*(?:the\s+)?(?:\p{Ll}+\s+){1,3}$/u.test(text.slice(after, mention.start))));
      // "according to Kremlin spokesman Dmitry Peskov": the person the body's title word leads to.
      const person = next && this.speakersIn(next.end, sentence.end).find((mention) => mention.actor?.kind === "PERSON" &&
        TITLE_WORDS_ONLY.test(text.slice(next.end, mention.start)));
      return next && this.speakerOf(person ?? next, 0.9);
    }
    const before = this.speakersIn(sentence.start, verb.index);
    if (PARTICIPLE.test(verb.word)) return before[0] && this.speakerOf(before[0], 0.8);
    // "Maly Socheata, a spokeswoman for Cambodia’s defence ministry, said": the named person before the apposition.
    const apposed = before.find((mention) => mention.kind === "NAME" && mention.actor?.kind === "PERSON" && APPOSITION.test(text.slice(mention.end, verb.index)));
    if (apposed) return this.speakerOf(apposed, 0.9);
    // "Babiš, who had held talks with the SPD, said": the subject before the relative clause, not a name inside it.
    const relative = before.find((mention) => RELATIVE.test(text.slice(mention.end, verb.index)) && GAP.test(text.slice(mention.end, verb.index).replace(RELATIVE, " ")));
    if (relative) return this.speakerOf(relative, 0.8);
    const near = before.at(-1);
    if (near && GAP.test(text.slice(near.end, verb.index).replace(OFFICE, " "))) return this.speakerOf(near, 0.9);
    const inverted = this.speakersIn(after, sentence.end).find((mention) => TITLED_ONLY.test(text.slice(after, mention.start)));
    if (inverted) return this.speakerOf(inverted, 0.9);
    return undefined;
  }

  private verbsIn(start: number, end: number): { index: number; word: string }[] {
    const text = this.analysis.text.slice(start, end);
    return [...text.matchAll(VERB)]
      .map((match) => ({ index: start + match.index, word: match[0].toLowerCase() }))
      .filter((verb) => !this.analysis.quotes.some((quote) => verb.index > quote.start && verb.index < quote.end));
  }

  private remember(speaker: Speaker | undefined, sentence: Sentence): void {
    if (speaker?.actor || speaker?.description) this.lastSpeaker = { speaker, sentence: sentence.index, paragraph: sentence.paragraph };
  }

  /** Direct quotations: every quoted passage of four words or more (or fewer, right by a speech verb), with its speaker. */
  direct(): void {
    const text = this.analysis.text;
    const quotes = this.analysis.quotes.filter((quote) => !this.analysis.quotes.some((outer) => outer !== quote && outer.start < quote.start && outer.end > quote.end));
    for (let i = 0; i < quotes.length; i++) {
      const parts: QuoteSpan[] = [quotes[i]];
      const first = sentenceAt(this.analysis, quotes[i].start);
      if (first.heading) continue;
      // "“A,” X said, “B.”": one quotation in two parts around its attribution.
      // "the storm left “a complete disaster,” said X. “…”": a fragment inside the prose is a quotation of its own, not a first part.
      const fragment = /\p{Ll}[\s,]*$/u.test(text.slice(first.start, quotes[i].start));
      while (!fragment && i + 1 < quotes.length && sentenceAt(this.analysis, quotes[i + 1].start).index <= sentenceAt(this.analysis, parts.at(-1)!.end - 1).index + 1 &&
        (/[,—–]\s*$/.test(text.slice(parts.at(-1)!.start + 1, parts.at(-1)!.end - 1)) || /^,/.test(text.slice(parts.at(-1)!.end))) && SPLIT.test(text.slice(parts.at(-1)!.end, quotes[i + 1].start)) && !text.slice(parts.at(-1)!.end, quotes[i + 1].start).includes("\n") && !/[^\s\p{Lu}](?<!\b(?:Mr|Mrs|Ms|Dr|St|Gen|Col|Sen|Rep|Maj|Lt|Capt|Sgt|Adm|Gov|Prof))[.!?]\s+\p{Lu}/u.test(text.slice(parts.at(-1)!.end, quotes[i + 1].start).replace(/[\s.,:]+$/, ""))) {
        parts.push(quotes[++i]);
      }
      // The parts of an interrupted quotation join as "A. B." (as the gold set writes them), or "A, b" when B goes on in lowercase.
      const inner = parts.map((part, n) => {
        const words = text.slice(part.start + 1, part.end - 1).trim().replace(/,$/, "");
        const next = parts[n + 1] && text.slice(parts[n + 1].start + 1, parts[n + 1].end - 1).trim();
        return next === undefined ? words : `${words}${/^\p{Ll}/u.test(next) ? "," : /[.!?…]$/.test(words) ? "" : "."}`;
      }).join(" ");
      const words = inner.split(/\s+/).length;
      const sentence = sentenceAt(this.analysis, parts[0].start);
      const last = sentenceAt(this.analysis, parts.at(-1)!.end - 1);
      const verbs = this.verbsIn(sentence.start, last.end);
      const attributedAfter = (verb: { index: number }) => verb.index >= parts.at(-1)!.end && (verb.index - parts.at(-1)!.end < 30 || APPOSED_AFTER.test(text.slice(parts.at(-1)!.end, verb.index)) ||
        this.speakerRightAfter(parts.at(-1)!, last) !== undefined);
      // A short quotation needs its speech verb by it, or before it in the same clause ("described the intervention as “…”").
      // Earlier quotations in that clause do not end it: "said the rally was “a success” and that voters “want change now”".
      const clauseBefore = (verb: { index: number }) => this.analysis.quotes.reduce((gap, quote) => quote.start >= verb.index && quote.end <= parts[0].start ? gap.replace(text.slice(quote.start, quote.end), "Q") : gap, text.slice(verb.index, parts[0].start));
      // Inside a reported "that" clause the fragment may stand further off: "said in a statement that X would name a new prime minister “in the coming days”".
      const governs = (verb: { index: number }) => verb.index < parts[0].start && ((parts[0].start - verb.index < 70 && /^[^.;,“”"]*$/.test(clauseBefore(verb))) ||
        (parts[0].start - verb.index < 160 && /^\p{L}+\s+(?:[^.;“”"]*?\s)?that\s[^.;“”"]*$/u.test(clauseBefore(verb))));
      if (words < 6 && !verbs.some((verb) => Math.abs(verb.index - parts[0].start) < 25 || attributedAfter(verb) || governs(verb))) continue;
      const speaker = this.directSpeaker(parts, sentence, last, verbs);
      this.remember(speaker, last);
      const start = Math.min(sentence.start, parts[0].start);
      const end = Math.max(last.end, parts.at(-1)!.end);
      this.candidates.push({ kind: "DIRECT", text: inner, speaker, start, end, sentence, confidence: speaker?.confidence ?? 0.3 });
    }
  }

  /** The speaker named right after a quotation (or between its parts): "…,” said X" / "…,” X said" / "…,” Foreign Minister X told reporters". */
  private speakerRightAfter(part: QuoteSpan, last: Sentence): Speaker | undefined {
    const text = this.analysis.text;
    const next = this.speakersIn(part.end, last.end)[0];
    if (!next || next.start - part.end > 40) return undefined;
    const between = text.slice(part.end, next.start);
    // Capitalised titles and names of the speaker's country or body may stand between: "…,” Iranian Foreign Minister Abbas Araghchi said".
    // "…,” the Mayor of Lagos, Babajide Sanwo-Olu, said": a role in apposition before the name.
    const adjacent = ADJACENT.test(between);
    // "the Mayor of Lagos, Babajide Sanwo-Olu, said": the role's attribution goes on after the name in apposition.
    const apposed = next.kind === "ROLE" ? this.speakersIn(next.end, Math.min(last.end, next.end + 60)).find((mention) => mention.actor === next.actor && mention.kind === "NAME") : undefined;
    const afterwards = text.slice(apposed?.end ?? next.end, (apposed?.end ?? next.end) + 40);
    if (adjacent && VERB_NEXT.test(afterwards)) return this.speakerOf(next, 0.95);
    // "…,” Ehsanullah Ehsan, head of the provincial authority, told AFP.
    if (adjacent && APPOSED_VERB_NEXT.test(text.slice(next.end, next.end + 120))) return this.speakerOf(next, 0.9);
    if (VERB_THEN_TITLES.test(between)) return this.speakerOf(next, 0.95);
    return undefined;
  }

  private directSpeaker(parts: QuoteSpan[], sentence: Sentence, last: Sentence, verbs: { index: number; word: string }[]): Speaker | undefined {
    const text = this.analysis.text;
    for (const part of parts) {
      const right = this.speakerRightAfter(part, last);
      if (right) return right;
    }
    const before = verbs.filter((verb) => verb.index < parts[0].start).at(-1);
    const attributed = before ? this.speakerOfVerb(sentence, before) : undefined;
    if (attributed) return attributed;
    // The attribution between the parts of an interrupted quotation, else the one after it.
    const after = verbs.find((verb) => verb.index >= parts[0].end);
    const inverted = after ? this.speakerOfVerb(sentenceAt(this.analysis, after.index), after) : undefined;
    if (inverted) return inverted;
    // A sentence that is only the quotation, or ends "… told reporters:" before it: the speaker continues.
    const previous = this.analysis.sentences[sentence.index - 1];
    if (previous && /:\s*$/.test(text.slice(previous.start, previous.end))) {
      const verb = this.verbsIn(previous.start, previous.end).at(-1);
      const speaker = verb && this.speakerOfVerb(previous, verb);
      if (speaker) return { ...speaker, confidence: speaker.confidence * 0.9 };
    }
    if (this.lastSpeaker && sentence.index - this.lastSpeaker.sentence <= 3 && sentence.paragraph - this.lastSpeaker.paragraph <= 1 && !this.speakersIn(sentence.start, parts[0].start).length) {
      return { ...this.lastSpeaker.speaker, confidence: 0.6 };
    }
    // Last resort: the sentence's subject, when it opens the sentence and is a person or a body.
    const subject = this.speakersIn(sentence.start, parts[0].start)[0];
    const opens = subject && subject.start - sentence.start < 5 && subject.actor?.kind !== "COUNTRY";
    return opens ? this.speakerOf(subject, 0.5) : undefined;
  }

  /** Reported speech: "X said (that) …", "… according to X", "X defended …". */
  reported(): void {
    for (const sentence of this.analysis.sentences.flatMap((whole) => this.coordinated(whole))) {
      if (sentence.heading) continue;
      const per = this.perSource(sentence);
      if (per) {
        this.candidates.push(per);
        this.remember(per.speaker, sentence);
        continue;
      }
      for (const verb of this.verbsIn(sentence.start, sentence.end)) {
        const candidate = this.reportedAt(sentence, verb);
        if (!candidate) continue;
        if (this.analysis.quotes.some((quote) => quote.start >= verb.index && quote.start < sentence.end && quote.end - quote.start > 12 &&
          (!isFragment(this.analysis.text.slice(quote.start + 1, quote.end - 1)) || /^[\s:,]*(?:that\s+)?$/.test(this.analysis.text.slice(verb.index + verb.word.length, quote.start))))) break;
        if (this.candidates.some((other) => other.kind === "PARAPHRASE" && other.sentence === sentence)) break;
        this.candidates.push(candidate);
        this.remember(candidate.speaker, sentence);
        break;
      }
    }
  }

  /** "A said it would …, and B said on X that …": two reports joined by "and", each read on its own. */
  private coordinated(sentence: Sentence): Sentence[] {
    const text = this.analysis.text.slice(sentence.start, sentence.end);
    const join = /,\s+and\s+/u.exec(text);
    if (!join || this.analysis.quotes.some((quote) => quote.start < sentence.end && quote.end > sentence.start)) return [sentence];
    const split = sentence.start + join.index;
    const second = split + join[0].length;
    const reports = (start: number, end: number) => this.verbsIn(start, end).some((verb) => REPORTING_VERBS.has(verb.word) && this.speakersIn(start, verb.index).length > 0);
    if (!reports(sentence.start, split) || !reports(second, sentence.end)) return [sentence];
    return [{ ...sentence, end: split }, { ...sentence, start: second }];
  }

  /** "Per Ukraine's air force, Moscow sent 810 drones …". */
  private perSource(sentence: Sentence): QuoteCandidate | undefined {
    const text = this.analysis.text;
    const lead = /^Per\s+/.exec(text.slice(sentence.start, sentence.end));
    if (!lead) return undefined;
    const comma = text.indexOf(",", sentence.start);
    const source = this.mentions.filter((mention) => mention.start >= sentence.start + lead[0].length && mention.end <= comma && mention.actor).sort((a, b) => a.end - b.end || b.start - a.start).at(-1);
    if (!source || comma < 0 || comma > sentence.end) return undefined;
    const clause = clauseText(text.slice(comma + 1, sentence.end));
    if (clause.split(/\s+/).length < 4) return undefined;
    return { kind: "PARAPHRASE", text: clause, speaker: { actor: source.actor, confidence: 0.8 }, start: sentence.start, end: sentence.end, sentence, confidence: 0.8 };
  }

  private reportedAt(sentence: Sentence, verb: { index: number; word: string }): QuoteCandidate | undefined {
    const text = this.analysis.text;
    const afterVerb = verb.index + verb.word.length;
    const rest = text.slice(afterVerb, sentence.end);
    const make = (clause: string, speaker: Speaker | undefined, confidence: number): QuoteCandidate | undefined => {
      let quoteText = clauseText(clause);
      if (!speaker || quoteText.split(/\s+/).length < 4) return undefined;
      // A clause holding a quotation ("called the result “historic”") is the direct quote's, not a paraphrase of its own,
      // unless the quotation is a fragment of a longer clause ("would name a new prime minister “in the coming days”"): both.
      if (/[“”"‘„«»‹›「」]/.test(quoteText)) {
        quoteText = fragmentsUnquoted(quoteText) ?? "";
        if (!quoteText) return undefined;
      }
      return { kind: "PARAPHRASE", text: quoteText, speaker, start: sentence.start, end: sentence.end, sentence, confidence: Math.min(confidence, speaker.confidence) };
    };
    if (verb.word === "according to") {
      const speaker = this.speakerOfVerb(sentence, verb);
      // "According to the ČTK news agency, Pavel said …": the outlet relays what the sentence's own speaker said.
      if (speaker?.actor?.kind === "MEDIA" && this.verbsIn(afterVerb, sentence.end).some((later) => later.word !== "according to" && REPORTING_VERBS.has(later.word) && this.speakerOfVerb(sentence, later)?.actor)) return undefined;
      const before = text.slice(sentence.start, verb.index).replace(/,\s*$/, "");
      const after = rest.replace(/^\s*(?:the\s+)?[^,]*,\s*/i, "");
      return make(before.trim().split(/\s+/).length >= 4 ? before : after, speaker, 0.7);
    }
    if (STANCE_VERBS.has(verb.word)) {
      const subject = this.speakersIn(sentence.start, verb.index).at(-1);
      if (!subject || subject.actor?.kind !== "PERSON" || !GAP.test(text.slice(subject.end, verb.index))) return undefined;
      const speaker = this.speakerOf(subject, 0.5);
      const name = subject.kind === "NAME" ? "" : `${subject.actor.name.split(" ").at(-1)} `;
      return make(`${name}${text.slice(subject.kind === "NAME" ? subject.start : verb.index, sentence.end)}`, speaker, 0.5);
    }
    if (!REPORTING_VERBS.has(verb.word)) return undefined;
    // "The United States added Wingtech to its entity list": "added" with an object is no speech.
    if (verb.word === "added" && /^\s+(?:[^,.;:“"\s]+\s+){1,5}to\s+(?:its|the|their|his|her|a)\b/.test(rest)) return undefined;
    const speaker = this.speakerOfVerb(sentence, verb);
    // "…, The Associated Press reported.": the outlet the article reports from is its attribution, not a speaker.
    if (!speaker || (speaker.actor?.kind === "MEDIA" && /^report/.test(verb.word))) return undefined;
    // "Russia launched 112 drones, the air force said." / "…, spokesperson X told the public broadcaster."
    // The attribution may end the sentence or stand before a clause of the article's own: "…, the spokesman said on Tuesday, as rescuers dug …".
    // "…, X told reporters in Kingston on Thursday, up from …": where and when it was said, then an aside of the article's own.
    const tail = (verb.word === "told" || verb.word === "tells" ? TOLD_TAIL : TAIL).test(rest);
    const speakerMention = this.speakersIn(sentence.start, verb.index).at(-1);
    // "…, Dana Morris Dixon, the island’s information minister, told …": the clause ends before the name, not before its role.
    let subjectStart = speakerMention;
    for (let earlier = subjectStart && this.speakersIn(sentence.start, subjectStart.start).at(-1); earlier && subjectStart && (subjectStart.kind === "ROLE" || subjectStart.kind === "SOURCE") && earlier.actor?.kind === "PERSON" && /^,\s*$/.test(text.slice(earlier.end, subjectStart.start)); earlier = this.speakersIn(sentence.start, earlier.start).at(-1)) subjectStart = earlier;
    // Only the last words before the speaker can hold the comma and titles (and reading them alone keeps the end-anchored pattern cheap).
    const near = subjectStart && Math.max(sentence.start, subjectStart.start - 80);
    const clauseEnd = tail && subjectStart ? text.slice(near, subjectStart.start).search(BEFORE_TRAILING_SPEAKER) : -1;
    if (clauseEnd >= 0) {
      return make(text.slice(sentence.start, near! + clauseEnd).replace(/^(?:Per|According to)\s+[^,]+,\s*/, ""), speaker, 0.75);
    }
    // "told reporters that", "said on Thursday that", "said in a statement that", "said Russia launched …".
    const inserted = /,\s*$/.test(text.slice(sentence.start, this.speakersIn(sentence.start, verb.index).at(-1)?.start ?? sentence.start)) &&
      (/^,\s+/.exec(rest) ?? (verb.word === "told" ? /^\s+(?:\p{L}+\s+){0,2}?\p{L}+,\s+/u.exec(rest) : null));
    const subjectAt = this.speakersIn(sentence.start, verb.index).at(-1);
    if (inserted && subjectAt && verb.index - subjectAt.end < 3) {
      const head = text.slice(sentence.start, subjectAt.start).replace(/,\s*$/, "");
      return make(`${head} ${rest.slice(inserted[0].length)}`, speaker, 0.75);
    }
    // "told India’s S. Jaishankar, Australia’s Penny Wong and Japan’s Takeshi Iwaya that …": a list of listeners, initials and all.
    const that = (verb.word === "told" || verb.word === "tells" ? /^\s+(?:(?:[^.;“"]|\.(?=\s\p{Lu})){0,100}?\s)?that\s+/u : /^\s+(?:[^,.;“"]{0,60}?\s)?that\s+/).exec(rest);
    if (that) return make(rest.slice(that[0].length), speaker, 0.85);
    if (verb.word === "told" || verb.word === "tells") return undefined;
    if (!BARE_VERBS.has(verb.word)) return undefined;
    // "said in a statement her office released on Sunday": a relative clause on the statement, not what was said.
    const bare = /^\s+(?:(?:on|last|late on|early on) \p{L}+\s+|in a statement\s+(?!(?:his|her|its|their|the)\s+\p{L}+\s+(?:released|issued|published|posted|sent)\b)|in an interview\s+)?(?=(?:\p{Lu}|the\s|a\s|an\s|it\s|its\s|his\s|her\s|their\s|our\s|he\s|she\s|they\s|there\s|we\s)|\d|(?:about|around|nearly|almost|some|more than|at least|up to)\s+\d|(?:dozens|hundreds|thousands|several|many|most)\s|\p{Ll}[\p{L}-]*(?:\s+\p{Ll}[\p{L}-]*){0,2}\s+(?:would|will|had|has|have|was|were|is|are|could|can|may|might|should|must)\s)/u.exec(rest);
    const subject = this.speakersIn(sentence.start, verb.index).at(-1);
    if (bare && subject && /^[\s\p{L}’',-]*$/u.test(text.slice(subject.end, verb.index))) return make(rest.slice(bare[0].length), speaker, 0.75);
    return undefined;
  }

  all(): QuoteCandidate[] {
    return this.candidates.sort((a, b) => a.start - b.start);
  }
}

/** Direct quotations and reported speech, with their speakers. */
export function findQuotes(analysis: Analysis, mentions: Mention[]): { quotes: QuoteCandidate[]; finder: QuoteFinder } {
  const finder = new QuoteFinder(analysis, mentions);
  finder.direct();
  finder.reported();
  return { quotes: finder.all(), finder };
}
