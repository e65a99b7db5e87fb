import { posAt, type Analysis, type Sentence } from "./analysis.js";
import { MONTHS, SOURCE_NOUNS } from "./lexicon/words.js";

/** A claimed number: 112 drones launched, more than 400 people killed. */
export interface FigureCandidate {
  value: number;
  unit: string;
  metric: string;
  /** The article's wording of what is counted: "strike and decoy drones". */
  qualifier?: string;
  /** "more than 400": the number is a lower bound, an upper bound, or approximate. */
  bound?: "MORE_THAN" | "AT_LEAST" | "AT_MOST" | "LESS_THAN" | "ABOUT";
  start: number;
  end: number;
  sentence: Sentence;
  confidence: number;
}

const BOUNDS: Record<string, FigureCandidate["bound"]> = {
  "more than": "MORE_THAN", over: "MORE_THAN", "upwards of": "MORE_THAN", "at least": "AT_LEAST", "no fewer than": "AT_LEAST",
  nearly: "AT_MOST", almost: "AT_MOST", "up to": "AT_MOST", "as many as": "AT_MOST", "fewer than": "LESS_THAN", "less than": "LESS_THAN",
  "under": "LESS_THAN", about: "ABOUT", around: "ABOUT", roughly: "ABOUT", some: "ABOUT", approximately: "ABOUT", "an estimated": "ABOUT",
  "close to": "ABOUT", "nearly all": "ABOUT",
};
const WORD_NUMBERS: Record<string, number> = {
  two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12, thirteen: 13,
  fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50,
  hundred: 100, "a hundred": 100, dozen: 12, "a dozen": 12,
};
const SCALES: Record<string, number> = { thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12, mln: 1e6, bln: 1e9, bn: 1e9, m: 1e6 };
const CURRENCIES: Record<string, string> = { $: "US dollars", "€": "euros", "£": "pounds sterling", "¥": "yen" };
const NUMBER = new RegExp(
  String.raw`(?<![\p{L}\p{N}.,$€£¥/:-])(?:(${Object.keys(BOUNDS).sort((a, b) => b.length - a.length).join("|")})\s+)?([$€£¥])?` +
    String.raw`(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|${[...Object.keys(WORD_NUMBERS), "one"].sort((a, b) => b.length - a.length).join("|")})` +
    String.raw`(?:\s*(thousand|million|billion|trillion|mln|bln|bn)\b)?(\s*(?:%|percent\b|per cent\b|percentage points?\b))?(?![\p{N}\p{L}:-]|\.\d)`,
  "giu",
);
const MONTH_BEFORE = new RegExp(String.raw`(?:${MONTHS.join("|")}|sept?|oct|nov|dec|jan|feb|aug)\.?\s*$`, "i");
const CASUALTY = /^\s+(?:(?:had|have|has)\s+)?(?:(?:were|was|been|are)\s+)?(?:killed|dead|died|injured|wounded|hurt|missing|displaced|evacuated|arrested|detained)\b/i;
const CURRENCY_UNITS = new Set(Object.values(CURRENCIES));
const COUNTABLE = new Set(["NOUN", "PROPN", "ADJ", "CCONJ", "VERB"]);
const IRREGULAR: Record<string, string> = { buy: "bought", bought: "bought", spend: "spent", spent: "spent", pay: "paid", paid: "paid", give: "given", win: "won", won: "won", die: "died", died: "died", flee: "fled", fled: "fled",  shot: "shot", shoot: "shot", hit: "hit", struck: "struck", strike: "struck", fire: "fired", fired: "fired", lost: "lost", lose: "lost", held: "held", hold: "held", freed: "freed", free: "freed", sent: "sent", send: "sent", took: "taken", take: "taken", made: "made" };
const NOT_UNITS = new Set(["kilometres", "kilometers", "km", "miles", "metres", "meters", "feet", "degrees", "years", "year", "days", "day", "hours", "hour", "minutes", "weeks", "week", "months", "month", "times", "am", "pm", "a.m.", "p.m.", "th", "st", "nd", "rd", "percent", "of", "out", "to", "and", "or"]);

