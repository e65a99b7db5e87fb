import { beforeAll, describe, expect, it } from "vitest";
import { useTestServer } from "./helpers/server.js";
import { addBulkGraph } from "./helpers/bulk.js";

const api = useTestServer();
beforeAll(() => addBulkGraph(api));

const MEETINGS = `query ($first: Int, $after: String, $last: Int, $before: String, $orderBy: TimeOrder) {
  meetings(first: $first, after: $after, last: $last, before: $before, orderBy: $orderBy) {
    totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor } edges { cursor node { title startsAt } }
  }
}`;

async function meetings(variables: Record<string, unknown>) {
  const { data, errors } = await api.query(MEETINGS, variables);
  expect(errors).toBeUndefined();
  return data.meetings;
}
const titles = (page: any): string[] => page.edges.map((edge: any) => edge.node.title);

describe("keyset pagination", () => {
  it("walks the whole list forwards and backwards in pages, in both orders", async () => {
    for (const orderBy of ["OLDEST_FIRST", "NEWEST_FIRST"]) {
      const all = await meetings({ first: 100, orderBy });
      expect(all.totalCount).toBe(all.edges.length);
      expect(all.totalCount).toBeGreaterThan(60);
      const forward: string[] = [];
      let page = await meetings({ first: 7, orderBy });
      forward.push(...titles(page));
      while (page.pageInfo.hasNextPage) {
        page = await meetings({ first: 7, after: page.pageInfo.endCursor, orderBy });
        forward.push(...titles(page));
      }
      expect(forward).toEqual(titles(all));
      const backward: string[] = [];
      page = await meetings({ last: 9, orderBy });
      backward.unshift(...titles(page));
      while (page.pageInfo.hasPreviousPage) {
        page = await meetings({ last: 9, before: page.pageInfo.startCursor, orderBy });
        backward.unshift(...titles(page));
      }
      expect(backward).toEqual(titles(all));
    }
  });

  it("neither repeats nor skips rows when rows are inserted between pages", async () => {
    const first = await meetings({ first: 10 });
    await api.server.database.withSession((session) => session.exec(`
      INSERT INTO "Meeting" (id, title, status, "startsAt", "updatedAt")
      VALUES (gen_random_uuid(), 'Inserted before the cursor', 'HELD', '2024-01-03', now()),
             (gen_random_uuid(), 'Inserted after the cursor', 'HELD', '2024-01-15', now())`));
    const second = await meetings({ first: 10, after: first.pageInfo.endCursor });
    expect(titles(second)).not.toContain("Inserted before the cursor");
    expect(titles(second)).toContain("Inserted after the cursor");
    expect(titles(second).filter((title) => titles(first).includes(title))).toEqual([]);
    const all = titles(await meetings({ first: 100 }));
    const expected = all.slice(all.indexOf(titles(first).at(-1)!) + 1).slice(0, 10);
    expect(titles(second)).toEqual(expected);
  });

  it("walks a nested list by the cursors of its edges and its pageInfo", async () => {
    const actor = (await api.query(`{ actors(filter: { namePrefix: "Bulk Person 01" }) { edges { node { id } } } }`)).data.actors.edges[0].node.id;
    const NESTED = `query ($id: ID!, $first: Int, $after: String) { actor(id: $id) { meetings(first: $first, after: $after) {
      pageInfo { hasNextPage endCursor } edges { cursor node { title } } } } }`;
    const page = async (variables: Record<string, unknown>) => {
      const { data, errors } = await api.query(NESTED, { id: actor, ...variables });
      expect(errors).toBeUndefined();
      return data.actor.meetings;
    };
    const all = titles(await page({ first: 100 }));
    expect(all).toHaveLength(9);
    const walked: string[] = [];
    let current = await page({ first: 2 });
    walked.push(...titles(current));
    while (current.pageInfo.hasNextPage) {
      expect(current.edges.at(-1).cursor).toBe(current.pageInfo.endCursor);
      current = await page({ first: 2, after: current.pageInfo.endCursor });
      walked.push(...titles(current));
    }
    expect(walked).toEqual(all);
  });

  it("counts and reads a page, empty or not, whether its rows hold pages of their own or not", async () => {
    const page = async (filter: object, node: string) => {
      const { data, errors } = await api.query(`query ($filter: MeetingFilter) { meetings(first: 5, filter: $filter) { totalCount edges { node { ${node} } } } }`, { filter });
      expect(errors).toBeUndefined();
      return data.meetings;
    };
    const none = { startsAt: { from: "2090-01-01" } };
    for (const node of ["title", "title attendees(first: 2) { totalCount edges { node { role } } }"]) {
      expect(await page(none, node)).toEqual({ totalCount: 0, edges: [] });
      const some = await page({ startsAt: { from: "2024-02-01", to: "2024-02-04" } }, node);
      expect(some.totalCount).toBe(3);
      expect(titles(some)).toEqual(["Bulk meeting 31", "Bulk meeting 32", "Bulk meeting 33"]);
    }
  });

  it("gives 20 items when no size is asked for", async () => {
    expect((await meetings({})).edges).toHaveLength(20);
  });
});

