import { beforeAll, describe, expect, it } from "vitest";
import { useTestServer } from "./helpers/server.js";
import { addBulkGraph } from "./helpers/bulk.js";
import { actorId, mutate, walkPages } from "./helpers/graph.js";

const api = useTestServer();
beforeAll(() => addBulkGraph(api));

const TIMELINE = `query ($actor: ID!, $from: DateTimeISO, $to: DateTimeISO, $first: Int, $after: String, $last: Int, $before: String) {
  timeline(actor: $actor, from: $from, to: $to, first: $first, after: $after, last: $last, before: $before) {
    totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
    edges { cursor node { __typename
      ... on Meeting { id title at: startsAt }
      ... on Quote { id text at: saidAt }
      ... on Incident { id title at: startsAt }
    } }
  }
}`;

async function timeline(variables: Record<string, unknown>) {
  const { data, errors } = await api.query(TIMELINE, variables);
  expect(errors).toBeUndefined();
  return data.timeline;
}
const events = (page: any) => page.edges.map((edge: any) => edge.node);

describe("timeline(actor)", () => {
  it("merges an actor's meetings, quotes and incidents in time order", async () => {
    const actor = await actorId(api, "Bulk Person 01");
    const page = await timeline({ actor, first: 100 });
    const all = events(page);
    // Meetings 1, 19, 20, 21, 39, 40, 41, 59, 60; a quote at each; attacks 1 and 21.
    expect(all.filter((e: any) => e.__typename === "Meeting")).toHaveLength(9);
    expect(all.filter((e: any) => e.__typename === "Quote")).toHaveLength(9);
    expect(all.filter((e: any) => e.__typename === "Incident").map((e: any) => e.title)).toEqual(["Bulk attack 1", "Bulk attack 21"]);
    expect(page.totalCount).toBe(20);
    const times = all.map((e: any) => e.at);
    expect(times).toEqual([...times].sort());
    expect(all.slice(0, 3).map((e: any) => [e.__typename, e.at])).toEqual([
      ["Meeting", "2024-01-02T00:00:00.000Z"],
      ["Quote", "2024-01-02T01:00:00.000Z"],
      ["Incident", "2024-01-03T12:00:00.000Z"],
    ]);
  });

  it("pages forwards and backwards across the three kinds", async () => {
    const actor = await actorId(api, "Bulk Person 01");
    const all = events(await timeline({ actor, first: 100 }));
    const forward: unknown[] = [];
    let after: string | undefined;
    do {
      const page = await timeline({ actor, first: 3, after });
      forward.push(...events(page));
      after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : undefined;
    } while (after);
    expect(forward).toEqual(all);
    const backward: unknown[] = [];
    let before: string | undefined;
    do {
      const page = await timeline({ actor, last: 4, before });
      backward.unshift(...events(page));
      before = page.pageInfo.hasPreviousPage ? page.pageInfo.startCursor : undefined;
    } while (before);
    expect(backward).toEqual(all);
  });

  it("keeps to from (inclusive) and to (exclusive), leaving undated events out", async () => {
    const actor = await actorId(api, "Bulk Person 01");
    const page = await timeline({ actor, from: "2024-01-02T01:00:00Z", to: "2024-01-03T12:00:00Z" });
    expect(events(page).map((e: any) => e.__typename)).toEqual(["Quote"]);
    const zelenskyy = await actorId(api, "Zelenskyy");
    // His only quote in the seed article is undated; the planned meeting is dated.
    const seed = events(await timeline({ actor: zelenskyy }));
    expect(seed.map((e: any) => e.__typename)).toEqual(["Meeting"]);
  });

  it("keeps meetings and quotes in time order across pages as meetings move, attendances change and actors merge", async () => {
    const person = async (name: string) =>
      (await mutate(api, `mutation($input: ActorInput!) { createActor(input: $input) { actor { id } } }`, { input: { kind: "PERSON", name, slug: name.toLowerCase().replaceAll(" ", "-") } })).actor.id;
    const [actor, twin] = [await person("Timeline Walker"), await person("Timeline Walker Twin")];
    const meeting = async (title: string, day: number) =>
      (await mutate(api, `mutation($input: MeetingInput!) { createMeeting(input: $input) { meeting { id } } }`, { input: { title, status: "HELD", startsAt: `2030-01-0${day}T09:00:00Z` } })).meeting.id;
    const attend = async (meetingId: string, attendee: string) =>
      (await mutate(api, `mutation($input: AttendanceInput!) { createAttendance(input: $input) { attendance { id } } }`, { input: { meeting: meetingId, actor: attendee, role: "PARTICIPANT" } })).attendance.id;
    for (const day of [2, 4, 6]) {
      await mutate(api, `mutation($input: QuoteInput!) { createQuote(input: $input) { quote { id } } }`, { input: { kind: "DIRECT", text: `Quote ${day}`, speaker: actor, saidAt: `2030-01-0${day}T09:00:00Z` } });
    }
    const [first, second, third, fourth] = [await meeting("Meeting 1", 1), await meeting("Meeting 3", 3), await meeting("Meeting 5", 5), await meeting("Meeting 7", 7)];
    await attend(first, actor);
    const atThird = await attend(third, actor);
    await attend(second, twin);
    // Every page of two, forwards and backwards, against the whole timeline in one page.
    const walk = async () => {
      const label = (node: any) => node.title ?? node.text;
      const whole = await timeline({ actor, first: 100 });
      const forwards = await walkPages("forwards", (after) => timeline({ actor, first: 2, after }));
      const backwards = await walkPages("backwards", (before) => timeline({ actor, last: 2, before }));
      expect(forwards).toEqual(events(whole));
      expect(backwards).toEqual(events(whole));
      expect(whole.totalCount).toBe(forwards.length);
      return forwards.map(label);
    };
    expect(await walk()).toEqual(["Meeting 1", "Quote 2", "Quote 4", "Meeting 5", "Quote 6"]);
    const reschedule = `mutation($id: ID!, $input: MeetingInput!) { updateMeeting(id: $id, input: $input) { errors { code } } }`;
    await mutate(api, reschedule, { id: first, input: { title: "Meeting 1", status: "HELD", startsAt: "2030-01-08T09:00:00Z" } });
    expect(await walk()).toEqual(["Quote 2", "Quote 4", "Meeting 5", "Quote 6", "Meeting 1"]);
    await mutate(api, `mutation($id: ID!, $input: AttendanceInput!) { updateAttendance(id: $id, input: $input) { errors { code } } }`, { id: atThird, input: { meeting: fourth, actor, role: "HOST" } });
    expect(await walk()).toEqual(["Quote 2", "Quote 4", "Quote 6", "Meeting 7", "Meeting 1"]);
    await mutate(api, `mutation($input: MergeActorsInput!) { mergeActors(input: $input) { errors { code } } }`, { input: { keep: actor, merge: twin } }, api.keys.admin);
    expect(await walk()).toEqual(["Quote 2", "Meeting 3", "Quote 4", "Quote 6", "Meeting 7", "Meeting 1"]);
    await mutate(api, reschedule, { id: second, input: { title: "Meeting 3", status: "PLANNED" } });
    expect(await walk()).toEqual(["Quote 2", "Quote 4", "Quote 6", "Meeting 7", "Meeting 1"]);
    await mutate(api, `mutation($id: ID!) { deleteMeeting(id: $id) { deletedId } }`, { id: fourth }, api.keys.admin);
    expect(await walk()).toEqual(["Quote 2", "Quote 4", "Quote 6", "Meeting 1"]);
  });

  it.each([
    ["a reversed range", { from: "2024-02-01T00:00:00Z", to: "2024-01-01T00:00:00Z" }, "to"],
    ["the id of a meeting", { actor: Buffer.from("Meeting:00000000-0000-7000-8000-000000000000").toString("base64url") }, "actor"],
    ["a cursor of another list", { after: "WyJzdGFydHNBdCIsIjIwMjQtMDEtMDFUMDA6MDA6MDAuMDAwWiIsIjAwMDAwMDAwLTAwMDAtNzAwMC04MDAwLTAwMDAwMDAwMDAwMCJd" }, "after"],
  ])("rejects %s", async (_, variables, argument) => {
    const actor = await actorId(api, "Bulk Person 01");
    const { errors } = await api.query(TIMELINE, { actor, ...variables });
    expect(errors?.[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", argumentName: argument });
  });
});

describe("figureTotals", () => {
  const TOTALS = `query ($filter: FigureTotalsFilter, $groupBy: TimeBucket) { figureTotals(filter: $filter, groupBy: $groupBy) { metric unit period total count } }`;
  async function totals(filter: object | undefined, groupBy?: string) {
    const { data, errors } = await api.query(TOTALS, { filter, groupBy });
    expect(errors).toBeUndefined();
    return data.figureTotals;
  }

  it("sums drones launched and intercepted per month", async () => {
    const claimant = await actorId(api, "Bulk Person 01");
    // Attacks j = 1..30 on 2024-01-01 + 2j days: j 1–15 in January, 16–29 in February, 30 on 2 March.
    const sum = (from: number, to: number, per: number) => Array.from({ length: to - from + 1 }, (_, k) => (from + k) * per).reduce((a, b) => a + b, 0);
    expect(await totals({ claimant })).toEqual([
      { metric: "drones_intercepted", unit: "drones", period: "2024-01-01T00:00:00.000Z", total: sum(1, 15, 5), count: 15 },
      { metric: "drones_launched", unit: "drones", period: "2024-01-01T00:00:00.000Z", total: sum(1, 15, 10), count: 15 },
      { metric: "drones_intercepted", unit: "drones", period: "2024-02-01T00:00:00.000Z", total: sum(16, 29, 5), count: 14 },
      { metric: "drones_launched", unit: "drones", period: "2024-02-01T00:00:00.000Z", total: sum(16, 29, 10), count: 14 },
      { metric: "drones_intercepted", unit: "drones", period: "2024-03-01T00:00:00.000Z", total: 150, count: 1 },
      { metric: "drones_launched", unit: "drones", period: "2024-03-01T00:00:00.000Z", total: 300, count: 1 },
    ]);
  });

  it("filters by metric, kind, date range and participant, and groups by year or all time", async () => {
    const participant = await actorId(api, "Bulk Person 01");
    expect(await totals({ metric: ["drones_launched"], participant }, "ALL")).toEqual([
      { metric: "drones_launched", unit: "drones", period: null, total: 10 + 210, count: 2 },
    ]);
    const seedAttack = await totals({ metric: ["drones_launched", "drones_intercepted_or_jammed"], incidentKind: ["DRONE_ATTACK"], startsAt: { from: "2025-01-01T00:00:00Z" } }, "YEAR");
    expect(seedAttack).toEqual([
      { metric: "drones_intercepted_or_jammed", unit: "drones", period: "2025-01-01T00:00:00.000Z", total: 84, count: 1 },
      { metric: "drones_launched", unit: "drones", period: "2025-01-01T00:00:00.000Z", total: 112, count: 1 },
    ]);
    expect(await totals({ incidentKind: ["TARIFF"] })).toEqual([]);
    const days = await totals({ metric: ["drones_launched"], startsAt: { from: "2024-01-03T00:00:00Z", to: "2024-01-06T00:00:00Z" } }, "DAY");
    expect(days.map((row: any) => [row.period, row.total])).toEqual([["2024-01-03T00:00:00.000Z", 10], ["2024-01-05T00:00:00.000Z", 20]]);
  });

  it("rejects a reversed range and an unknown bucket", async () => {
    const reversed = await api.query(TOTALS, { filter: { startsAt: { from: "2025-01-01T00:00:00Z", to: "2024-01-01T00:00:00Z" } } });
    expect(reversed.errors?.[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", argumentName: "filter.startsAt" });
    const bucket = await api.query(TOTALS, { groupBy: "WEEK" });
    expect(bucket.errors?.[0].message).toMatch(/WEEK/);
  });
});
