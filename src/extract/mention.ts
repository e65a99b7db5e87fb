import type { ActorRegistry, DraftActor } from "./actors.js";

// What the mention pass finds (src/extract/mentions.ts) and the rule passes read.

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

/** The mentions (sorted by start) that lie between `start` and `end`, found by binary search. */
export function within(mentions: Mention[], start: number, end: number): Mention[] {
  let low = 0;
  let high = mentions.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (mentions[middle].start < start) low = middle + 1;
    else high = middle;
  }
  const found: Mention[] = [];
  for (let i = low; i < mentions.length && mentions[i].start < end; i++) if (mentions[i].end <= end) found.push(mentions[i]);
  return found;
}
