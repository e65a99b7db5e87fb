import type { Transaction } from "../../common/mutation.js";
import { writtenThroughApi } from "../../graph/support.js";
import { existingId, optionalId } from "../../common/references.js";
import { UserInputError } from "../../common/user-errors.js";
import { domainRules } from "../../common/domain-rules.js";
import type { QuoteInput } from "./quote.inputs.js";

async function quoteData(tx: Transaction, input: QuoteInput) {
  if (!domainRules.meetingTiming.holds(input)) throw new UserInputError("INVALID", ["input", "meetingTiming"], `meetingTiming ${domainRules.meetingTiming.message}`);
  if (!domainRules.speakerDescription.holds(input)) {
    throw new UserInputError("INVALID", ["input", "speakerDescription"], `speakerDescription ${domainRules.speakerDescription.message}`);
  }
  return {
    kind: input.kind,
    text: input.text,
    language: input.language ?? "en",
    speakerId: await optionalId(tx, "Actor", input.speaker, "input.speaker"),
    speakerDescription: input.speakerDescription ?? null,
    speakerAffiliationId: await optionalId(tx, "Actor", input.speakerAffiliation, "input.speakerAffiliation"),
    saidAt: input.saidAt ?? null,
    saidAtPrecision: input.saidAtPrecision ?? null,
    meetingId: await optionalId(tx, "Meeting", input.meeting, "input.meeting"),
    meetingTiming: input.meetingTiming ?? null,
    placeId: await optionalId(tx, "Place", input.place, "input.place"),
    aboutIncidentId: await optionalId(tx, "Incident", input.aboutIncident, "input.aboutIncident"),
    aboutMeetingId: await optionalId(tx, "Meeting", input.aboutMeeting, "input.aboutMeeting"),
  };
}

/** Whom a quote concerns, for quoteRecorded(actor) subscribers: its speaker and the speaker's affiliation. */
export function quoteActorIds(quote: { speakerId: string | null; speakerAffiliationId: string | null }): string[] {
  return [quote.speakerId, quote.speakerAffiliationId].filter((id): id is string => id !== null);
}

export async function createQuote(tx: Transaction, input: QuoteInput) {
  return writtenThroughApi(tx, "QUOTE", await tx.quote.create({ data: await quoteData(tx, input) }));
}

export async function updateQuote(tx: Transaction, globalId: string, input: QuoteInput) {
  const id = await existingId(tx, "Quote", globalId, "id");
  return writtenThroughApi(tx, "QUOTE", await tx.quote.update({ where: { id }, data: await quoteData(tx, input) }));
}
