import { print } from "graphql";
import { describe, expect, it } from "vitest";
import { useTestServer } from "./helpers/server.js";
import { actorId, nodes, walkPages } from "./helpers/graph.js";
import {
  ActorBySlugDocument,
  ActorTimelineDocument,
  IncidentsFilteredDocument,
  MeetingsFilteredDocument,
  PlacesFilteredDocument,
  QuotesFilteredDocument,
  SearchEverythingDocument,
  type ActorTimelineQueryVariables,
  type MeetingFilter,
  type QuoteFilter,
} from "./generated/graphql.js";

// Everything here reads the seed article (prisma/seed/), loaded into the test file's fresh database.
const api = useTestServer();

const meetingTitles = async (filter: MeetingFilter) =>
  nodes((await api.request(MeetingsFilteredDocument, { filter, first: 100 })).meetings).map((meeting) => meeting.title);
const quotes = async (filter: QuoteFilter) => nodes((await api.request(QuotesFilteredDocument, { filter, first: 100 })).quotes);

/** The error of a request the server refuses: its code and the argument it names. */
async function refusal(document: Parameters<typeof print>[0], variables: Record<string, unknown>) {
  const { data, errors } = await api.query(print(document), variables);
  expect(data ?? null).toBeNull();
  return { message: errors?.[0].message, ...errors?.[0].extensions };
}

describe("actorBySlug", () => {
  it("finds an actor by slug, and null for an unknown slug", async () => {
    const { actorBySlug } = await api.request(ActorBySlugDocument, { slug: "emmanuel-macron" });
    expect(actorBySlug).toMatchObject({ name: "Emmanuel Macron", slug: "emmanuel-macron", kind: "PERSON", id: await actorId(api, "Emmanuel Macron") });
    expect((await api.request(ActorBySlugDocument, { slug: "nobody-at-all" })).actorBySlug).toBeNull();
  });
});

describe("places(filter)", () => {
  const names = async (filter: object) => nodes((await api.request(PlacesFilteredDocument, { filter, first: 100 })).places).map((place) => place.name);

  it("finds places by the start of their name or of a word of it, ignoring case and accents", async () => {
    expect(await names({ namePrefix: "wash" })).toEqual(["White House, Washington"]);
    expect(await names({ namePrefix: "PÂR" })).toEqual(["Paris"]);
    expect(await names({ namePrefix: "aris" })).toEqual([]);
  });

  it("finds places by country, and pages through them", async () => {
    const france = await actorId(api, "France");
    expect(await names({ country: france })).toEqual(["Paris"]);
    const first = await api.request(PlacesFilteredDocument, { first: 2 });
    expect(first.places.totalCount).toBe(4);
    const rest = await api.request(PlacesFilteredDocument, { first: 2, after: first.places.pageInfo.endCursor });
    expect([...nodes(first.places), ...nodes(rest.places)].map((place) => place.name)).toEqual(["China", "Paris", "Ukraine", "White House, Washington"]);
  });

  it.each([
    [{ namePrefix: " " }, "filter.namePrefix", /must not be empty/],
    [{ country: "not-an-id" }, "filter.country", /not-an-id/],
  ])("refuses %j", async (filter, argumentName, message) => {
    expect(await refusal(PlacesFilteredDocument, { filter })).toMatchObject({ code: "BAD_USER_INPUT", argumentName, message: expect.stringMatching(message) });
  });
});

describe("meetings(filter: { title, placeName })", () => {
  it("finds meetings by words of their title, stemmed, in time order", async () => {
    expect(await meetingTitles({ title: "guarantee" })).toEqual(["Coalition of the willing meeting in Paris on security guarantees for Ukraine"]);
    expect(await meetingTitles({ title: "planned -conversation" })).toEqual(["Planned meeting between Steve Witkoff and Volodymyr Zelenskyy"]);
    // "ceasefire" is only in the description of the Paris meeting: the title filter does not see it.
    expect(await meetingTitles({ title: "ceasefire" })).toEqual([]);
  });

  it("finds meetings by the name of their place, and composes with the other conditions", async () => {
    const paris = ["Coalition of the willing meeting in Paris on security guarantees for Ukraine", "Planned meeting between Steve Witkoff and Volodymyr Zelenskyy"];
    expect((await meetingTitles({ placeName: "paris" })).sort()).toEqual(paris);
    expect(await meetingTitles({ placeName: "Washington" })).toEqual(["Donald Trump meets Polish President Karol Nawrocki at the White House"]);
    expect(await meetingTitles({ placeName: "paris", status: ["PLANNED"] })).toEqual([paris[1]]);
    expect(await meetingTitles({ placeName: "paris", title: "coalition" })).toEqual([paris[0]]);
    expect(await meetingTitles({ placeName: "Moscow" })).toEqual([]);
  });

  it.each([
    [{ title: "" }, "filter.title", /must not be empty/],
    [{ placeName: "x".repeat(1001) }, "filter.placeName", /at most 1000 characters/],
  ])("refuses %#", async (filter, argumentName, message) => {
    expect(await refusal(MeetingsFilteredDocument, { filter })).toMatchObject({ code: "BAD_USER_INPUT", argumentName, message: expect.stringMatching(message) });
  });
});

