import type { QuoteDoc, RoleDoc } from "../document.js";
import { matchQuote, matchRole } from "../../graph/rules.js";
import type { ApplyContext } from "./context.js";
import { mentionFact, namedBy } from "./facts.js";
import { instant } from "./values.js";

export async function applyRoles(ctx: ApplyContext, roles: RoleDoc[]): Promise<void> {
  for (const [index, role] of roles.entries()) {
    const data = {
      holderId: ctx.id("actors", role.holder), title: role.title, ofId: ctx.id("actors", role.of),
      startDate: instant(role.startDate), startPrecision: role.startPrecision ?? null,
      endDate: instant(role.endDate), endPrecision: role.endPrecision ?? null,
    };
    await mentionFact(ctx, {
      type: "ROLE", key: role.key, path: ["roles", index], ...namedBy(role), data, citations: role.citations,
      rules: () => matchRole(ctx.tx, data),
    });
  }
}

export async function applyQuotes(ctx: ApplyContext, quotes: QuoteDoc[]): Promise<void> {
  for (const [index, quote] of quotes.entries()) {
    const data = {
      kind: quote.kind, text: quote.text, language: quote.language ?? "en",
      speakerId: ctx.id("actors", quote.speaker), speakerDescription: quote.speakerDescription ?? null,
      speakerAffiliationId: ctx.id("actors", quote.speakerAffiliation),
      saidAt: instant(quote.saidAt), saidAtPrecision: quote.saidAtPrecision ?? null,
      meetingId: ctx.id("meetings", quote.meeting), meetingTiming: quote.meetingTiming ?? null,
      placeId: ctx.id("places", quote.place),
      aboutIncidentId: ctx.id("incidents", quote.aboutIncident), aboutMeetingId: ctx.id("meetings", quote.aboutMeeting),
    };
    await mentionFact(ctx, {
      type: "QUOTE", key: quote.key, path: ["quotes", index], ...namedBy(quote), data, citations: quote.citations,
      rules: () => matchQuote(ctx.tx, data),
    });
  }
}
