import fs from "node:fs";
import { describe, expect, it } from "vitest";
import { useTestServer } from "./helpers/server.js";
import { nodes } from "./helpers/graph.js";
import { seedDocument } from "./helpers/ingest.js";
import {
  ActorAndNodeDocument, ActorAtDocument, ActorQuotesDocument, ActorSlugsDocument, ArticleCitationsDocument, FirstMeetingAndQuoteDocument,
  IncidentsWithFiguresDocument, MeetingAttendeesDocument, MeetingsInDetailDocument, NodesByIdsDocument, QuotesWithSpeakersDocument,
  SeedArticleDocument,
} from "./generated/graphql.js";

const articleText = seedDocument().article.text;

const api = useTestServer();

describe("the seed article as a graph", () => {
  it("keeps the seed article's text exactly as published", async () => {
    const data = await api.request(SeedArticleDocument);
    expect(data.articles.totalCount).toBe(1);
    expect(data.articles.edges[0].node.text).toBe(fs.readFileSync(new URL("../prisma/seed/coalition-of-the-willing-2025-09-04.txt", import.meta.url), "utf8"));
  });

  it("returns the Paris meeting with its attendees, their parts and what was said ahead of it", async () => {
    const data = await api.request(MeetingsInDetailDocument);
    const paris = nodes(data.meetings).find((meeting) => meeting.place?.name === "Paris" && meeting.status === "HELD")!;
    expect(paris).toMatchObject({ startsAt: "2025-09-04T00:00:00.000Z", startPrecision: "DAY", place: { country: { name: "France" } } });
    const attendees = nodes(paris.attendees).map((attendance) => [attendance.actor.name, attendance.role]);
    expect(attendees).toEqual(expect.arrayContaining([["Steve Witkoff", "PARTICIPANT"], ["Emmanuel Macron", "CHAIR"], ["Keir Starmer", "CHAIR"]]));
    expect(paris.attendees.totalCount).toBe(attendees.length);
    const statements = nodes(paris.statements);
    expect(statements).toContainEqual({
      kind: "DIRECT",
      text: "We Europeans are ready to provide security guarantees to Ukraine and the Ukrainians on the day peace is signed.",
      meetingTiming: "BEFORE",
      speaker: { name: "Emmanuel Macron" },
    });
    expect(nodes(paris.citations)[0]).toMatchObject({ attributedTo: { name: "The Associated Press" } });
  });

  it("tells planned meetings from held ones", async () => {
    const data = await api.request(MeetingAttendeesDocument);
    const attendeeNames = (meeting: (typeof data.meetings.edges)[number]["node"]) => nodes(meeting.attendees).map((a) => a.actor.name).sort();
    const planned = nodes(data.meetings).filter((meeting) => meeting.status === "PLANNED");
    expect(planned.map(attendeeNames)).toContainEqual(["Steve Witkoff", "Volodymyr Zelenskyy"]);
    const summit = nodes(data.meetings).find((meeting) => attendeeNames(meeting).includes("Kim Jong Un"))!;
    expect(summit.status).toBe("HELD");
    expect(attendeeNames(summit)).toEqual(["Kim Jong Un", "Vladimir Putin", "Xi Jinping"]);
  });

  it("attributes the planned Witkoff–Zelenskyy talks to the anonymous official, per AP", async () => {
    const data = await api.request(QuotesWithSpeakersDocument);
    const official = nodes(data.quotes).filter((quote) => quote.speaker === null);
    expect(official.length).toBeGreaterThan(0);
    for (const quote of official) {
      expect(quote.speakerDescription).toMatch(/Ukrainian presidency official/);
      expect(quote.speakerAffiliation?.name).toMatch(/Office of the President of Ukraine/);
    }
  });

  it("holds the drone attack's competing figures with their claimant and the source they came through", async () => {
    const data = await api.request(IncidentsWithFiguresDocument);
    const attack = nodes(data.incidents).find((incident) => incident.kind === "DRONE_ATTACK")!;
    expect(attack.timeSpan).toBe("overnight Thursday");
    expect(nodes(attack.participants).map((p) => [p.actor.name, p.role])).toEqual(
      expect.arrayContaining([["Russia", "PERPETRATOR"], ["Ukraine", "TARGET"]]),
    );
    const figures = nodes(attack.figures);
    expect(figures.map((figure) => [figure.metric, figure.value, figure.claimant?.name])).toEqual(
      expect.arrayContaining([["drones_launched", 112, "Ukrainian Air Force"], ["drones_intercepted_or_jammed", 84, "Ukrainian Air Force"]]),
    );
    for (const figure of figures) {
      expect(nodes(figure.citations)).toContainEqual({ attribution: "per AP", attributedTo: { name: "The Associated Press" } });
    }
    const tariff = nodes(data.incidents).find((incident) => incident.kind === "TARIFF")!;
    expect(nodes(tariff.participants).map((p) => [p.actor.name, p.role])).toEqual(
      expect.arrayContaining([["United States", "INITIATOR"], ["India", "TARGET"]]),
    );
  });

  it("answers what an actor was at a date, and what they said and attended", async () => {
    const data = await api.request(ActorSlugsDocument);
    const witkoff = nodes(data.actors).find((actor) => actor.slug === "steve-witkoff")!;
    const detail = await api.request(ActorAtDocument, { id: witkoff.id, at: "2025-09-04T00:00:00Z" });
    expect(detail.actor?.country?.name).toBe("United States");
    expect(nodes(detail.actor!.roles)[0]).toMatchObject({ of: { name: "Donald Trump" }, holder: { name: "Steve Witkoff" } });
    expect(detail.actor?.meetings.totalCount).toBeGreaterThanOrEqual(3);

    const trump = nodes(data.actors).find((actor) => actor.slug === "donald-trump")!;
    const quotes = await api.request(ActorQuotesDocument, { id: trump.id });
    const said = nodes(quotes.actor!.quotes);
    expect(said.every((quote) => quote.speaker?.name === "Donald Trump")).toBe(true);
    expect(said.map((quote) => quote.text)).toContain(
      "I’m having a conversation with him very shortly, and I’ll know pretty much what we’re going to be doing.",
    );
    expect(said.find((quote) => quote.text.startsWith("I’m having"))?.meeting?.title).toMatch(/Nawrocki/);
  });

  it("cites every fact with an excerpt found verbatim in the article at its offsets", async () => {
    const data = await api.request(ArticleCitationsDocument);
    const citations = nodes(data.articles.edges[0].node.citations);
    expect(citations.length).toBe(data.articles.edges[0].node.citations.totalCount);
    expect(citations.length).toBeGreaterThan(20);
    const codePoints = Array.from(articleText);
    for (const citation of citations) {
      expect(codePoints.slice(citation.startOffset, citation.endOffset).join("")).toBe(citation.excerpt);
    }
    expect(new Set(citations.map((citation) => citation.fact.__typename))).toEqual(
      new Set(["Role", "Meeting", "Attendance", "Quote", "Incident", "Figure"]),
    );
  });
});

