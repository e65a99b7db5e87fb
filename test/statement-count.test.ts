import { beforeAll, describe, expect, it } from "vitest";
import { useTestServer } from "./helpers/server.js";
import { addBulkGraph } from "./helpers/bulk.js";

const api = useTestServer();
beforeAll(() => addBulkGraph(api));

const nested = (first: number) => `{ meetings(first: ${first}) { edges { node {
  title
  attendees { edges { node { actor { name roles { edges { node { title } } } } } } }
  statements { edges { node { text speaker { name } } } }
} } } }`;

/** The response to `query` and how many SQL statements the server ran for it. */
async function counted(query: string, variables?: Record<string, unknown>) {
  const before = api.server.database.statements.count;
  const response = await api.query(query, variables);
  expect(response.errors).toBeUndefined();
  return { response, statements: api.server.database.statements.count - before };
}

/** The global id of the bulk meeting or person with this name. */
async function idOf(kind: "meetings" | "actors", filter: string): Promise<string> {
  const { data } = await api.query(`{ ${kind}(filter: ${filter}, first: 1) { edges { node { id } } } }`);
  return data[kind].edges[0].node.id;
}

// The statement counts hold on PGlite and on PostgreSQL alike: the suite runs on either (TEST_DATABASE_URL).
describe("one statement per root field", () => {
  it("reads 50 nested meetings (attendees → actor → roles, statements → speaker) in one statement, as 5", async () => {
    await counted(nested(1)); // the first request may open the connection
    const five = await counted(nested(5));
    const fifty = await counted(nested(50));
    const meetings = fifty.response.data.meetings.edges.map((edge: any) => edge.node);
    expect(meetings).toHaveLength(50);
    const attendances = meetings.flatMap((meeting: any) => meeting.attendees.edges);
    expect(attendances.length).toBeGreaterThanOrEqual(150);
    expect(attendances.every((edge: any) => edge.node.actor.roles.edges.length > 0)).toBe(true);
    expect(meetings.flatMap((meeting: any) => meeting.statements.edges).length).toBeGreaterThanOrEqual(150);
    expect(five.statements).toBe(1);
    expect(fifty.statements).toBe(1);
  });

  it("counts totalCount of the page and of nested lists in the same statement", async () => {
    const withTotals = (first: number) => `{ meetings(first: ${first}) { totalCount edges { node { attendees { totalCount } statements { totalCount } } } } }`;
    const five = await counted(withTotals(5));
    const fifty = await counted(withTotals(50));
    expect(fifty.response.data.meetings.totalCount).toBeGreaterThanOrEqual(60);
    expect(fifty.response.data.meetings.edges.every((edge: any) => edge.node.attendees.totalCount >= 1)).toBe(true);
    expect(five.statements).toBe(1);
    expect(fifty.statements).toBe(1);
  });

  it("reads three levels below a page of actors (quotes → meeting → attendees → actor) in one statement", async () => {
    const query = (first: number) => `{ actors(filter: { namePrefix: "Bulk Person" }, first: ${first}) { edges { node {
      name quotes(first: 3) { totalCount edges { node { text meeting { title attendees { edges { node { role actor { name } } } } } } } }
    } } } }`;
    const small = await counted(query(2));
    const large = await counted(query(20));
    const actors = large.response.data.actors.edges.map((edge: any) => edge.node);
    expect(actors).toHaveLength(20);
    for (const actor of actors) {
      expect(actor.quotes.totalCount).toBe(9);
      expect(actor.quotes.edges).toHaveLength(3);
      // Each quote was said at a meeting this actor attends.
      for (const { node } of actor.quotes.edges) expect(node.meeting.attendees.edges.map((edge: any) => edge.node.actor.name)).toContain(actor.name);
    }
    expect(small.statements).toBe(1);
    expect(large.statements).toBe(1);
  });

  it("reads incidents with participants and figures with claimants in one statement", async () => {
    const { response, statements } = await counted(`{ incidents(filter: { kind: [DRONE_ATTACK] }, first: 30) { edges { node {
      title participants { edges { node { role actor { name } } } } figures { edges { node { metric value claimant { name } } } }
    } } } }`);
    const attacks = response.data.incidents.edges.map((edge: any) => edge.node).filter((node: any) => node.title.startsWith("Bulk attack"));
    expect(attacks.length).toBeGreaterThan(0);
    for (const attack of attacks) {
      expect(attack.participants.edges.map((edge: any) => edge.node.role)).toEqual(["TARGET"]);
      expect(attack.figures.edges.map((edge: any) => edge.node.claimant.name)).toEqual(["Bulk Person 01", "Bulk Person 01"]);
    }
    expect(statements).toBe(1);
  });

  it("reads one meeting by id, or by node(id) through fragments, with its attendees in one statement", async () => {
    const id = await idOf("meetings", `{ title: "Bulk" }`);
    const byId = await counted(`query ($id: ID!) { meeting(id: $id) { title attendees { totalCount edges { node { role actor { name } } } } } }`, { id });
    expect(byId.response.data.meeting.attendees.totalCount).toBe(3);
    expect(byId.statements).toBe(1);
    const byNode = await counted(`query ($id: ID!) { node(id: $id) { id ...Who } } fragment Who on Meeting { title attendees { edges { node { actor { name } } } } }`, { id });
    expect(byNode.response.data.node.attendees.edges).toHaveLength(3);
    expect(byNode.statements).toBe(1);
  });

  it("honours aliases with their own arguments, @include and @skip, inline fragments and variables", async () => {
    const { response, statements } = await counted(`query ($one: Int!, $withRoles: Boolean!) { meetings(first: 3) { edges { node {
      ... on Meeting { few: attendees(first: $one) { edges { node { actor { name } } } } }
      all: attendees { edges { node { actor { name roles @include(if: $withRoles) { totalCount } slug @skip(if: true) } } } }
    } } } }`, { one: 1, withRoles: false });
    for (const { node } of response.data.meetings.edges) {
      expect(node.few.edges).toHaveLength(1);
      expect(node.all.edges.length).toBeGreaterThan(1);
      expect(node.all.edges[0].node.actor).toEqual({ name: node.all.edges[0].node.actor.name });
      expect(node.few.edges[0]).toEqual(node.all.edges[0]);
    }
    expect(statements).toBe(1);
  });

  it("answers one document sent again with other variables (page sizes, cursors, @include) for those values", async () => {
    const document = `query ($one: Int!, $after: String, $withRoles: Boolean!) { meetings(first: 2) { edges { node {
      attendees(first: $one, after: $after) { edges { cursor node { actor { name roles @include(if: $withRoles) { totalCount } } } } }
    } } } }`;
    const attendeesOf = async (variables: Record<string, unknown>) => {
      const { response, statements } = await counted(document, variables);
      expect(statements).toBe(1);
      return response.data.meetings.edges[0].node.attendees.edges;
    };
    const first = await attendeesOf({ one: 1, withRoles: false });
    expect(first).toHaveLength(1);
    expect(first[0].node.actor.roles).toBeUndefined();
    const two = await attendeesOf({ one: 2, withRoles: true });
    expect(two).toHaveLength(2);
    expect(two[0].node.actor.roles.totalCount).toBeGreaterThan(0);
    const next = await attendeesOf({ one: 1, after: first[0].cursor, withRoles: false });
    expect(next).toEqual([two[1]].map((edge) => ({ ...edge, node: { actor: { name: edge.node.actor.name } } })));
    expect(await attendeesOf({ one: 1, withRoles: false })).toEqual(first);
  });

  it("answers as the loaders do where a value is not compiled (nodes(ids) loads through them)", async () => {
    const id = await idOf("actors", `{ namePrefix: "Bulk Person 01" }`);
    const selection = `... on Actor { name slug createdAt
      quotes(first: 2) { totalCount pageInfo { hasNextPage endCursor } edges { cursor node { text saidAt meeting { title startsAt place { name } } } } }
      meetings(last: 2) { pageInfo { hasPreviousPage startCursor } edges { cursor node { title attendees(first: 1) { edges { node { role } } } } } }
      roles { edges { node { title startDate citations { totalCount } } } } }`;
    const compiled = await counted(`query ($id: ID!) { node(id: $id) { ${selection} } }`, { id });
    const loaded = await counted(`query ($id: ID!) { nodes(ids: [$id]) { ${selection} } }`, { id });
    expect(compiled.response.data.node).toEqual(loaded.response.data.nodes[0]);
    expect(compiled.response.data.node.quotes.pageInfo.hasNextPage).toBe(true);
    expect(compiled.statements).toBe(1);
    expect(loaded.statements).toBeGreaterThan(1);
  });

  it("reports bad arguments of a nested list at its own path, as the loaders do", async () => {
    const { errors, data } = await api.query(`{ meetings(first: 1) { edges { node { title attendees(first: 0) { totalCount } } } } }`);
    expect(errors).toHaveLength(1);
    expect(errors![0].path).toEqual(["meetings", "edges", 0, "node", "attendees"]);
    expect(errors![0].extensions?.code).toBe("BAD_USER_INPUT");
    expect(errors![0].message).toContain("between 1 and 100");
    expect(data).toBeNull();
  });

  it("loads a timeline page's events in one statement per type", async () => {
    const actor = await idOf("actors", `{ namePrefix: "Bulk Person 01" }`);
    const timeline = (first: number) => `{ timeline(actor: "${actor}", first: ${first}) { edges { node { __typename
      ... on Meeting { title attendees { totalCount } } ... on Quote { text speaker { name } } ... on Incident { title } } } } }`;
    const small = await counted(timeline(3));
    const large = await counted(timeline(40));
    // Person 01 attends 9 meetings, says 9 quotes and is the target of 2 attacks.
    expect(large.response.data.timeline.edges).toHaveLength(20);
    const typesOf = (result: typeof small) => new Set(result.response.data.timeline.edges.map((edge: any) => edge.node.__typename));
    expect(typesOf(small)).toEqual(new Set(["Meeting", "Quote", "Incident"]));
    // A union is not compiled: the page; meetings, quotes and incidents by id; the meetings' attendances (page and count); speakers.
    expect(small.statements).toBe(large.statements);
    expect(large.statements).toBe(7);
  });
});