describe("date filters", () => {
  it("take a plain date as 00:00 UTC of that day, as well as a date-time", async () => {
    const oneDay = await meetingTitles({ startsAt: { from: "2025-09-04", to: "2025-09-05" } });
    expect(oneDay.sort()).toEqual([
      "Coalition of the willing meeting in Paris on security guarantees for Ukraine",
      "Planned meeting between Steve Witkoff and Volodymyr Zelenskyy",
    ]);
    expect(await meetingTitles({ startsAt: { from: "2025-09-04T00:00:00Z", to: "2025-09-05T00:00:00Z" } })).toEqual(await meetingTitles({ startsAt: { from: "2025-09-04", to: "2025-09-05" } }));
    expect(await meetingTitles({ startsAt: { to: "2025-09-04" } })).toEqual(["Donald Trump meets Polish President Karol Nawrocki at the White House"]);
    const saidOn3rd = await quotes({ saidAt: { from: "2025-09-03", to: "2025-09-04" } });
    expect(saidOn3rd.map((quote) => quote.speaker?.name)).toEqual(["Donald Trump", "Donald Trump"]);
  });

  it("take a plain date in a literal too", async () => {
    const { data, errors } = await api.query(`{ incidents(filter: { startsAt: { from: "2025-09-04" } }) { edges { node { title } } } }`);
    expect(errors).toBeUndefined();
    expect(data.incidents.edges.map((edge: any) => edge.node.title)).toEqual(["Russian drone attack on Ukraine overnight Thursday"]);
  });

  it.each(["2025-02-30", "2025-9-4", "04/09/2025"])("refuse %j with HTTP 400, naming the variable", async (from) => {
    const variables = { filter: { startsAt: { from } } };
    expect((await api.post(print(MeetingsFilteredDocument), variables)).status).toBe(400);
    const { message, code } = await refusal(MeetingsFilteredDocument, variables);
    expect(code).toBe("BAD_USER_INPUT");
    expect(message).toContain("$filter");
    expect(message).toContain(from);
  });
});

describe("filters by attribution and by unnamed source", () => {
  it("finds everything the anonymous official said: quotes of an unnamed speaker, by the words of the attribution", async () => {
    const said = await quotes({ unnamedSpeaker: true, attribution: "anonymous official" });
    expect(said.map((quote) => quote.text).sort()).toEqual([
      "The goal was to discuss the security guarantees in depth.",
      "Witkoff also planned to meet with President Volodymyr Zelenskyy during the talks.",
    ]);
    expect(said.every((quote) => quote.speaker === null && quote.speakerDescription === "Ukrainian presidency official speaking on condition of anonymity")).toBe(true);
    expect(await quotes({ unnamedSpeaker: true })).toEqual(said);
    const office = await actorId(api, "Office of the President of Ukraine");
    expect(await quotes({ speakerAffiliation: office })).toEqual(said);
    expect(await quotes({ speakerDescription: "presidency officials" })).toEqual(said);
    expect(await quotes({ speakerDescription: "minister" })).toEqual([]);
  });

  it("keeps named and unnamed speakers apart", async () => {
    const named = await quotes({ unnamedSpeaker: false });
    const all = await quotes({});
    expect(named.length).toBe(all.length - 2);
    expect(named.every((quote) => quote.speaker !== null)).toBe(true);
  });

  it("finds facts by the actor a citation attributes them to", async () => {
    const ap = await actorId(api, "The Associated Press");
    const attributed = await quotes({ attributedTo: ap });
    expect(attributed.length).toBeGreaterThan(0);
    expect(attributed.every((quote) => nodes(quote.citations).some((citation) => citation.attributedTo?.name === "The Associated Press"))).toBe(true);
    const unattributed = (await quotes({})).filter((quote) => !nodes(quote.citations).some((citation) => citation.attributedTo));
    expect(attributed.length + unattributed.length).toBe((await quotes({})).length);
    const { incidents } = await api.request(IncidentsFilteredDocument, { filter: { attributedTo: ap } });
    expect(nodes(incidents).map((incident) => incident.title)).toEqual(["Russian drone attack on Ukraine overnight Thursday"]);
  });

  it("finds meetings, quotes and incidents by the words of a citation's attribution", async () => {
    expect(await meetingTitles({ attribution: "anonymity" })).toEqual(["Planned meeting between Steve Witkoff and Volodymyr Zelenskyy"]);
    expect(await meetingTitles({ attribution: "reported", title: "coalition" })).toEqual(["Coalition of the willing meeting in Paris on security guarantees for Ukraine"]);
    const perAp = await quotes({ attribution: "per AP" });
    expect(perAp.map((quote) => quote.speaker?.name)).toEqual(["Ukrainian Air Force"]);
    const { incidents } = await api.request(IncidentsFilteredDocument, { filter: { attribution: "per AP" } });
    expect(incidents.totalCount).toBe(1);
    expect((await api.request(IncidentsFilteredDocument, { filter: { attribution: "Reuters" } })).incidents.totalCount).toBe(0);
  });

  it.each([
    [{ attribution: "" }, "filter.attribution"],
    [{ attributedTo: Buffer.from("Meeting:00000000-0000-7000-8000-000000000000").toString("base64url") }, "filter.attributedTo"],
    [{ speakerDescription: "   " }, "filter.speakerDescription"],
    [{ speakerAffiliation: "nope" }, "filter.speakerAffiliation"],
  ])("refuses %j", async (filter, argumentName) => {
    expect(await refusal(QuotesFilteredDocument, { filter })).toMatchObject({ code: "BAD_USER_INPUT", argumentName });
  });
});

