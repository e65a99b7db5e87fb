import { afterAll, describe, expect, it } from "vitest";
import { useTestServer } from "./helpers/server.js";
import { actorId, mutate, nodes } from "./helpers/graph.js";

// The server runs in this process: in a zone hours off UTC, a Date sent as node-postgres writes it
// by default (local time and offset) would move every bound against the `timestamp` columns.
const zone = process.env.TZ;
process.env.TZ = "America/New_York";
afterAll(() => {
  if (zone === undefined) delete process.env.TZ;
  else process.env.TZ = zone;
});

const api = useTestServer();

const MEETING = `mutation($input: MeetingInput!) { createMeeting(input: $input) { meeting { id } errors { message } } }`;
const ROLE = `mutation($input: RoleInput!) { createRole(input: $input) { role { id } errors { message } } }`;

describe("Date arguments of compiled reads, in a process whose time zone is not UTC", () => {
  it("bounds a date range at the exact millisecond, in UTC", async () => {
    await mutate(api, MEETING, { input: { title: "Zone probe meeting", status: "HELD", startsAt: "2031-05-05T00:00:00.000Z" } });
    const titles = async (startsAt: { from?: string; to?: string }) => {
      const { data, errors } = await api.query(`query ($filter: MeetingFilter) { meetings(first: 100, filter: $filter) { totalCount edges { node { title startsAt } } } }`, { filter: { startsAt } });
      expect(errors).toBeUndefined();
      expect(typeof data.meetings.totalCount).toBe("number");
      return nodes<{ title: string }>(data.meetings).map((meeting) => meeting.title);
    };
    expect(await titles({ from: "2031-05-05T00:00:00.000Z" })).toContain("Zone probe meeting");
    expect(await titles({ from: "2031-05-05T00:00:00.001Z" })).not.toContain("Zone probe meeting");
    expect(await titles({ from: "2031-05-04T00:00:00.000Z", to: "2031-05-05T00:00:00.001Z" })).toEqual(["Zone probe meeting"]);
    expect(await titles({ from: "2031-05-04T00:00:00.000Z", to: "2031-05-05T00:00:00.000Z" })).toEqual([]);
  });

  it("reads the roles held on the UTC day of `at`", async () => {
    const holder = await actorId(api, "Steve Witkoff");
    await mutate(api, ROLE, { input: { holder, title: "Zone probe envoy", startDate: "2031-05-05" } });
    const titles = async (at: string) => {
      const { data, errors } = await api.query(`query ($id: ID!, $at: DateTimeISO!) { actor(id: $id) { roles(at: $at) { edges { node { title } } } } }`, { id: holder, at });
      expect(errors).toBeUndefined();
      return nodes<{ title: string }>(data.actor.roles).map((role) => role.title);
    };
    expect(await titles("2031-05-05T02:00:00.000Z")).toContain("Zone probe envoy");
    expect(await titles("2031-05-04T23:00:00.000Z")).not.toContain("Zone probe envoy");
  });
});
