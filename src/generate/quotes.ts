import { agencySource, ArticleDraft } from "./articles.js";
import { addDays, atTime, formatDate, HISTORY_START, TODAY } from "./calendar.js";
import type { Random } from "./random.js";
import { directQuote, paraphrase, topic } from "./sentences.js";
import { sqlTimestamp, type GraphWriter } from "./writer.js";
import type { PersonRef, World } from "./world.js";

export interface QuoteSetting {
  /** null: a speaker the article does not name. */
  speaker: PersonRef | null;
  saidAt: Date | null;
  precision: "DAY" | "TIME" | null;
  meetingId?: string;
  timing?: "BEFORE" | "DURING" | "AFTER";
  placeId?: string;
}

/** Writes one quote and the article sentence that reports it (the excerpt is the quote's text). */
export async function writeQuote(writer: GraphWriter, random: Random, world: World, draft: ArticleDraft, setting: QuoteSetting): Promise<void> {
  const { speaker } = setting;
  const country = speaker?.country ?? world.countries[random.skewedIndex(world.countries.length)];
  const other = random.pick(world.countries);
  const direct = speaker === null || random.chance(0.7);
  const text = direct ? directQuote(random, country, other) : paraphrase(random, country, other);
  const description = speaker ? null : `a ${random.chance(0.5) ? "senior " : ""}${country.spec.demonym} official speaking on condition of anonymity`;
  const id = random.uuid();
  await writer.add("Quote", {
    id, kind: direct ? "DIRECT" : "PARAPHRASE", text, speakerId: speaker?.id, speakerDescription: description,
    speakerAffiliationId: speaker ? null : country.office.id,
    saidAt: setting.saidAt && sqlTimestamp(setting.saidAt), saidAtPrecision: setting.saidAt ? setting.precision : null,
    meetingId: setting.meetingId, meetingTiming: setting.timing, placeId: setting.placeId,
  });
  if (description) {
    draft.write(`"`).cite(text, "quoteId", id, { attribution: description, actor: null }).write(`," said ${description}. `);
    return;
  }
  const source = agencySource(random, world.media, draft.publisher);
  draft.write(direct ? `${speaker!.name} said: "` : `${speaker!.name} said `).cite(text, "quoteId", id, source);
  draft.write(`${direct ? `"` : ""}${source ? `, ${source.attribution}` : ""}. `);
}

/** A dated, timed or undated moment, as quotes are reported. */
export function saidWhen(random: Random, day: Date): Pick<QuoteSetting, "saidAt" | "precision"> {
  if (random.chance(0.03)) return { saidAt: null, precision: null };
  return random.chance(0.45) ? { saidAt: atTime(random, day), precision: "TIME" } : { saidAt: day, precision: "DAY" };
}

const QUOTES_PER_ARTICLE = 20;

/** Quotes outside meetings, in time order over the whole history, twenty to an article. */
export async function createStandaloneQuotes(writer: GraphWriter, random: Random, world: World, count: number): Promise<void> {
  const spanDays = (TODAY.getTime() - HISTORY_START.getTime()) / 86_400_000;
  for (let start = 0; start < count; start += QUOTES_PER_ARTICLE) {
    const day = addDays(HISTORY_START, Math.floor((start / count) * spanDays));
    const draft = new ArticleDraft(`Statements on ${topic(random)}, ${formatDate(day)}`, random.pick(world.media), addDays(day, 1));
    for (let i = start; i < Math.min(count, start + QUOTES_PER_ARTICLE); i++) {
      const speaker = random.chance(0.05) ? null : world.persons[random.skewedIndex(world.persons.length)];
      const placeId = random.chance(0.3) ? random.pick(world.places).id : undefined;
      await writeQuote(writer, random, world, draft, { speaker, ...saidWhen(random, day), placeId });
    }
    await draft.publish(writer, random, start);
  }
}
