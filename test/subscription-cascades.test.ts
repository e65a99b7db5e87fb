import { afterAll, expect, it } from "vitest";
import type { Client } from "graphql-ws";
import { useTestServer } from "./helpers/server.js";
import { actorId, mutate } from "./helpers/graph.js";
import { subscribe, untilListening, wsClient } from "./helpers/subscription.js";

const api = useTestServer();
let client: Client | undefined;
afterAll(() => client?.dispose());

const ACTOR = `mutation($input: ActorInput!) { createActor(input: $input) { actor { id } errors { code } } }`;
const ATTEND = `mutation($input: AttendanceInput!) { createAttendance(input: $input) { errors { code } } }`;

it("announces meetingChanged when deleting or merging an actor takes attendances away", async () => {
  client = wsClient(api.url);
  const macron = await actorId(api, "Emmanuel Macron");
  const { data } = await api.query(`query ($a: ID!) { meetings(filter: { attendee: $a, status: [HELD] }) { edges { node { id } } } }`, { a: macron });
  const paris = data.meetings.edges[0].node.id as string;
  const changes = subscribe(client, `subscription($actor: ID) { meetingChanged(actor: $actor) { change meetingId } }`, { actor: macron });
  let guests = 0;
  const guestAtParis = async () => {
    guests++;
    const created = await mutate(api, ACTOR, { input: { kind: "PERSON", name: `Guest ${guests}`, slug: `guest-${guests}` } });
    await mutate(api, ATTEND, { input: { meeting: paris, actor: created.actor.id, role: "OBSERVER" } });
    return created.actor.id as string;
  };
  await untilListening(changes, guestAtParis);

  const deleted = await guestAtParis();
  expect(await changes.next()).toEqual({ data: { meetingChanged: { change: "UPDATED", meetingId: paris } } });
  await mutate(api, `mutation($id: ID!) { deleteActor(id: $id) { deletedId } }`, { id: deleted }, api.keys.admin);
  expect(await changes.next()).toEqual({ data: { meetingChanged: { change: "UPDATED", meetingId: paris } } });

  const merged = await guestAtParis();
  expect(await changes.next()).toEqual({ data: { meetingChanged: { change: "UPDATED", meetingId: paris } } });
  const keep = await actorId(api, "Keir Starmer");
  await mutate(api, `mutation($input: MergeActorsInput!) { mergeActors(input: $input) { errors { code } } }`, { input: { keep, merge: merged } }, api.keys.admin);
  expect(await changes.next()).toEqual({ data: { meetingChanged: { change: "UPDATED", meetingId: paris } } });
});
