import { describe, expect, it } from "vitest";
import { useTestServer } from "./helpers/server.js";
import { actorId, nodes, placeId } from "./helpers/graph.js";

const api = useTestServer();

async function actorNames(filter: object): Promise<string[]> {
  const { data, errors } = await api.query(`query ($filter: ActorFilter) { actors(first: 100, filter: $filter) { totalCount edges { node { name } } } }`, { filter });
  expect(errors).toBeUndefined();
  expect(data.actors.totalCount).toBe(data.actors.edges.length);
  return nodes<{ name: string }>(data.actors).map((actor) => actor.name);
}

describe("actors(filter)", () => {
  it.each(["zelen", "ZELENSKYY", "Zélen", "volodymyr zel"])("finds Zelenskyy by the prefix %j, ignoring case and accents", async (prefix) => {
    expect(await actorNames({ namePrefix: prefix })).toEqual(["Volodymyr Zelenskyy"]);
  });

  it("matches a prefix of an alias or of a word, not the middle of a word", async () => {
    expect(await actorNames({ namePrefix: "associated" })).toEqual(["The Associated Press"]);
    expect(await actorNames({ namePrefix: "Starm" })).toEqual(["Keir Starmer"]);
    expect(await actorNames({ namePrefix: "elensk" })).toEqual([]);
  });

  it("treats LIKE wildcards in the prefix as text", async () => {
    expect(await actorNames({ namePrefix: "%" })).toEqual([]);
    expect(await actorNames({ namePrefix: "_ladimir" })).toEqual([]);
  });

  it("filters by kind and country, and composes conditions with AND", async () => {
    const countries = await actorNames({ kind: ["COUNTRY"] });
    expect(countries).toEqual(expect.arrayContaining(["France", "Ukraine", "North Korea"]));
    expect(countries).not.toContain("Emmanuel Macron");
    const ukraine = await actorId(api, "Ukraine");
    expect(await actorNames({ country: ukraine })).toEqual(expect.arrayContaining(["Andriy Yermak", "Volodymyr Zelenskyy"]));
    expect(await actorNames({ country: ukraine, namePrefix: "andr" })).toEqual(["Andriy Yermak"]);
    expect(await actorNames({ country: ukraine, kind: ["COUNTRY"] })).toEqual([]);
  });
});

describe("meetings(filter)", () => {
  async function meetingTitles(filter: object, orderBy?: string) {
    const { data, errors } = await api.query(
      `query ($filter: MeetingFilter, $orderBy: TimeOrder) { meetings(first: 100, filter: $filter, orderBy: $orderBy) { totalCount edges { node { title status startsAt } } } }`,
      { filter, orderBy },
    );
    expect(errors).toBeUndefined();
    expect(data.meetings.totalCount).toBe(data.meetings.edges.length);
    return nodes<{ title: string; status: string; startsAt: string | null }>(data.meetings);
  }

  it("filters by attendee, place and status, together", async () => {
    const witkoff = await actorId(api, "Witkoff");
    const paris = await placeId(api, "paris");
    const attended = await meetingTitles({ attendee: witkoff });
    expect(attended.length).toBeGreaterThanOrEqual(3);
    const inParis = await meetingTitles({ attendee: witkoff, place: paris });
    expect(inParis.map((m) => m.title).sort()).toEqual([
      "Coalition of the willing meeting in Paris on security guarantees for Ukraine",
      "Planned meeting between Steve Witkoff and Volodymyr Zelenskyy",
    ]);
    expect((await meetingTitles({ attendee: witkoff, place: paris, status: ["PLANNED"] })).map((m) => m.title)).toEqual([
      "Planned meeting between Steve Witkoff and Volodymyr Zelenskyy",
    ]);
    expect(await meetingTitles({ status: ["CANCELLED"] })).toEqual([]);
  });

  it("filters by a date range, from inclusive and to exclusive, leaving undated meetings out", async () => {
    const all = await meetingTitles({});
    const on4th = await meetingTitles({ startsAt: { from: "2025-09-04T00:00:00Z", to: "2025-09-05T00:00:00Z" } });
    expect(on4th.length).toBeGreaterThan(0);
    expect(on4th.every((m) => m.startsAt === "2025-09-04T00:00:00.000Z")).toBe(true);
    expect(on4th.length).toBe(all.filter((m) => m.startsAt === "2025-09-04T00:00:00.000Z").length);
    const on3rd = await meetingTitles({ startsAt: { from: "2025-09-03T00:00:00Z", to: "2025-09-04T00:00:00Z" } });
    expect(on3rd.map((m) => m.title)).toEqual(all.filter((m) => m.startsAt?.startsWith("2025-09-03")).map((m) => m.title));
    const openEnded = await meetingTitles({ startsAt: { from: "2000-01-01T00:00:00Z" } });
    expect(openEnded.length).toBe(all.filter((m) => m.startsAt !== null).length);
  });

  it("orders newest first on request", async () => {
    const oldest = await meetingTitles({ startsAt: {} });
    const newest = await meetingTitles({ startsAt: {} }, "NEWEST_FIRST");
    const times = newest.map((m) => m.startsAt!);
    expect(times).toEqual([...times].sort().reverse());
    expect(newest.map((m) => m.title).sort()).toEqual(oldest.map((m) => m.title).sort());
  });
});

