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
async function counted(query: string) {
  const before = api.server.database.statements.count;
  const response = await api.query(query);
  return { response, statements: api.server.database.statements.count - before };
}

describe("no N+1", () => {
  it("runs as many SQL statements for 50 nested meetings as for 5, and few", async () => {
    await counted(nested(1)); // the first request may open the connection
    const five = await counted(nested(5));
    const fifty = await counted(nested(50));
    expect(five.response.errors).toBeUndefined();
    expect(fifty.response.errors).toBeUndefined();
    const meetings = fifty.response.data.meetings.edges.map((edge: any) => edge.node);
    expect(meetings).toHaveLength(50);
    const attendances = meetings.flatMap((meeting: any) => meeting.attendees.edges);
    expect(attendances.length).toBeGreaterThanOrEqual(150);
    expect(attendances.every((edge: any) => edge.node.actor.roles.edges.length > 0)).toBe(true);
    expect(meetings.flatMap((meeting: any) => meeting.statements.edges).length).toBeGreaterThanOrEqual(150);
    // meetings, attendances, statements, roles: one statement each; attendees and speakers in one by-id batch of actors.
    expect(five.statements).toBe(fifty.statements);
    expect(fifty.statements).toBe(5);
  });

  it("counts totalCount on nested lists in one statement per list, not per parent", async () => {
    const withTotals = (first: number) => `{ meetings(first: ${first}) { totalCount edges { node { attendees { totalCount } statements { totalCount } } } } }`;
    const five = await counted(withTotals(5));
    const fifty = await counted(withTotals(50));
    expect(fifty.response.data.meetings.edges.every((edge: any) => edge.node.attendees.totalCount >= 1)).toBe(true);
    // meetings and their count, attendances and their count, statements and their count.
    expect(five.statements).toBe(fifty.statements);
    expect(fifty.statements).toBe(6);
  });

  it("loads a timeline page's events in one statement per type", async () => {
    const { data } = await api.query(`{ actors(filter: { namePrefix: "Bulk Person 01" }) { edges { node { id } } } }`);
    const actor = data.actors.edges[0].node.id;
    const timeline = (first: number) => `{ timeline(actor: "${actor}", first: ${first}) { edges { node { __typename
      ... on Meeting { title attendees { totalCount } } ... on Quote { text speaker { name } } ... on Incident { title } } } } }`;
    const small = await counted(timeline(3));
    const large = await counted(timeline(40));
    // Person 01 attends 9 meetings, says 9 quotes and is the target of 2 attacks.
    expect(large.response.data.timeline.edges).toHaveLength(20);
    const typesOf = (result: typeof small) => new Set(result.response.data.timeline.edges.map((edge: any) => edge.node.__typename));
    expect(typesOf(small)).toEqual(new Set(["Meeting", "Quote", "Incident"]));
    // the page; meetings, quotes and incidents by id; the meetings' attendances (page and count); speakers.
    expect(small.statements).toBe(large.statements);
    expect(large.statements).toBe(7);
  });
});