describe("ids", () => {
  it("fetches any object by its global id through node and nodes", async () => {
    const data = await api.request(FirstMeetingAndQuoteDocument);
    const meeting = data.meetings.edges[0].node;
    const quote = data.quotes.edges[0].node;
    const fetched = await api.request(NodesByIdsDocument, { ids: [meeting.id, quote.id] });
    expect(fetched.nodes).toEqual([{ __typename: "Meeting", ...meeting }, { __typename: "Quote", ...quote }]);
  });

  it("returns null for an unknown id", async () => {
    const unknown = Buffer.from("Actor:00000000-0000-7000-8000-000000000000").toString("base64url");
    expect(await api.request(ActorAndNodeDocument, { id: unknown })).toEqual({ actor: null, node: null });
  });

  it.each([
    ["not base64 at all", "%%%"],
    ["a raw uuid", "0198f2a0-0000-7000-8000-000000000000"],
    ["the id of another type", Buffer.from("Quote:00000000-0000-7000-8000-000000000000").toString("base64url")],
  ])("rejects %s with BAD_USER_INPUT naming the argument", async (_, id) => {
    const { data, errors } = await api.query(`query ($id: ID!) { actor(id: $id) { name } }`, { id });
    expect(data).toEqual({ actor: null });
    expect(errors?.[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", argumentName: "id" });
    expect(errors?.[0].message).toMatch(/"id"/);
    expect(JSON.stringify(errors)).not.toMatch(/stacktrace|at .*\.ts/);
  });
});