describe("timeline(includeUndated)", () => {
  type Variables = Omit<ActorTimelineQueryVariables, "actor">;
  const trump = () => actorId(api, "Donald Trump");
  const timeline = async (variables: Variables) => (await api.request(ActorTimelineDocument, { actor: await trump(), ...variables })).timeline;

  it("lists the undated events after the dated ones", async () => {
    const dated = nodes(await timeline({ first: 100 }));
    expect(nodes(await timeline({ includeUndated: null, first: 100 }))).toEqual(dated);
    const page = await timeline({ includeUndated: true, first: 100 });
    const all = nodes(page);
    expect(page.totalCount).toBe(all.length);
    expect(all.slice(0, dated.length)).toEqual(dated);
    const undated = all.slice(dated.length);
    expect(undated.length).toBeGreaterThan(0);
    expect(undated.every((event) => event.at === null)).toBe(true);
    expect(dated.every((event) => event.at !== null)).toBe(true);
    expect(new Set(undated.map((event) => event.__typename))).toEqual(new Set(["Meeting", "Quote"]));
  });

  it("pages forwards and backwards through dated and undated events alike", async () => {
    const all = nodes(await timeline({ includeUndated: true, first: 100 }));
    expect(await walkPages("forwards", (after) => timeline({ includeUndated: true, first: 2, after }))).toEqual(all);
    expect(await walkPages("backwards", (before) => timeline({ includeUndated: true, last: 3, before }))).toEqual(all);
  });

  it("keeps the undated events beside a range, which restricts only the dated ones", async () => {
    const all = nodes(await timeline({ includeUndated: true, first: 100 }));
    const ranged = nodes(await timeline({ includeUndated: true, from: "2025-09-04", first: 100 }));
    expect(ranged).toEqual(all.filter((event) => event.at === null || event.at >= "2025-09-04"));
    expect(ranged.length).toBeLessThan(all.length);
  });
});

describe("search across actors, quotes, meetings and incidents", () => {
  const search = async (query: string, first = 100, after?: string) => (await api.request(SearchEverythingDocument, { query, first, after })).search;
  const hits = async (query: string) => nodes(await search(query)).map((node) => [node.__typename, "title" in node ? node.title : "text" in node ? node.text : node.name]);

  it("finds incidents by title and description", async () => {
    expect(await hits("drone attack")).toContainEqual(["Incident", "Russian drone attack on Ukraine overnight Thursday"]);
    // "jammed" is in the incident's description (and "jam" in a quote's text), not in its title.
    expect((await hits("jammed")).map(([typename]) => typename).sort()).toEqual(["Incident", "Quote"]);
  });

  it("finds meetings by description too", async () => {
    expect(await hits("ceasefire")).toEqual([["Meeting", "Coalition of the willing meeting in Paris on security guarantees for Ukraine"]]);
  });

  it("ranks a title match above a description match of the same words", async () => {
    const { edges } = await search("tariffs");
    const incident = edges.find((edge) => edge.node.__typename === "Incident");
    expect(incident?.node).toMatchObject({ title: "US raises tariffs on Indian imports" });
    const { edges: described } = await search("jammed");
    const jammed = described.find((edge) => edge.node.__typename === "Incident");
    expect(incident!.rank).toBeGreaterThan(jammed!.rank);
  });

  it("pages across the four kinds with cursors", async () => {
    const all = nodes(await search("Ukraine"));
    expect(new Set(all.map((node) => node.__typename))).toEqual(new Set(["Actor", "Quote", "Meeting", "Incident"]));
    expect(await walkPages("forwards", (after) => search("Ukraine", 3, after))).toEqual(all);
  });
});

describe("statements", () => {
  it("reads a page under every new filter, its count and its meetings' places in one statement", async () => {
    const filter: MeetingFilter = { title: "guarantees", placeName: "paris", attribution: "reported", startsAt: { from: "2025-09-01" } };
    await api.request(MeetingsFilteredDocument, { filter }); // the first request may open the connection
    const before = api.server.database.statements.count;
    const { meetings } = await api.request(MeetingsFilteredDocument, { filter });
    // the page, its count and the places of its meetings, compiled into one statement (src/read).
    expect(api.server.database.statements.count - before).toBe(1);
    expect(meetings.totalCount).toBe(1);
  });
});
