import { expect, it } from "vitest";
import { useTestServer } from "./helpers/server.js";
import { actorId, mutate } from "./helpers/graph.js";

const api = useTestServer();
const INCIDENT = `mutation($input: IncidentInput!) { createIncident(input: $input) {
  incident { id participants { edges { node { id role actor { name } } } } } errors { field code message } } }`;
const UPDATE_INCIDENT = `mutation($id: ID!, $input: IncidentInput!) { updateIncident(id: $id, input: $input) {
  incident { participants { edges { node { id role actor { name } } } } } errors { field code } } }`;

it("names the input field of a Wikidata id that belongs to another actor", async () => {
  const payload = await mutate(api, `mutation($input: ActorInput!) { createActor(input: $input) { actor { id } errors { field code message } } }`, {
    input: { kind: "PERSON", name: "Donald Trump Jr.", slug: "donald-trump-jr", wikidataId: "Q22686" },
  });
  expect(payload).toEqual({ actor: null, errors: [{ field: ["input", "wikidataId"], code: "DUPLICATE", message: "wikidataId Q22686 already belongs to Donald Trump" }] });
});

it("names the repeated participant, and keeps the rows of participants an update leaves in place", async () => {
  const russia = await actorId(api, "Russia");
  const ukraine = await actorId(api, "Ukraine");
  const twice = await mutate(api, INCIDENT, {
    input: { kind: "OTHER", title: "Twice", participants: [{ actor: russia, role: "TARGET" }, { actor: russia, role: "TARGET" }] },
  });
  expect(twice).toMatchObject({ incident: null, errors: [{ field: ["input", "participants", "1", "actor"], code: "DUPLICATE" }] });

  const created = await mutate(api, INCIDENT, {
    input: { kind: "OTHER", title: "Once", participants: [{ actor: russia, role: "PERPETRATOR" }, { actor: ukraine, role: "TARGET" }] },
  });
  const [perpetrator] = created.incident.participants.edges;
  const updated = await mutate(api, UPDATE_INCIDENT, {
    id: created.incident.id,
    input: { kind: "OTHER", title: "Once", participants: [{ actor: russia, role: "PERPETRATOR" }, { actor: ukraine, role: "RESPONDER" }] },
  });
  const after = updated.incident.participants.edges.map((edge: any) => edge.node);
  expect(after.map((node: any) => [node.actor.name, node.role])).toEqual([["Russia", "PERPETRATOR"], ["Ukraine", "RESPONDER"]]);
  expect(after[0].id).toBe(perpetrator.node.id);
});