/** "killing" → "killed", "launch" → "launched", "jam" → "jammed". */
function participle(verb: string): string {
  const word = verb.toLowerCase();
  if (IRREGULAR[word]) return IRREGULAR[word];
  if (/(?:ed|en)$/.test(word)) return word;
  const base = word.endsWith("ing") ? word.slice(0, -3) : word.replace(/s$/, "");
  if (/e$/.test(base)) return `${base}d`;
  if (/[^aeiou][aeiou][bdgmnpt]$/.test(base) && base.length <= 4) return `${base}${base.at(-1)}ed`;
  return `${base}ed`;
}

const snake = (words: string[]) => words.join("_").toLowerCase().normalize("NFKD").replace(/[^a-z0-9_]+/g, "").replace(/_+/g, "_").replace(/^_|_$/g, "");

interface Word {
  text: string;
  start: number;
  end: number;
  pos?: string;
}

export class FigureFinder {
  constructor(private readonly analysis: Analysis) {}

  private wordsBetween(start: number, end: number): Word[] {
    return [...this.analysis.text.slice(start, end).matchAll(/[\p{L}’'-]+/gu)].map((match) => ({
      text: match[0], start: start + match.index, end: start + match.index + match[0].length, pos: posAt(this.analysis, start + match.index),
    }));
  }

