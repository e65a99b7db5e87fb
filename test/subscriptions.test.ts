import { afterAll, describe, expect, it } from "vitest";
import type { Client } from "graphql-ws";
import { useTestServer } from "./helpers/server.js";
import { actorId, mutate } from "./helpers/graph.js";
import { subscribe, untilListening, wsClient } from "./helpers/subscription.js";

const api = useTestServer();
let client: Client | undefined;
afterAll(() => client?.dispose());

const QUOTE = `mutation($input: QuoteInput!) { createQuote(input: $input) { quote { id } errors { code } } }`;


describe("subscriptions (one instance, in-process events)", () => {
  it("quoteRecorded(actor) delivers that actor's quotes only", async () => {
    client = wsClient(api.url);
    const macron = await actorId(api, "Emmanuel Macron");
    const starmer = await actorId(api, "Keir Starmer");
    const macronsQuotes = subscribe(client, `subscription($actor: ID) { quoteRecorded(actor: $actor) { text speaker { name } createdBy { name } } }`, { actor: macron });
    await untilListening(macronsQuotes, () => mutate(api, QUOTE, { input: { kind: "DIRECT", text: "probe", speaker: macron } }));
    await mutate(api, QUOTE, { input: { kind: "DIRECT", text: "Starmer speaking.", speaker: starmer } });
    await expect(macronsQuotes.next(1_000)).rejects.toThrow("No subscription result arrived in time");
    await mutate(api, QUOTE, { input: { kind: "DIRECT", text: "Macron speaking.", speaker: macron } });
    expect(await macronsQuotes.next()).toEqual({ data: { quoteRecorded: { text: "Macron speaking.", speaker: { name: "Emmanuel Macron" }, createdBy: { name: "Test editor" } } } });
  });

  it("incidentRecorded(actor) delivers incidents the actor took part in", async () => {
    client ??= wsClient(api.url);
    const russia = await actorId(api, "Russia");
    const incidents = subscribe(client, `subscription($actor: ID) { incidentRecorded(actor: $actor) { title } }`, { actor: russia });
    const create = (title: string, participants: unknown[]) =>
      mutate(api, `mutation($input: IncidentInput!) { createIncident(input: $input) { errors { code } } }`, { input: { kind: "OTHER", title, participants } });
    await untilListening(incidents, () => create("probe", [{ actor: russia, role: "PERPETRATOR" }]));
    await create("Without Russia", []);
    await create("With Russia", [{ actor: russia, role: "INITIATOR" }]);
    expect(await incidents.next()).toEqual({ data: { incidentRecorded: { title: "With Russia" } } });
  });

  it("meetingChanged(actor) follows the actor's meetings as attendees change, and deletes", async () => {
    client ??= wsClient(api.url);
    const starmer = await actorId(api, "Keir Starmer");
    const changes = subscribe(client, `subscription($actor: ID) { meetingChanged(actor: $actor) { change meetingId meeting { title } } }`, { actor: starmer });
    const attend = async () => {
      const meeting = await mutate(api, `mutation { createMeeting(input: { title: "Call", status: HELD }) { meeting { id } } }`, {});
      await mutate(api, `mutation($input: AttendanceInput!) { createAttendance(input: $input) { errors { code } } }`, { input: { meeting: meeting.meeting.id, actor: starmer, role: "HOST" } });
      return meeting.meeting.id as string;
    };
    await untilListening(changes, attend);
    const meetingId = await attend();
    expect(await changes.next()).toEqual({ data: { meetingChanged: { change: "UPDATED", meetingId, meeting: { title: "Call" } } } });
    await mutate(api, `mutation($id: ID!) { deleteMeeting(id: $id) { deletedId } }`, { id: meetingId }, api.keys.admin);
    expect(await changes.next()).toEqual({ data: { meetingChanged: { change: "DELETED", meetingId, meeting: null } } });
  });

  it("refuses a malformed actor id", async () => {
    client ??= wsClient(api.url);
    const result = await subscribe(client, `subscription { quoteRecorded(actor: "nonsense") { text } }`).next();
    expect(result.errors[0]).toMatchObject({ message: expect.stringContaining("\"actor\""), extensions: { code: "BAD_USER_INPUT" } });
  });
});
