import type { QuoteDoc, RoleDoc } from "../document.js";
import type { ApplyContext } from "./context.js";
import { OwnedFacts } from "./owned-facts.js";
import { instant } from "./values.js";

export async function applyRoles(ctx: ApplyContext, roles: RoleDoc[]): Promise<OwnedFacts> {
  const facts = await OwnedFacts.load(ctx, "role");
  for (const role of roles) {
    await facts.apply({
      key: role.key,
      data: {
        holderId: ctx.id("actors", role.holder), title: role.title, ofId: ctx.id("actors", role.of),
        startDate: instant(role.startDate), startPrecision: role.startPrecision ?? null,
        endDate: instant(role.endDate), endPrecision: role.endPrecision ?? null,
      },
      citations: role.citations,
    });
  }
  return facts;
}

export async function applyQuotes(ctx: ApplyContext, quotes: QuoteDoc[]): Promise<OwnedFacts> {
  const facts = await OwnedFacts.load(ctx, "quote");
  for (const quote of quotes) {
    await facts.apply({
      key: quote.key,
      data: {
        kind: quote.kind, text: quote.text, language: quote.language ?? "en",
        speakerId: ctx.id("actors", quote.speaker), speakerDescription: quote.speakerDescription ?? null,
        speakerAffiliationId: ctx.id("actors", quote.speakerAffiliation),
        saidAt: instant(quote.saidAt), saidAtPrecision: quote.saidAtPrecision ?? null,
        meetingId: ctx.id("meetings", quote.meeting), meetingTiming: quote.meetingTiming ?? null,
        placeId: ctx.id("places", quote.place),
      },
      citations: quote.citations,
    });
  }
  return facts;
}
