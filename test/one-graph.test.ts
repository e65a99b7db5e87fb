import { beforeAll, describe, expect, it } from "vitest";
import { useTestServer } from "./helpers/server.js";
import { nodes } from "./helpers/graph.js";
import { fixture, useGraphApi, type Ingested } from "./helpers/one-graph.js";
import { CandidatesDocument } from "./generated/graphql.js";

/** A server of its own for a describe block (no test depends on another block's writes), with the one-graph helpers. */
function useGraph() {
  const api = useTestServer();
  return { api, ...useGraphApi(api) };
}
const SEED = "urn:dossier:article:2025-09-04-coalition-of-the-willing-paris";
const SECOND = "https://example.org/wire/2025/09/05/coalition-of-the-willing-paris";
const LATER = "https://example.org/daily/2025/09/06/witkoff-zelenskyy-met-in-paris";

const COALITION = "Coalition of the willing meeting in Paris on security guarantees for Ukraine";

describe("a second outlet's report of the seed's events", () => {
  const { api, ingest, resolutionOf, meetings, actorNamed, quotesOf, drones, totals, urls } = useGraph();
  let second: Ingested;
  beforeAll(async () => {
    second = await ingest(fixture("second-outlet-paris-coalition"));
  });

  it("joins the seed's Paris meeting: one meeting, citations from both articles, corroborated by 2", async () => {
    expect(resolutionOf(second, "meetings[0]")).toMatchObject({ outcome: "matched", by: "meeting:same-date-most-attendees" });
    const all = await meetings();
    expect(all).toHaveLength(6);
    const paris = all.find((meeting) => meeting.id === resolutionOf(second, "meetings[0]").node?.id)!;
    // The current title is the latest report's; the seed's stays its version.
    expect(paris.title).toBe("Coalition of the willing talks in Paris");
    expect(paris.sources[0].values.title).toBe(COALITION);
    expect(urls(paris.citations)).toEqual([SECOND, SEED].sort());
    expect(paris.corroboration).toEqual({ articles: 2, publishers: 1 });
    expect(paris.sources.map((source) => [source.article?.url, source.key])).toEqual([[SEED, "meeting-coalition-paris"], [SECOND, "paris-talks"]]);
    // Starmer, named "Sir Keir Starmer" by the second outlet, is one attendee, supported by both articles.
    const starmer = nodes(paris.attendees).find((attendee) => attendee.actor.name === "Keir Starmer")!;
    expect(starmer.corroboration.articles).toBe(2);
    expect(nodes(paris.attendees)).toHaveLength(4);
  });

  it("records Macron's quote once, whatever the typography and the missing final period", async () => {
    expect(resolutionOf(second, "quotes[0]")).toMatchObject({ outcome: "matched", by: "quote:same-speaker-same-text" });
    const [macron] = await actorNamed("Emmanuel Macron");
    const quotes = await quotesOf(macron.id);
    const ready = quotes.filter((quote) => quote.text.startsWith("We Europeans are ready"));
    expect(ready).toHaveLength(1);
    expect(ready[0].text).toBe("We Europeans are ready to provide security guarantees to Ukraine and the Ukrainians on the day peace is signed.");
    expect(ready[0].corroboration).toEqual({ articles: 2, publishers: 1 });
  });

  it("counts the same drone figures as corroborations, not as new figures, and figureTotals counts them once", async () => {
    expect(resolutionOf(second, "incidents[0]").by).toBe("incident:same-kind-date-place");
    expect(resolutionOf(second, "incidents[0].figures[0]")).toMatchObject({ outcome: "matched", by: "figure:corroboration" });
    const [attack] = await drones();
    const figures = nodes(attack.figures);
    expect(figures).toHaveLength(2);
    for (const figure of figures) expect(figure.corroboration.articles).toBe(2);
    expect((await totals()).drones_launched).toMatchObject({ total: 112, min: 112, max: 112, count: 1 });
  });

  it("takes spelling variants as the known actor without adding the spelling, and lists them as merge candidates", async () => {
    expect(resolutionOf(second, "actors[1]")).toMatchObject({ outcome: "matched", by: "variant" });
    expect(resolutionOf(second, "actors[3]")).toMatchObject({ outcome: "matched", by: "variant" });
    const candidates = (await api.request(CandidatesDocument, { type: "ACTOR" })).mergeCandidates;
    expect(candidates.map((candidate) => [(candidate.known as { name: string }).name, candidate.evidence.variant, candidate.other]).sort()).toEqual([
      ["Keir Starmer", "Sir Keir Starmer", null],
      ["Volodymyr Zelenskyy", "Volodymyr Zelenskiy", null],
    ]);
    expect(candidates.every((candidate) => candidate.article?.url === SECOND)).toBe(true);
    const [zelenskyy] = await actorNamed("Volodymyr");
    expect(zelenskyy.aliases).toEqual(["Zelenskyy"]);
    expect(await actorNamed("Sir Keir")).toEqual([]);
  });
});

