import type { Analysis, Sentence } from "./analysis.js";
import type { DraftActor } from "./actors.js";
import { within, type Mention } from "./mention.js";

/** The article's words for where it has a fact from ("per AP", "told the US-based news agency"), and that source. */
export interface Attribution {
  words: string;
  actor?: DraftActor;
}

const NEWS_NOUN = String.raw`(?:news agency|agency|publication|newspaper|broadcaster|outlet|channel|network|wire service|magazine)`;

/** Attributions, sentence by sentence: what each sentence says it has from a news outlet. */
export class Attributions {
  /** The outlet the article as a whole reports from ("…, The Associated Press reported."). */
  private readonly source?: DraftActor;

  constructor(
    private readonly analysis: Analysis,
    private readonly mentions: Mention[],
  ) {
    const media = mentions.filter((mention) => mention.actor?.kind === "MEDIA");
    this.source = media.find((mention) => /^\s*(?:reported|reports|said)\b/.test(analysis.text.slice(mention.end, mention.end + 12)))?.actor ??
      (new Set(media.map((mention) => mention.actor)).size === 1 ? media[0].actor : undefined);
  }

  private mediaAt(start: number): Mention | undefined {
    return within(this.mentions, start, start + 200).find((mention) => mention.start === start && mention.actor?.kind === "MEDIA");
  }

  private readonly cache = new Map<Sentence, Attribution | undefined>();

  of(sentence: Sentence): Attribution | undefined {
    if (!this.cache.has(sentence)) this.cache.set(sentence, this.find(sentence));
    return this.cache.get(sentence);
  }

  private find(sentence: Sentence): Attribution | undefined {
    const text = this.analysis.text.slice(sentence.start, sentence.end);
    const at = (index: number) => sentence.start + index;
    for (const match of text.matchAll(/\b(?:per|via|according to)\s+(?=\S)/gi)) {
      const outlet = this.mediaAt(at(match.index + match[0].length)) ?? this.mediaAt(at(match.index + match[0].length + 4));
      if (outlet) return { words: this.analysis.text.slice(at(match.index), outlet.end), actor: outlet.actor };
    }
    for (const mention of within(this.mentions, sentence.start, sentence.end)) {
      if (mention.actor?.kind !== "MEDIA") continue;
      const reported = /^\s*(reported|reports|said|wrote)\b/.exec(this.analysis.text.slice(mention.end, mention.end + 12));
      const start = /\bThe\s+$/.test(this.analysis.text.slice(mention.start - 4, mention.start)) ? mention.start - 4 : mention.start;
      if (reported) return { words: this.analysis.text.slice(start, mention.end + reported[0].length), actor: mention.actor };
      const told = /\btold\s+$/.exec(this.analysis.text.slice(mention.start - 12, mention.start));
      if (told) return { words: this.analysis.text.slice(mention.start - told[0].length, mention.end), actor: mention.actor };
    }
    const told = new RegExp(String.raw`\btold\s+(?:the\s+)?(?:[\w-]+\s+){0,2}${NEWS_NOUN}\b`, "i").exec(text);
    if (told) return { words: told[0], actor: this.source };
    if (/\breportedly\b/.test(text)) return { words: "reportedly", actor: this.source };
    return undefined;
  }
}
