import winkNLP, { type ItemSentence } from "wink-nlp";
import model from "wink-eng-lite-web-model";

// wink-nlp reads with the English model it ships in its npm package: nothing is downloaded, and
// the same text always gives the same tokens. Loaded once per process, on first use (about 0.2 s),
// so that a server that never extracts does not pay for it at start.
let reader: ReturnType<typeof winkNLP> | undefined;
const nlp = () => (reader ??= winkNLP(model, ["sbd", "pos"]));

/** A sentence of the article; offsets are UTF-16 indexes into the text, end exclusive. */
export interface Sentence {
  index: number;
  start: number;
  end: number;
  paragraph: number;
  /** A line without closing punctuation: a headline or crosshead, not prose. */
  heading: boolean;
}

export interface Token {
  start: number;
  end: number;
  pos: string;
}

/** A quotation: the marks at `start` and `end - 1`, the words in between. */
export interface QuoteSpan {
  start: number;
  end: number;
}

export interface Analysis {
  text: string;
  sentences: Sentence[];
  tokens: Token[];
  quotes: QuoteSpan[];
}

const QUOTE_PAIRS: [string, string][] = [["“", "”"], ["„", "“"], ["„", "”"], ["«", "»"], ["»", "«"], ["‹", "›"], ["「", "」"]];

/** Quotations in every common style; straight and single quotes by position, since ' and ’ are also apostrophes. */
export function findQuotes(text: string): QuoteSpan[] {
  const spans: QuoteSpan[] = [];
  const covered = (at: number) => spans.some((span) => at >= span.start && at < span.end);
  for (const [open, close] of QUOTE_PAIRS) {
    for (let at = text.indexOf(open); at >= 0; at = text.indexOf(open, at + 1)) {
      if (covered(at)) continue;
      const end = text.indexOf(close, at + 1);
      if (end > at + 1 && !text.slice(at + 1, end).includes("\n\n")) spans.push({ start: at, end: end + 1 });
    }
  }
  const straight = /(^|[\s([—–-])"([^"\n]+)"/g;
  for (const match of text.matchAll(straight)) {
    const start = match.index + match[1].length;
    if (!covered(start)) spans.push({ start, end: start + match[2].length + 2 });
  }
  // An apostrophe between letters ("can't", "union’s") stays inside the quotation.
  const single = /(^|[\s([—–-])[‘'](?=\S)((?:[^‘’'\n]|(?<=\p{L})['’](?=\p{L})){2,}?)(?<=\S)[’'](?![\p{L}\p{N}])/gu;
  for (const match of text.matchAll(single)) {
    const start = match.index + match[1].length;
    if (!covered(start)) spans.push({ start, end: start + match[2].length + 2 });
  }
  return spans.sort((a, b) => a.start - b.start);
}

/** Sentences, with those wink-nlp splits inside a quotation joined again, and never across a line break. */
function sentencesOf(text: string, starts: number[], quotes: QuoteSpan[]): Sentence[] {
  const cuts = new Set<number>();
  for (const start of starts) if (!quotes.some((quote) => start > quote.start && start < quote.end - 1)) cuts.add(start);
  for (let at = text.indexOf("\n"); at >= 0; at = text.indexOf("\n", at + 1)) cuts.add(at + 1);
  const bounds = [...cuts].filter((cut) => cut > 0 && cut < text.length).sort((a, b) => a - b);
  const sentences: Sentence[] = [];
  let paragraph = 0;
  let from = 0;
  for (const to of [...bounds, text.length]) {
    const raw = text.slice(from, to);
    const start = from + (raw.length - raw.trimStart().length);
    const end = from + raw.trimEnd().length;
    if (end > start) {
      if (sentences.length && text.slice(sentences.at(-1)!.end, start).includes("\n")) paragraph++;
      const lineEnd = text.indexOf("\n", start);
      const line = text.slice(start, lineEnd < 0 ? text.length : lineEnd).trim();
      const heading = end === start + line.length && !/[.!?”"’:…)]$/.test(line) && line.length < 160;
      sentences.push({ index: sentences.length, start, end, paragraph, heading });
    }
    from = to;
  }
  return sentences;
}

/** Tokens with their offsets and part of speech, and the text's sentences and quotations. */
export function analyse(text: string): Analysis {
  const doc = nlp().readDoc(text);
  const its = nlp().its;
  const values = doc.tokens().out(its.value) as string[];
  const tags = doc.tokens().out(its.pos) as string[];
  // wink-nlp keeps every character, so each token is found at or after the end of the one before.
  const byIndex: (Token | undefined)[] = [];
  let cursor = 0;
  values.forEach((value, i) => {
    const start = text.indexOf(value, cursor);
    if (start < 0) return;
    cursor = start + value.length;
    byIndex[i] = { start, end: cursor, pos: tags[i] };
  });
  const starts: number[] = [];
  doc.sentences().each((sentence: ItemSentence) => {
    const [first] = sentence.out(its.span) as unknown as [number, number];
    const token = byIndex[first];
    if (token) starts.push(token.start);
  });
  const tokens = byIndex.filter((token): token is Token => token !== undefined);
  const quotes = findQuotes(text);
  return { text, sentences: sentencesOf(text, starts, quotes), tokens, quotes };
}

/** The part of speech of the token starting at `offset`, if one does. */
export function posAt(analysis: Analysis, offset: number): string | undefined {
  let low = 0;
  let high = analysis.tokens.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (analysis.tokens[middle].start < offset) low = middle + 1;
    else high = middle;
  }
  return analysis.tokens[low]?.start === offset ? analysis.tokens[low].pos : undefined;
}

/** The sentence holding `offset`. */
export function sentenceAt(analysis: Analysis, offset: number): Sentence {
  let low = 0;
  let high = analysis.sentences.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if (analysis.sentences[middle].start <= offset) low = middle;
    else high = middle - 1;
  }
  return analysis.sentences[low];
}

/** Whether `offset` lies inside a quotation. */
export function insideQuote(analysis: Analysis, offset: number): boolean {
  // Quotations are sorted by start; one holding `offset` starts before it (a quotation nests at most one other).
  let low = 0;
  let high = analysis.quotes.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (analysis.quotes[middle].start < offset) low = middle + 1;
    else high = middle;
  }
  return [analysis.quotes[low - 1], analysis.quotes[low - 2]].some((quote) => quote !== undefined && offset < quote.end - 1);
}