const ZERO_UUID = "00000000-0000-7000-8000-000000000000";
/** A cursor as a client could forge it: our encoding around any values. */
const handMade = (parts: unknown[]) => Buffer.from(JSON.stringify(parts)).toString("base64url");

describe("bad page arguments", () => {
  const cursorOf = async (query: string) => (await api.query(query)).data;
  it.each([
    ["first with last", { first: 2, last: 2 }, "last", /cannot be combined with first/],
    ["a negative first", { first: -1 }, "first", /between 1 and 100, got -1/],
    ["first: 0", { first: 0 }, "first", /between 1 and 100, got 0/],
    ["first over 100", { first: 101 }, "first", /between 1 and 100, got 101/],
    ["last over 100", { last: 1000 }, "last", /between 1 and 100, got 1000/],
    ["a garbage cursor", { after: "garbage" }, "after", /is not a cursor of this list/],
    ["a tampered cursor", { first: 1, after: Buffer.from('["startsAt","x","1"]').toString("base64url") }, "after", /is not a cursor of this list/],
    ["a cursor whose date is SQL", { first: 1, after: handMade(["startsAt", "x'); drop table x;--", ZERO_UUID]) }, "after", /is not a cursor of this list/],
    ["a cursor whose date is empty", { first: 1, after: handMade(["startsAt", "", ZERO_UUID]) }, "after", /is not a cursor of this list/],
    ["a cursor whose date is a number", { first: 1, after: handMade(["startsAt", 12, ZERO_UUID]) }, "after", /is not a cursor of this list/],
    ["before with first", { first: 2, before: "x" }, "before", /combine it with last/],
    ["after with last", { last: 2, after: "x" }, "after", /combine it with first/],
  ])("rejects %s with BAD_USER_INPUT naming the argument", async (_, variables, argument, message) => {
    const { data, errors } = await api.query(MEETINGS, variables);
    expect(data).toBeNull();
    expect(errors).toHaveLength(1);
    expect(errors![0].extensions).toMatchObject({ code: "BAD_USER_INPUT", argumentName: argument });
    expect(errors![0].message).toContain(`"${argument}"`);
    expect(errors![0].message).toMatch(message);
  });

  it("rejects forged cursors of ranked and alphabetical lists, and does not echo a huge one back", async () => {
    const forged = [
      [`query ($after: String) { quotes(filter: { search: "security" }, first: 1, after: $after) { totalCount } }`, handMade(["rank", "abc", ZERO_UUID])],
      [`query ($after: String) { search(query: "macron", first: 1, after: $after) { totalCount } }`, handMade(["search", "abc", ZERO_UUID])],
      [`query ($after: String) { actors(first: 1, after: $after) { totalCount } }`, handMade(["name", "a\u0000", ZERO_UUID])],
      [`query ($after: String) { actors(first: 1, after: $after) { totalCount } }`, "x".repeat(100_000)],
    ];
    for (const [query, after] of forged) {
      const { errors } = await api.query(query, { after });
      expect(errors?.[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", argumentName: "after" });
      expect(errors?.[0].message.length).toBeLessThan(200);
    }
  });

  it("rejects a cursor of another list or of the other order", async () => {
    const actors = await cursorOf(`{ actors(first: 1) { pageInfo { endCursor } } }`);
    const newest = await cursorOf(`{ meetings(first: 1, orderBy: NEWEST_FIRST) { pageInfo { endCursor } } }`);
    for (const after of [actors.actors.pageInfo.endCursor, newest.meetings.pageInfo.endCursor]) {
      const { errors } = await api.query(MEETINGS, { first: 1, after });
      expect(errors?.[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", argumentName: "after" });
    }
  });

  it("rejects an oversized page of a nested list, naming it", async () => {
    const { errors } = await api.query(`{ meetings(first: 2) { edges { node { attendees(first: 500) { totalCount } } } } }`);
    expect(errors?.[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", argumentName: "first" });
    expect(errors?.[0].path).toEqual(["meetings", "edges", 0, "node", "attendees"]);
  });

  it("rejects an unknown order", async () => {
    const { errors } = await api.query(`{ meetings(orderBy: SIDEWAYS) { totalCount } }`);
    expect(errors?.[0].extensions?.code).toBe("GRAPHQL_VALIDATION_FAILED");
    expect(errors?.[0].message).toMatch(/SIDEWAYS.*TimeOrder/);
  });
});