describe("a later report that the planned talks were held", () => {
  const { ingest, resolutionOf, meetings, drones, totals } = useGraph();
  const meetingTitled = async (title: string) => (await meetings()).find((meeting) => meeting.title === title)!;
  let later: Ingested;
  beforeAll(async () => {
    await ingest(fixture("second-outlet-paris-coalition"));
    later = await ingest(fixture("later-report-witkoff-zelenskyy-held"));
  });

  it("makes the planned meeting HELD from the later report, the earlier PLANNED still visible as the seed's version", async () => {
    expect(resolutionOf(later, "meetings[0]")).toMatchObject({ outcome: "matched", by: "meeting:same-date-most-attendees" });
    const talks = await meetingTitled("Steve Witkoff meets Volodymyr Zelenskyy in Paris");
    expect(talks.status).toBe("HELD");
    expect(talks.sources.map((source) => [source.article?.url, source.values.status])).toEqual([[SEED, "PLANNED"], [LATER, "HELD"]]);
    expect(await meetings()).toHaveLength(6);
  });

  it("keeps the competing claimant apart in figureTotals, with min and max across claimants", async () => {
    const launched = (await totals()).drones_launched;
    expect(launched).toMatchObject({ total: 105, min: 105, max: 112, count: 2 });
    expect(launched.claimants.map((entry) => [entry.claimant?.name, entry.total, entry.count]).sort()).toEqual([
      ["Independent drone monitoring group", 105, 1],
      ["Ukrainian Air Force", 112, 1],
    ]);
    const air = nodes((await drones())[0].figures).find((figure) => figure.metric === "drones_launched" && figure.value === 112)!;
    expect(air.corroboration.articles).toBe(3);
  });

  it("lands a document naming the meeting by its ref, or by its global id, on that meeting", async () => {
    const talks = await meetingTitled("Steve Witkoff meets Volodymyr Zelenskyy in Paris");
    const text = "The Witkoff–Zelenskyy talks were short.";
    const byRef = await ingest({
      article: { url: "https://example.org/brief/1", title: "Brief", publishedAt: "2025-09-05", text },
      meetings: [{ key: "talks", ref: "witkoff-zelenskyy-paris-2025-09-04", title: "Short talks", status: "HELD", citations: [{ excerpt: text }] }],
    });
    expect(resolutionOf(byRef, "meetings[0]")).toMatchObject({ by: "ref", node: { id: talks.id } });
    const byId = await ingest({
      article: { url: "https://example.org/brief/2", title: "Brief", publishedAt: "2025-09-05", text },
      meetings: [{ key: "talks", id: talks.id, title: "Talks", status: "HELD", citations: [{ excerpt: text }] }],
    });
    expect(resolutionOf(byId, "meetings[0]")).toMatchObject({ by: "id", node: { id: talks.id } });
    const current = (await meetings()).find((meeting) => meeting.id === talks.id)!;
    expect(current.corroboration.articles).toBe(4);
    expect(current.title).toBe("Steve Witkoff meets Volodymyr Zelenskyy in Paris");
  });
});

