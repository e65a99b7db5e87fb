import type { Transaction } from "./mutation.js";

/**
 * The model's rules, written once: each says when a value breaks it and how to tell. The write
 * commands (src/write/) enforce them on every row they write, whoever writes it; the article
 * document also checks what it can see by itself before anything is written, to list every
 * problem at once.
 */
export const domainRules = {
  /** A `country` names an actor of kind COUNTRY. */
  country: { holds: (kind: string) => kind === "COUNTRY", message: "must be an actor of kind COUNTRY" },
  /** Nothing ends before it starts (either may be unknown). */
  order: {
    holds: (start: Date | string | null | undefined, end: Date | string | null | undefined) =>
      start == null || end == null || new Date(end).getTime() >= new Date(start).getTime(),
    message: (startName: string) => `must not be before ${startName}`,
  },
  /** `meetingTiming` says when a quote was said relative to its meeting: it needs one. */
  meetingTiming: {
    holds: (quote: { meetingTiming?: unknown; meeting?: unknown }) => quote.meetingTiming == null || quote.meeting != null,
    message: "needs a meeting: it says when the quote was said relative to it",
  },
  /** A quote's speaker is named, or described (an unnamed official), not both. */
  speakerDescription: {
    holds: (quote: { speaker?: unknown; speakerDescription?: unknown }) => quote.speaker == null || quote.speakerDescription == null,
    message: "describes an unnamed speaker, but the quote names its speaker: give speaker or speakerDescription, not both",
  },
} as const;

/**
 * A row a command was about to write breaks a domain rule. `column` is the row's column
 * ("countryId"); each caller names it its own way (`input.country`, `places[0].country`).
 */
export class RuleViolation extends Error {
  constructor(
    readonly code: "INVALID" | "END_BEFORE_START",
    readonly column: string,
    readonly rule: string,
    /** What the column refers to, when that is why ("the PERSON Emmanuel Macron"). */
    readonly found?: string,
  ) {
    super(`${column} ${rule}`);
  }
}

/** Enforces `country` on a row's `countryId`, against the actor as stored. */
export async function checkCountry(tx: Transaction, countryId: string | null | undefined): Promise<void> {
  if (typeof countryId !== "string") return;
  const actor = await tx.actor.findUnique({ where: { id: countryId }, select: { kind: true, name: true } });
  if (actor && !domainRules.country.holds(actor.kind)) {
    throw new RuleViolation("INVALID", "countryId", domainRules.country.message, `the ${actor.kind} ${actor.name}`);
  }
}

/** Enforces `order` on a row's start and end columns. */
export function checkOrder(row: Record<string, unknown>, start: string, end: string): void {
  if (!domainRules.order.holds(row[start] as Date | null, row[end] as Date | null)) {
    throw new RuleViolation("END_BEFORE_START", end, domainRules.order.message(start));
  }
}

/** Enforces the quote rules on a quote row. */
export function checkQuote(row: { meetingTiming: unknown; meetingId: unknown; speakerId: unknown; speakerDescription: unknown }): void {
  if (!domainRules.meetingTiming.holds({ meetingTiming: row.meetingTiming, meeting: row.meetingId })) {
    throw new RuleViolation("INVALID", "meetingTiming", domainRules.meetingTiming.message);
  }
  if (!domainRules.speakerDescription.holds({ speaker: row.speakerId, speakerDescription: row.speakerDescription })) {
    throw new RuleViolation("INVALID", "speakerDescription", domainRules.speakerDescription.message);
  }
}
