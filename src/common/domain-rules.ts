/**
 * The model's rules that both the API inputs and the article document enforce, written once: each
 * says when a value breaks it and how to tell, in words both error paths use.
 */
export const domainRules = {
  /** A `country` names an actor of kind COUNTRY. */
  country: { holds: (kind: string) => kind === "COUNTRY", message: "must be an actor of kind COUNTRY" },
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
