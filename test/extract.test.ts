import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { extractArticle } from "../src/extract/extract.js";
import { ExtractError } from "../src/extract/input.js";
import { validateDocument } from "../src/ingest/validate.js";
import { loadGoldSet } from "../src/extract/gold-set.js";
import type { KnownActors } from "../src/extract/known-actors.js";

const seed = JSON.parse(readFileSync(new URL("../prisma/seed/coalition-of-the-willing-2025-09-04.json", import.meta.url), "utf8"));
const article = (text: string, publishedAt = "2025-09-04") => ({ url: "urn:dossier:test:1", title: "Test", publishedAt, text });
const codeOf = (run: () => unknown) => {
  try {
    run();
  } catch (error) {
    if (error instanceof ExtractError) return { code: error.code, field: error.field };
    throw error;
  }
  return undefined;
};

describe("the extractor", () => {
  it("drafts every gold article as a valid article document whose candidates point at their excerpts", () => {
    for (const { document } of loadGoldSet()) {
      const draft = extractArticle(document.article);
      expect(() => validateDocument(draft)).not.toThrow();
      const text = Array.from(document.article.text);
      for (const candidate of draft.extraction!.candidates) expect(text.slice(candidate.start, candidate.end).join("")).toBe(candidate.excerpt);
    }
  });

  it("is deterministic", () => {
    expect(JSON.stringify(extractArticle(seed.article))).toBe(JSON.stringify(extractArticle(seed.article)));
  });

  it("attributes quotes in every mark style, split quotes, inverted and pronoun attributions, and unnamed sources", () => {
    const text = [
      "German Chancellor Friedrich Merz arrived in Kyiv on Monday.",
      "«We will not abandon Ukraine,» Merz told reporters.",
      "„The aid will continue“, said Merz, „for as long as it takes.“",
      "He added that Berlin would send four more air defence systems.",
      "'Nothing has been decided about the timing yet,' a senior German official, speaking on condition of anonymity, said.",
    ].join("\n\n");
    const draft = extractArticle(article(text, "2025-09-09"));
    const merz = draft.actors!.find((actor) => actor.name === "Friedrich Merz")!.key;
    expect(draft.quotes!.map((quote) => [quote.kind, quote.speaker ?? quote.speakerDescription, quote.text])).toEqual([
      ["DIRECT", merz, "We will not abandon Ukraine"],
      ["DIRECT", merz, "The aid will continue, for as long as it takes."],
      ["PARAPHRASE", merz, "Berlin would send four more air defence systems."],
      ["DIRECT", "senior German official speaking on condition of anonymity", "Nothing has been decided about the timing yet"],
    ]);
    expect(draft.quotes![3].speakerAffiliation).toBe(draft.actors!.find((actor) => actor.name === "Germany")!.key);
  });

  it("resolves role nouns through known roles at the article's date, and matches known actors by Wikidata id and alias", () => {
    const known: KnownActors = {
      actors: [
        { slug: "emmanuel-macron", kind: "PERSON", name: "Emmanuel Macron", aliases: ["Macron"], wikidataId: "Q3052772", roles: [{ title: "President", of: "France", startDate: "2017-05-14" }] },
        { slug: "francois-hollande", kind: "PERSON", name: "François Hollande", aliases: [], roles: [{ title: "President", of: "France", startDate: "2012-05-15", endDate: "2017-05-14" }] },
        { slug: "france", kind: "COUNTRY", name: "France", aliases: ["French Republic"], wikidataId: "Q142", roles: [] },
      ],
    };
    const draft = extractArticle(article("The French President said on Thursday that the talks in Paris had gone well."), known);
    const speaker = draft.actors!.find((actor) => actor.key === draft.quotes![0].speaker);
    expect(speaker).toMatchObject({ slug: "emmanuel-macron", wikidataId: "Q3052772" });
    expect(draft.quotes![0]).toMatchObject({ saidAt: "2025-09-04", saidAtPrecision: "DAY" });
    const before = extractArticle(article("The French President said on Thursday that the talks in Paris had gone well.", "2016-01-07"), known);
    expect(before.actors!.find((actor) => actor.key === before.quotes![0].speaker)?.slug).toBe("francois-hollande");
    const matches = draft.extraction!.candidates.filter((candidate) => candidate.kind === "ACTOR").map((candidate) => candidate.match);
    expect(matches).toEqual(expect.arrayContaining(["ROLE", "WIKIDATA_ID"]));
  });

  it("finds held and planned meetings with their dates, and figures with bounds and claimants", () => {
    const text = [
      "Ukrainian President Volodymyr Zelenskyy met NATO Secretary General Mark Rutte in Brussels on Wednesday.",
      "Zelenskyy is due to meet US President Donald Trump on Friday, officials said.",
      "The Ukrainian Air Force said Russia launched more than 400 drones overnight, and that air defences shot down 380 of them.",
    ].join("\n\n");
    const draft = extractArticle(article(text, "2025-09-04"));
    const names = (keys: string[]) => keys.map((key) => draft.actors!.find((actor) => actor.key === key)!.name);
    expect(draft.meetings!.map((meeting) => [meeting.status, meeting.startsAt, names(meeting.attendees!.map((attendee) => attendee.actor!))])).toEqual([
      ["HELD", "2025-09-03", ["Volodymyr Zelenskyy", "Mark Rutte"]],
      ["PLANNED", "2025-09-05", ["Volodymyr Zelenskyy", "Donald Trump"]],
    ]);
    const figures = draft.incidents!.flatMap((incident) => incident.figures ?? []);
    expect(figures.map((figure) => [figure.value, figure.metric, figure.claimant && names([figure.claimant])[0]])).toEqual([
      [400, "drones_launched", "Ukrainian Air Force"],
      [380, "drones_shot_down", "Ukrainian Air Force"],
    ]);
    expect(draft.incidents![0].kind).toBe("DRONE_ATTACK");
    const figureCandidates = draft.extraction!.candidates.filter((candidate) => candidate.kind === "FIGURE");
    expect(figureCandidates[0]).toMatchObject({ bound: "MORE_THAN", excerpt: "more than 400 drones" });
  });

  it("reads co-chaired summits, absent invitees, trips, references to a meeting already reported, and casualties whose noun goes unsaid", () => {
    const text = [
      "Egyptian President Abdel Fattah al-Sisi and US President Donald Trump co-chaired a summit on Gaza in Egypt on Monday.",
      "Israeli Prime Minister Benjamin Netanyahu had been invited but did not attend, his office said.",
      "“This is a historic day for the region and for the whole world,” said Mr Sisi. The meeting was called a success by the organisers.",
      "Trump said he would visit China in April.",
      "The Health Ministry said 1,411 people had been killed and 3,124 injured in the quake, and that a further 12 were killed in the north.",
    ].join("\n\n");
    const draft = extractArticle(article(text, "2025-10-14"));
    const names = (keys: string[]) => keys.map((key) => draft.actors!.find((actor) => actor.key === key)!.name);
    expect(draft.meetings!.map((meeting) => [meeting.status, meeting.startsAt?.slice(0, 10), names(meeting.attendees!.map((attendee) => attendee.actor!))])).toEqual([
      ["HELD", "2025-10-13", ["Abdel Fattah al-Sisi", "Donald Trump", "Benjamin Netanyahu"]],
      ["PLANNED", "2026-04-01", ["Donald Trump", "China"]],
    ]);
    expect(draft.quotes!.filter((quote) => quote.kind === "DIRECT").map((quote) => quote.speaker && names([quote.speaker])[0])).toEqual(["Abdel Fattah al-Sisi"]);
    const figures = draft.incidents!.flatMap((incident) => incident.figures ?? []);
    expect(figures.map((figure) => [figure.value, figure.unit, figure.claimant && names([figure.claimant])[0]])).toEqual([
      [1411, "people", "Health Ministry"],
      [3124, "people", "Health Ministry"],
      [12, "people", "Health Ministry"],
    ]);
  });

  it("reads delegations by country, receptions, collective attendees, rounds called off, role nouns in apposition and gendered pronouns", () => {
    const text = [
      "BERLIN, March 12 — The foreign ministers of Germany, Poland and Spain met in Berlin on Tuesday to discuss energy prices.",
      "German Foreign Minister Anna Keller hosted Poland's Tomasz Nowak and Spain's Luis Ortega at the ministry.",
      "Nowak praised the host. The German foreign minister, Anna Keller, later told reporters that \"the talks were useful but hard\". Nowak said his country would sign. She said a deal could come by summer.",
      "Poland's Interior Ministry said 40 people had been detained at the border.",
      "President Jan Vogel received Nowak at the presidential palace on Wednesday, before seeing Ortega.",
      "The two sides last met in Madrid on February 3. A round planned for Warsaw on March 1 was called off.",
      "There were no plans for the two men to meet again, a diplomat said.",
    ].join("\n\n");
    const draft = extractArticle(article(text, "2025-03-12"));
    const name = (key: string | undefined) => draft.actors!.find((actor) => actor.key === key)?.name;
    expect(draft.meetings!.map((meeting) => [meeting.status, meeting.startsAt?.slice(0, 10), meeting.attendees!.map((attendee) => name(attendee.actor))])).toEqual([
      ["HELD", "2025-03-11", ["Anna Keller", "Tomasz Nowak", "Luis Ortega"]],
      ["HELD", "2025-03-12", ["Anna Keller", "Tomasz Nowak", "Luis Ortega"]],
      ["HELD", "2025-03-12", ["Jan Vogel", "Tomasz Nowak", "Luis Ortega"]],
      ["HELD", "2025-02-03", ["Germany", "Poland"]],
      ["CANCELLED", "2025-03-01", ["Germany", "Poland"]],
    ]);
    expect(draft.quotes!.filter((quote) => quote.speaker).map((quote) => [quote.kind, name(quote.speaker), quote.text])).toEqual([
      ["DIRECT", "Anna Keller", "the talks were useful but hard"],
      ["PARAPHRASE", "Tomasz Nowak", "His country would sign."],
      ["PARAPHRASE", "Anna Keller", "A deal could come by summer."],
      ["PARAPHRASE", "Interior Ministry", "40 people had been detained at the border."],
    ]);
    expect(draft.actors!.find((actor) => actor.name === "Interior Ministry")!.aliases).toContain("Poland's Interior Ministry");
  });

  it("reads trailing attributions with a role and an aside, coordinated reports, fragments in their clause, addresses to a parliament and event names", () => {
    const text = [
      "LISBON, May 6 — Tropical Storm Ana hit the coast on Monday as a Category 3 storm.",
      "At least 14 people were killed, Rui Costa, the country's interior minister, told reporters in Lisbon on Tuesday, up from nine a day earlier.",
      "The mayor, Ana Lopes, said dozens of homes had collapsed. More than 3,000 people spent the night in shelters, the National Civil Protection Directorate said.",
      "The ministry said it would provide 5 million euros in aid, and Prime Minister Luís Pires said on X that army teams had been deployed.",
      "Costa described the damage as \"truly exceptional\". The storm had left \"a broken region,\" said Pires. \"We will rebuild,\" he said.",
      "In a speech before the vote, Pires told lawmakers that the budget would be revised. The Assembly of the Republic backed the plan; the Assembly's speaker, Marta Reis, announced the result.",
    ].join("\n\n");
    const draft = extractArticle(article(text, "2025-05-06"));
    const name = (key: string | undefined) => draft.actors!.find((actor) => actor.key === key)?.name;
    expect(draft.quotes!.map((quote) => [quote.kind, name(quote.speaker), quote.text])).toEqual(expect.arrayContaining([
      ["PARAPHRASE", "Rui Costa", "At least 14 people were killed."],
      ["PARAPHRASE", "Ana Lopes", "Dozens of homes had collapsed."],
      ["PARAPHRASE", "National Civil Protection Directorate", "More than 3,000 people spent the night in shelters."],
      ["PARAPHRASE", "Luís Pires", "Army teams had been deployed."],
      ["DIRECT", "Rui Costa", "truly exceptional"],
      ["DIRECT", "Luís Pires", "a broken region"],
      ["DIRECT", "Luís Pires", "We will rebuild"],
    ]));
    expect(draft.actors!.map((actor) => actor.name)).not.toContain("Tropical Storm Ana");
    expect(draft.actors!.filter((actor) => /Assembly/.test(actor.name)).map((actor) => actor.name)).toEqual(["Assembly of the Republic"]);
    const figures = draft.incidents!.flatMap((incident) => incident.figures ?? []);
    expect(figures.map((figure) => [figure.value, figure.unit, name(figure.claimant)])).toEqual(expect.arrayContaining([[14, "people", "Rui Costa"], [3000, "people", "National Civil Protection Directorate"]]));
    expect(figures.map((figure) => figure.value)).not.toContain(3);
    expect(draft.meetings!.map((meeting) => [meeting.startsAt?.slice(0, 10), meeting.attendees!.map((attendee) => name(attendee.actor))])).toContainEqual(["2025-05-06", ["Assembly of the Republic", "Luís Pires"]]);
  });

  it("reads offices, spokespeople for a body, bodies named by their noun alone, titled speakers after short quotes and fragments inside reported clauses", () => {
    const text = [
      "NAIROBI, Kenya — Kenyan police said at least 16 people were killed in the protests on Tuesday. The death toll, police said, had risen to 19 by Wednesday.",
      "Shop owner Peter Otieno, 54, lost his store. \"We are ready to talk,\" Interior Minister Grace Wanjiru told reporters.",
      "Kenyan President William Ruto's office said in a statement that the president would address the nation. \"These measures are temporary,\" a spokesperson for the Treasury said.",
      "\"We are still counting,\" a senior police officer, who declined to be named, told the news agency. Another official said talks would resume on Friday.",
      "The army said 300 soldiers had been deployed. About 2,000 people fled to Uganda, according to aid officials.",
      "'We can't stop now, and we won't,' said opposition leader Raila Odinga. Odinga said in a statement that the government would have to meet the protesters \"in the coming days\". He added that the police were \"out of control\" and must be withdrawn.",
      "The talks were \"constructive\", according to government spokesman Isaac Mwaura. One person died in Tanzania, its disaster management agency said.",
    ].join("\n\n");
    const draft = extractArticle(article(text, "2025-07-09"));
    const name = (key: string | undefined) => draft.actors!.find((actor) => actor.key === key)?.name;
    expect(draft.quotes!.map((quote) => [quote.kind, name(quote.speaker) ?? quote.speakerDescription, quote.text])).toEqual([
      ["PARAPHRASE", "Kenyan police", "At least 16 people were killed in the protests on Tuesday."],
      ["PARAPHRASE", "Kenyan police", "The death toll had risen to 19 by Wednesday."],
      ["DIRECT", "Grace Wanjiru", "We are ready to talk"],
      ["PARAPHRASE", "William Ruto's office", "The president would address the nation."],
      ["DIRECT", "spokesperson for the Treasury", "These measures are temporary"],
      ["DIRECT", "senior police officer who declined to be named", "We are still counting"],
      ["PARAPHRASE", "official", "Talks would resume on Friday."],
      ["PARAPHRASE", "Kenya Army", "300 soldiers had been deployed."],
      ["PARAPHRASE", "aid officials", "About 2,000 people fled to Uganda."],
      ["DIRECT", "Raila Odinga", "We can't stop now, and we won't"],
      ["DIRECT", "Raila Odinga", "in the coming days"],
      ["DIRECT", "Raila Odinga", "out of control"],
      ["PARAPHRASE", "Raila Odinga", "The police were out of control and must be withdrawn."],
      ["DIRECT", "Isaac Mwaura", "constructive"],
      ["PARAPHRASE", "Disaster Management Agency", "One person died in Tanzania."],
    ]);
    const office = draft.actors!.find((actor) => actor.name === "William Ruto's office")!;
    expect(office).toMatchObject({ kind: "GOVERNMENT_BODY", aliases: expect.arrayContaining(["Office of the President of Kenya"]) });
    const figures = draft.incidents!.flatMap((incident) => incident.figures ?? []);
    expect(figures.map((figure) => [figure.value, figure.metric, name(figure.claimant)])).toEqual([
      [16, "people_killed", "Kenyan police"],
      [19, "people_killed", "Kenyan police"],
      [300, "soldiers_deployed", "Kenya Army"],
      [2000, "people_fled", undefined],
      [1, "people_died", "Disaster Management Agency"],
    ]);
  });

  it("keeps a split quotation to one attribution, and reads titles and role nouns around quotations in other mark styles", () => {
    const text = [
      "BERLIN — „Wir schaffen das“, said Chancellor Olaf Scholz. The chancellor later told lawmakers: „We will keep going.“",
      "\"The situation is under control,\" the Mayor of Hamburg, Peter Tschentscher, said on Tuesday.",
      "‘The union’s budget is not a blank cheque,’ said Army spokesman Colonel Jan Weber. The new chancellor said: «We will not give in to pressure.»",
    ].join("\n\n");
    const draft = extractArticle(article(text, "2025-07-09"));
    const name = (key: string | undefined) => draft.actors!.find((actor) => actor.key === key)?.name;
    expect(draft.quotes!.map((quote) => [quote.kind, name(quote.speaker), quote.text])).toEqual([
      ["DIRECT", "Olaf Scholz", "Wir schaffen das"],
      ["DIRECT", "Olaf Scholz", "We will keep going."],
      ["DIRECT", "Peter Tschentscher", "The situation is under control"],
      ["DIRECT", "Jan Weber", "The union’s budget is not a blank cheque"],
      ["DIRECT", "Olaf Scholz", "We will not give in to pressure."],
    ]);
  });

  it("reads titled trailing speakers, plural pronouns for unnamed sources, outlets by their medium, and leaves counts of sources out", () => {
    const text = [
      "KATHMANDU — At least 72 people were killed in the unrest, Chief Secretary Ek Narayan Aryal says, revising an earlier toll.",
      "Two people close to the prime minister, who spoke on condition of anonymity, said the cabinet would be named within days. They said the finance ministry would go to an economist.",
      "Aryal told Kantipur television on Tuesday that the curfew would be lifted in the capital.",
      "Police arrested 300 people overnight, The Kathmandu Post reported.",
      "'We will not give up,' Aryal said in a statement his office released on Sunday.",
    ].join("\n\n");
    const draft = extractArticle(article(text, "2025-09-14"));
    const name = (key: string | undefined) => draft.actors!.find((actor) => actor.key === key)?.name;
    expect(draft.quotes!.map((quote) => [name(quote.speaker) ?? quote.speakerDescription, quote.text])).toEqual([
      ["Ek Narayan Aryal", "At least 72 people were killed in the unrest."],
      ["people close to the prime minister", "The cabinet would be named within days."],
      ["people close to the prime minister", "The finance ministry would go to an economist."],
      ["Ek Narayan Aryal", "The curfew would be lifted in the capital."],
      ["Ek Narayan Aryal", "We will not give up"],
    ]);
    expect(draft.actors!.find((actor) => actor.name === "Kantipur")?.kind).toBe("MEDIA");
    expect(draft.incidents!.flatMap((incident) => incident.figures ?? []).map((figure) => figure.value)).toEqual([72, 300]);
  });

  it("keeps the article's attributions: per AP, reported, told the agency", () => {
    const draft = extractArticle(seed.article);
    const figure = draft.incidents!.flatMap((incident) => incident.figures ?? [])[0];
    expect(figure.citations[0]).toMatchObject({ attribution: "per AP", attributedTo: "the-associated-press" });
    const official = draft.quotes!.find((quote) => quote.speakerDescription?.includes("official"))!;
    expect(official.citations[0]).toMatchObject({ attribution: "told the US-based news agency", attributedTo: "the-associated-press" });
  });

  it("refuses empty, oversized, binary and non-English text with a code", () => {
    expect(codeOf(() => extractArticle(article("")))).toEqual({ code: "BLANK", field: "text" });
    expect(codeOf(() => extractArticle(article("a ".repeat(25_001))))).toEqual({ code: "TOO_LONG", field: "text" });
    expect(codeOf(() => extractArticle(article("\u0000\u0001\u0002 ELF binary")))).toEqual({ code: "NOT_TEXT", field: "text" });
    expect(codeOf(() => extractArticle(article("Der Bundeskanzler traf am Montag in Kiew den ukrainischen Präsidenten und sagte weitere Hilfe zu.")))).toEqual({ code: "UNSUPPORTED_LANGUAGE", field: "text" });
    expect(codeOf(() => extractArticle({ ...article("Macron said the talks went well."), url: "not a url" }))).toEqual({ code: "INVALID", field: "url" });
    expect(codeOf(() => extractArticle(article("Macron said the talks went well.", "last Thursday")))).toEqual({ code: "INVALID", field: "publishedAt" });
  });
});