describe("what articles say that the model could not hold before", () => {
  const { api, ingest, resolutionOf } = useGraph();
  const text = "By Jane Roe. More than 400 drones hit Ukraine overnight, officials said. Zelenskyy called the attack “cynical” and said talks would resume next week. NATO was not mentioned again.";
  const document = {
    article: { url: "https://example.org/analysis/more-than-400", title: "More than 400 drones", publishedAt: "2025-09-08", authors: ["Jane Roe"], text },
    actors: [
      { key: "zelenskyy", kind: "PERSON", name: "Volodymyr Zelenskyy", slug: "volodymyr-zelenskyy", wikidataId: "Q3874799" },
      { key: "nato", kind: "ORGANIZATION", name: "NATO", slug: "nato", wikidataId: "Q7184" },
    ],
    meetings: [{ key: "talks", title: "Resumed talks", status: "PLANNED", startsAt: "2025-09-08", startPrecision: "WEEK", citations: [{ excerpt: "talks would resume next week" }] }],
    incidents: [{
      key: "attack", kind: "DRONE_ATTACK", title: "Attack of more than 400 drones", startsAt: "2025-09-07", startPrecision: "DAY",
      figures: [{ key: "drones", metric: "drones_launched", value: 400, bound: "AT_LEAST", unit: "drones", citations: [{ excerpt: "More than 400 drones" }] }],
      citations: [{ excerpt: "More than 400 drones hit Ukraine overnight" }],
    }],
    quotes: [{ key: "cynical", kind: "PARAPHRASE", text: "The attack was cynical.", speaker: "zelenskyy", aboutIncident: "attack", citations: [{ excerpt: "Zelenskyy called the attack “cynical”" }] }],
  } as const;

  it("keeps authors, actors mentioned without a fact, week precision, figure bounds and quotes about an incident", async () => {
    const result = await ingest(structuredClone(document) as never);
    const { data } = await api.query(`query($id: ID!, $quote: ID!) {
      article: node(id: $id) { ... on Article { authors mentionedActors { name } } }
      quote: node(id: $quote) { ... on Quote { aboutIncident { title } } }
      figureTotals(filter: { incidentKind: [DRONE_ATTACK], startsAt: { from: "2025-09-07T00:00:00Z" } }, groupBy: ALL) { metric total atLeast count }
      meetings(filter: { status: [PLANNED] }) { edges { node { title startPrecision } } }
    }`, { id: result.article!.id, quote: resolutionOf(result, "quotes[0]").node!.id });
    expect(data.article).toEqual({ authors: ["Jane Roe"], mentionedActors: [{ name: "NATO" }, { name: "Volodymyr Zelenskyy" }] });
    expect(data.quote.aboutIncident.title).toBe("Attack of more than 400 drones");
    expect(data.figureTotals).toEqual([{ metric: "drones_launched", total: 400, atLeast: true, count: 1 }]);
    expect(data.meetings.edges.map((edge: any) => edge.node)).toContainEqual({ title: "Resumed talks", startPrecision: "WEEK" });
  });

  it("refuses contradictions and points at the closest passage of an excerpt not in the text", async () => {
    const bad = structuredClone(document) as any;
    bad.article.url = "https://example.org/analysis/contradictions";
    bad.quotes[0].speakerDescription = "a Ukrainian official";
    bad.actors.push({ key: "official", kind: "PERSON", name: "Jan Kowalski", slug: "jan-kowalski", country: "zelenskyy" });
    bad.quotes[0].citations[0].excerpt = "Zelenskyy called the attack \"cynical\"";
    const { data } = await api.write(`mutation($input: JSONObject!) { ingestArticle(input: $input) { article { id } errors { field code message } } }`, { input: bad });
    expect(data.ingestArticle.article).toBeNull();
    expect(data.ingestArticle.errors).toEqual([
      { field: ["input", "actors", "2", "country"], code: "INVALID", message: 'refers to "zelenskyy", a PERSON: must be an actor of kind COUNTRY' },
      { field: ["input", "quotes", "0", "speakerDescription"], code: "INVALID", message: expect.stringMatching(/^describes an unnamed speaker, but the quote names its speaker/) },
      {
        field: ["input", "quotes", "0", "citations", "0", "excerpt"], code: "EXCERPT_NOT_IN_TEXT",
        message: "is not in the article text; the closest passage is \"Zelenskyy called the attack “cynical”\": it differs only in quote marks, dashes or spaces (’ ' “ \" – —)",
      },
    ]);
  });

  it("lists a meeting on the same day and place sharing one attendee as a merge candidate, not as the same meeting", async () => {
    const brief = "Macron met NATO chief Mark Rutte in Paris on Thursday.";
    const result = await ingest({
      article: { url: "https://example.org/brief/macron-rutte", title: "Macron meets Rutte", publishedAt: "2025-09-05", text: brief },
      actors: [
        { key: "macron", kind: "PERSON", name: "Emmanuel Macron", slug: "emmanuel-macron", wikidataId: "Q3052772" },
        { key: "rutte", kind: "PERSON", name: "Mark Rutte", slug: "mark-rutte", wikidataId: "Q57792" },
      ],
      places: [{ key: "paris", name: "Paris", slug: "paris" }],
      meetings: [{
        key: "macron-rutte", title: "Macron meets Mark Rutte", status: "HELD", startsAt: "2025-09-04", startPrecision: "DAY", place: "paris",
        attendees: [{ actor: "macron", role: "HOST" }, { actor: "rutte", role: "PARTICIPANT" }], citations: [{ excerpt: brief }],
      }],
    });
    expect(resolutionOf(result, "meetings[0]").outcome).toBe("created");
    const candidates = (await api.request(CandidatesDocument, { type: "MEETING" })).mergeCandidates;
    const paris = candidates.find((candidate) => candidate.other?.id === resolutionOf(result, "meetings[0]").node!.id && candidate.evidence.sharedAttendees === 1)!;
    expect(paris).toMatchObject({ score: 0.65, evidence: { sameDate: true, samePlace: true } });
  });
});