describe("incidents(filter)", () => {
  async function incidentTitles(filter: object) {
    const { data, errors } = await api.query(`query ($filter: IncidentFilter) { incidents(first: 100, filter: $filter) { edges { node { title } } } }`, { filter });
    expect(errors).toBeUndefined();
    return nodes<{ title: string }>(data.incidents).map((incident) => incident.title);
  }
  const attack = "Russian drone attack on Ukraine overnight Thursday";
  const tariffs = "US raises tariffs on Indian imports";

  it("filters by kind, participant and role, place and date", async () => {
    expect(await incidentTitles({ kind: ["TARIFF"] })).toEqual([tariffs]);
    expect(await incidentTitles({ kind: ["TARIFF", "DRONE_ATTACK"] })).toHaveLength(2);
    const russia = await actorId(api, "Russia");
    expect(await incidentTitles({ participant: russia })).toEqual([attack]);
    expect(await incidentTitles({ participant: russia, participantRole: "PERPETRATOR" })).toEqual([attack]);
    expect(await incidentTitles({ participant: russia, participantRole: "TARGET" })).toEqual([]);
    expect((await incidentTitles({ participantRole: "TARGET" })).sort()).toEqual([attack, tariffs].sort());
    expect(await incidentTitles({ place: await placeId(api, "ukraine") })).toEqual([attack]);
    expect(await incidentTitles({ startsAt: { from: "2025-09-01T00:00:00Z", to: "2025-10-01T00:00:00Z" } })).toEqual([attack]);
    expect(await incidentTitles({ kind: ["TARIFF"], startsAt: { from: "2025-09-01T00:00:00Z" } })).toEqual([]);
  });
});

describe("bad filters", () => {
  it.each([
    ["a reversed date range", `{ meetings(filter: { startsAt: { from: "2025-09-05T00:00:00Z", to: "2025-09-04T00:00:00Z" } }) { totalCount } }`, "filter.startsAt"],
    ["a reversed quote range", `{ quotes(filter: { saidAt: { from: "2025-09-05T00:00:00Z", to: "2025-09-04T00:00:00Z" } }) { totalCount } }`, "filter.saidAt"],
    ["the id of another type", `{ meetings(filter: { place: "${Buffer.from("Actor:00000000-0000-7000-8000-000000000000").toString("base64url")}" }) { totalCount } }`, "filter.place"],
    ["an id that is no id", `{ incidents(filter: { participant: "nope" }) { totalCount } }`, "filter.participant"],
    ["an empty name prefix", `{ actors(filter: { namePrefix: "  " }) { totalCount } }`, "filter.namePrefix"],
  ])("rejects %s with BAD_USER_INPUT naming the argument", async (_, query, argument) => {
    const { data, errors } = await api.query(query);
    expect(data).toBeNull();
    expect(errors?.[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", argumentName: argument });
    expect(errors?.[0].message).toContain(`"${argument}"`);
  });

  it("rejects an unknown enum value before running anything", async () => {
    const { errors } = await api.query(`{ meetings(filter: { status: [POSTPONED] }) { totalCount } }`);
    expect(errors?.[0].extensions?.code).toBe("GRAPHQL_VALIDATION_FAILED");
    expect(errors?.[0].message).toMatch(/POSTPONED.*MeetingStatus/);
  });
});
