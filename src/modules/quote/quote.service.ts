import type { Transaction } from "../../common/mutation.js";
import { writtenThroughApi } from "../../graph/support.js";
import { existingId, optionalId } from "../../common/references.js";
import type { UnitOfWork } from "../../write/unit.js";
import { quotes } from "../../write/commands.js";
import type { QuoteInput } from "./quote.inputs.js";

async function quoteData(tx: Transaction, input: QuoteInput) {
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

export async function createQuote(unit: UnitOfWork, input: QuoteInput) {
  return writtenThroughApi(unit, "QUOTE", await quotes.create(unit, await quoteData(unit.tx, input)));
}

export async function updateQuote(unit: UnitOfWork, globalId: string, input: QuoteInput) {
  const id = await existingId(unit.tx, "Quote", globalId, "id");
  return writtenThroughApi(unit, "QUOTE", await quotes.update(unit, id, await quoteData(unit.tx, input)));
}