  find(sentence: Sentence): FigureCandidate[] {
    const text = this.analysis.text;
    const body = text.slice(sentence.start, sentence.end);
    const found: FigureCandidate[] = [];
    if (sentence.heading) return found;
    for (const match of body.matchAll(NUMBER)) {
      const [whole, boundWords, currency, digits, scale, percent] = match;
      const start = sentence.start + match.index;
      const end = start + whole.length;
      const numberStart = start + (boundWords ? whole.indexOf(currency ?? digits, boundWords.length) : 0);
      if (this.analysis.quotes.some((quote) => start > quote.start && start < quote.end)) continue;
      const before = body.slice(Math.max(0, match.index - 12), match.index).toLowerCase();
      const after = text.slice(end, end + 12);
      const isWord = /^\p{L}/u.test(digits);
      let value = isWord ? WORD_NUMBERS[digits.toLowerCase()] : Number(digits.replace(/,/g, ""));
      // "One person died": "one" is a count only of a casualty.
      if (/^one$/i.test(digits) && /^\s+(?:person|man|woman|child|civilian|soldier|officer|firefighter)\b/i.test(after) && CASUALTY.test(text.slice(end + after.trimStart().split(/\s/)[0].length + 1, end + 60))) value = 1;
      if (!Number.isFinite(value)) continue;
      if (!isWord && !currency && !percent && !scale && /^\d{4}$/.test(digits) && value >= 1900 && value <= 2100) continue;
      if (MONTH_BEFORE.test(before) || /^\s*(?:st|nd|rd|th)\b|^-year|^-(?:day|hour|week|month)|^\s*(?:a\.m|p\.m|am\b|pm\b|GMT|UTC)/i.test(after)) continue;
      if (/(?:article|no\.|resolution|chapter|section|page|round|phase|covid|f-|su-|mig-|s-|day|flight|magnitude|category|level|grade|stage|tier)\s*$/i.test(before)) continue;
      if (/\b(?:the|its|their|his|her|our|both|these|those|all)\s+$/i.test(before) && !currency && !percent) continue;
      // "Karen Ng, 54, lost everything", "aged 54": an age.
      if (!currency && !percent && !scale && ((/\p{Lu}[\p{L}’'-]*,\s*$/u.test(body.slice(0, match.index)) && /^,/.test(after)) || /\baged\s+$/.test(before))) continue;
      // "Russia's two biggest oil companies": a rank among things, not a count of them.
      if (isWord && /^\s+(?:\p{Ll}+est|top|main|leading|major)\b/u.test(after)) continue;
      // "with 99.5% of polling stations counted", "the 5% threshold": how far a count has gone, or a rule, not a claim.
      if (percent && (/^\s+of\s+(?:the\s+)?(?:[\p{L}-]+\s+){0,2}(?:counted|in|processed|reporting)\b/u.test(text.slice(end, end + 50)) || /^\s+(?:threshold|mark|barrier|hurdle)\b/.test(after))) continue;
      if (scale) value *= SCALES[scale.toLowerCase()];
      let unit: string | undefined;
      let qualifier: string | undefined;
      let countedEnd = end;
      let toll = false;
      if (currency) unit = CURRENCIES[currency];
      else if (percent) unit = "percent";
      const following = this.wordsBetween(end, Math.min(sentence.end, end + 60));
      const counted: Word[] = [];
      if (!unit) {
        const ofThe = /^\s+of\s+the\s+([\p{L}-]+)/u.exec(text.slice(end, end + 40));
        const versus = /\d\s+([\p{L}-]+)\s+to\s+$/u.exec(body.slice(Math.max(0, match.index - 30), match.index));
        if (versus && found.at(-1)?.unit === versus[1].toLowerCase()) {
          // "by 125 votes to 46": the second count is of the same thing.
          unit = versus[1].toLowerCase();
        } else if (/^\s+of\s+(?:them|those|which)\b/i.test(after)) {
          unit = found.at(-1)?.unit;
          countedEnd = end + (/^\s+of\s+\w+/.exec(after)?.[0].length ?? 0);
        } else if (ofThe && !/^\d/.test(ofThe[1]) && !NOT_UNITS.has(ofThe[1].toLowerCase())) {
          unit = ofThe[1].toLowerCase();
          countedEnd = end + ofThe[0].length;
        } else if (/\bdeath toll\b[^.;]{0,30}$|\b(?:death|casualty) toll\b[^.;]{0,90}\b(?:passed|reached|rose to|risen to|climbed to|stood at|stands at|topped|exceeded|surpassed)\s+$/i.test(body.slice(0, match.index))) {
          unit = "people";
          toll = true;
        } else if (CASUALTY.test(text.slice(end, end + 30))) {
          // "3,124 injured", "a further 12 were killed", "812 dead": the people counted go unsaid.
          unit = "people";
        } else {
          for (const word of following) {
            if (text.slice(counted.at(-1)?.end ?? end, word.start).trim() && counted.length) break;
            if (!COUNTABLE.has(word.pos ?? "") || (word.pos === "VERB" && !counted.length && /ed$/.test(word.text))) break;
            // "25,000 people spent Wednesday night": a verb after the counted noun ends what is counted.
            if (word.pos === "VERB" && counted.some((other) => other.pos === "NOUN")) break;
            counted.push(word);
            if (counted.length >= 5) break;
          }
          // "810 drones and decoys": the first plural noun counts; "112 strike and decoy drones": the last.
          const conjunction = counted.findIndex((word) => word.pos === "CCONJ");
          if (conjunction > 0 && /s$/.test(counted[conjunction - 1].text) && counted[conjunction - 1].pos === "NOUN") counted.splice(conjunction);
          while (counted.length && (counted.at(-1)!.pos === "CCONJ" || counted.at(-1)!.pos === "ADJ" || (counted.at(-1)!.pos === "VERB" && counted.length > 1))) counted.pop();
          const head = counted.at(-1);
          if (!head || NOT_UNITS.has(head.text.toLowerCase()) || /^\p{Lu}/u.test(head.text)) continue;
          unit = head.text.toLowerCase() === "person" ? "people" : head.text.toLowerCase();
          qualifier = counted.length > 1 ? text.slice(counted[0].start, head.end) : undefined;
          countedEnd = head.end;
        }
      }
      if (!unit) continue;
      // "Two people close to the prime minister said": how many sources spoke is no claim.
      if (SOURCE_NOUNS.includes(unit) && /^\s*,?\s*(?:close to|familiar with|with knowledge|who\b|speaking\b|briefed\b|said\b|told\b|say\b)/.test(text.slice(countedEnd, countedEnd + 30))) continue;
      // "The death toll, police said, had risen to 41": a toll counts the dead, whatever verb moves it.
      const metric = toll ? "people_killed" : this.metricOf(sentence, numberStart, countedEnd, unit, percent ? following : []);
      found.push({
        value, unit, metric, qualifier, bound: boundWords ? BOUNDS[boundWords.toLowerCase()] : undefined,
        start: numberStart - (boundWords ? boundWords.length + 1 : 0), end: countedEnd, sentence, confidence: currency || percent ? 0.6 : 0.7,
      });
    }
    // "the 465-seat House of Representatives": the size of a chamber a vote is counted in.
    for (const match of body.matchAll(/(?<![\p{N}.,-])(\d{1,3}(?:,\d{3})+|\d+)-seat\b/gu)) {
      const start = sentence.start + match.index;
      if (this.analysis.quotes.some((quote) => start > quote.start && start < quote.end)) continue;
      found.push({ value: Number(match[1].replace(/,/g, "")), unit: "seats", metric: "seats", start, end: start + match[0].length, sentence, confidence: 0.5 });
    }
    return found;
  }

  /** unit + what happened to it: "drones_launched", "people_killed", "tariff_percent". */
  private metricOf(sentence: Sentence, numberStart: number, countedEnd: number, unit: string, following: Word[]): string {
    if (unit === "percent" && /\btariffs?\b|\bdut(?:y|ies)\b|\blev(?:y|ies)\b/i.test(this.analysis.text.slice(sentence.start, sentence.end))) return "tariff_rate";
    if (unit === "percent") {
      const noun = following.find((word) => word.pos === "NOUN") ?? this.wordsBetween(Math.max(sentence.start, numberStart - 40), numberStart).reverse().find((word) => word.pos === "NOUN");
      return snake([noun?.text.replace(/s$/, "") ?? "share", "percent"]);
    }
    const subject = CURRENCY_UNITS.has(unit) ? "funds" : unit.replace(/['’]s$/, "");
    const after = this.wordsBetween(countedEnd, Math.min(sentence.end, countedEnd + 40)).slice(0, 4);
    const passive = after.findIndex((word) => word.pos === "VERB" && /(?:ed|en|wn|ot|uck)$/.test(word.text));
    if (passive >= 0 && after.slice(0, passive).every((word) => /^(?:were|was|have|had|been|be|are|is|reportedly|also)$/i.test(word.text))) {
      const verb = after[passive].text;
      const down = after[passive + 1]?.text.toLowerCase() === "down" ? ["down"] : [];
      return snake([subject, participle(verb), ...down]);
    }
    const before = this.wordsBetween(Math.max(sentence.start, numberStart - 50), numberStart).slice(-5);
    const verbs: string[] = [];
    for (let i = before.length - 1; i >= 0; i--) {
      const word = before[i];
      if (!verbs.length && /^(?:down|off|out|back)$/.test(word.text) && /^\p{Ll}+$/u.test(before[i - 1]?.text ?? "")) {
        verbs.unshift(participle(before[i - 1].text), word.text);
        i--;
        continue;
      }
      const adjacent = i === before.length - 1 && word.pos === "NOUN" && /^\p{Ll}+$/u.test(word.text) && /^(?:to|or|and)$/.test(before[i - 1]?.text ?? "");
      if (word.pos === "VERB" || adjacent || (verbs.length && /^(?:or|and)$/.test(word.text))) verbs.unshift(/^(?:or|and)$/.test(word.text) ? word.text : participle(word.text));
      else if (verbs.length || !/^(?:managed|to|of|the|a|an|some|about|up|at|least|more|than|nearly|over)$/i.test(word.text)) break;
    }
    while (verbs.length && /^(?:or|and)$/.test(verbs[0])) verbs.shift();
    return snake([subject, ...verbs.filter((verb) => !/^(?:managed|said|claimed|reported|were|was)$/.test(verb))]) || "count";
  }
}
