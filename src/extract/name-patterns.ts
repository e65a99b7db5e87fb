import { countryNamed, organizationNamed } from "./actors.js";
import { SOURCE_NOUNS, SPEECH_VERBS, TITLES } from "./lexicon/words.js";

// The patterns of names, titles, sources and role nouns the mention pass matches, and helpers on
// the words of a capitalised sequence.

export const PLACE_HEADS = new Set(["square", "hospital", "street", "airport", "city", "province", "region", "district", "island", "islands", "mountains", "river", "sea", "strait", "bay", "camp", "port", "school", "building", "bridge", "stadium", "hotel", "gallery", "park", "valley", "desert", "border", "plaza", "avenue", "land", "summit", "conference", "forum", "talks", "agreement", "accord", "treaty", "deal", "plan", "day", "war", "week", "games", "cup", "prize", "award", "facility", "initiative", "programme", "program", "act", "bill", "strip", "peninsula", "coast", "county", "state", "oblast", "prefecture", "governorate", "centre", "center", "hall", "house"]);
export const LOWERCASE_ORG = /^(?:['’]s)?\s+((?:foreign |defen[cs]e |health |interior |finance |economy |trade |emergency |security |intelligence |border |coast |national |central |armed |general |air )?(?:military|army|navy|air force|presidency|ministry|government|police|forces|parliament|service|bank|embassy|guard|staff|cabinet))\b/;
export const WORD = String.raw`\p{Lu}\.(?=\s+\p{Lu}\p{Ll})|(?:al|el|ad|as)-\p{Lu}[\p{L}\p{M}]*|\p{Lu}\.(?:\p{Lu}\.)+|\p{Lu}[\p{L}\p{M}]*\d*(?:-\p{Lu}[\p{L}\p{M}]*)*(?:['’]\p{Lu}\p{L}*)?`;
export const CONNECTOR = String.raw`(?:of the|of|for|de|des|da|do|dos|das|di|del|van|von|bin|al|el|la|le|du|der|den|ibn)`;
export const SEQUENCE = new RegExp(String.raw`(?:${WORD})(?:\s+(?:${CONNECTOR}\s+){0,2}(?:${WORD}))*`, "gu");
export const titleSet = new Set(TITLES);
export const longestTitle = Math.max(...TITLES.map((title) => title.split(" ").length));
export const speechAfter = new RegExp(String.raw`^\s*,?\s*(?:\p{Ll}+\s+){0,2}(?:${SPEECH_VERBS.join("|")})\b`, "u");
export const SOURCE = new RegExp(
  String.raw`\b(?:[Aa]n?|[Aa]nother|[Oo]ne|[Tt]wo|[Tt]hree|[Ss]everal|[Tt]he)\s+((?:(?!(?:${SPEECH_VERBS.join("|")})\s)[\p{L}’'-]+\s+){0,4}?)(${SOURCE_NOUNS.join("|")})\b((?:\s+(?:for|at|with|from|in)\s+(?:(?!(?:${SPEECH_VERBS.join("|")})\b)[\p{L}’'.&-]+\s*?){1,6}(?=,|\s+(?:${SPEECH_VERBS.join("|")})\b))?(?:,?\s+(?:who|speaking|familiar|close|with knowledge|briefed|requesting|asking|granted)\b[^,.;“"]*)?)`,
  "gu",
);
export const eitherCase = (phrase: string) => phrase.replace(/\b\p{Ll}/gu, (letter) => `[${letter}${letter.toUpperCase()}]`);
export const ROLE_NOUN = new RegExp(
  String.raw`\b[Tt]he\s+((?:[\p{L}.]+\s+)?)(${TITLES.filter((title) => !/\.$|^(mr|mrs|ms|dr)$/.test(title)).sort((a, b) => b.length - a.length).map(eitherCase).join("|")})\b(?!\s+\p{Lu})`,
  "gu",
);
export const BARE_SOURCE = new RegExp(String.raw`(^|(?<![\p{L}-]))((?:\p{Lu}[\p{L}.]+(?:['’]s)?\s+)?(?:(?:regional|local|senior|military|government|western|security|police|health|rescue|emergency|city|state|hospital|medical|intelligence|aid|humanitarian|rights|civil|defen[cs]e|border|fire|disaster|election|electoral|party|foreign|interior)\s+){0,2}|(?:other|two|three|several|some)\s+)?(?:officials|sources|diplomats|analysts|residents|witnesses|organisers|organizers|authorities|agencies|groups|rescuers|investigators|prosecutors|medics|negotiators|aides|people familiar with [^,.;]+)\b`, "gu");
export const PRONOUN = /\b(he|she|He|She)\b/g;
/** "Trump’s special envoy Steve Witkoff", "Cambodia’s prime minister, Hun Manet". */
export const POSSESSIVE_TITLE = /^['’]s\s+((?:[a-z-]+\s+){0,3}?)((?:special |deputy |top |chief )?(?:envoy|chief of staff|adviser|advisor|spokesperson|spokesman|spokeswoman|aide|prime minister|foreign minister|president|leader|chancellor|premier|minister|secretary|ambassador|negotiator|lawyer|deputy|speaker|chairman|chairwoman|chief executive|founder|wife|husband|son|daughter))(?:\s+|,\s+)(?=\p{Lu})/u;

/** A body's head noun, lowercase: "assembly" of "National Assembly" and of "Assembly of the Republic". */
export function headNoun(name: string): string {
  return (/^(\S+) of\b/.exec(name)?.[1] ?? name.split(" ").at(-1)!).toLowerCase();
}

export function titleCase(phrase: string): string {
  return phrase.replace(/(^|[\s-])(\p{Ll})/gu, (_, space: string, letter: string) => space + letter.toUpperCase());
}

export interface Word {
  text: string;
  start: number;
  end: number;
}

/** The words of a capitalised sequence found at `offset`. */
export function wordsOf(sequence: string, offset: number): Word[] {
  return [...sequence.matchAll(/\S+/g)].map((match) => ({ text: match[0], start: offset + match.index, end: offset + match.index + match[0].length }));
}

export const span = (words: Word[]) => ({ start: words[0].start, end: words.at(-1)!.end });
export const joined = (words: Word[], text: string) => text.slice(words[0].start, words.at(-1)!.end);

/** How many words from `i` form a title ("Prime Minister"), 0 when none does. */
export function titleAt(words: Word[], i: number): number {
  for (let n = Math.min(longestTitle, words.length - i); n > 0; n--) {
    if (titleSet.has(words.slice(i, i + n).map((word) => word.text.toLowerCase()).join(" "))) return n;
  }
  return 0;
}

export function countryAt(words: Word[], i: number): number {
  for (let n = Math.min(4, words.length - i); n > 0; n--) if (countryNamed(words.slice(i, i + n).map((word) => word.text).join(" "))) return n;
  return 0;
}

export function organizationAt(words: Word[], i: number): number {
  for (let n = words.length - i; n > 0; n--) if (organizationNamed(words.slice(i, i + n).map((word) => word.text).join(" "))) return n;
  return 0;
}
