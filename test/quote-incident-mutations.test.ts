import { describe, expect, it } from "vitest";
import { useTestServer } from "./helpers/server.js";
import { actorId, mutate, nodeExists } from "./helpers/graph.js";

const api = useTestServer();

const QUOTE = `mutation($input: QuoteInput!) { createQuote(input: $input) { quote { id kind text language speaker { name } } errors { field message code } } }`;
const UPDATE_QUOTE = `mutation($id: ID!, $input: QuoteInput!) { updateQuote(id: $id, input: $input) { quote { kind text } errors { field message code } } }`;
const INCIDENT = `mutation($input: IncidentInput!) { createIncident(input: $input) {
  incident { id title timeSpan participants { edges { node { role actor { name } } } } } errors { field message code } } }`;
const UPDATE_INCIDENT = `mutation($id: ID!, $input: IncidentInput!) { updateIncident(id: $id, input: $input) {
  incident { title participants { totalCount } } errors { field message code } } }`;
const FIGURE = `mutation($input: FigureInput!) { createFigure(input: $input) { figure { id metric value unit claimant { name } incident { title } } errors { field message code } } }`;
const UPDATE_FIGURE = `mutation($id: ID!, $input: FigureInput!) { updateFigure(id: $id, input: $input) { figure { value } errors { field message code } } }`;

describe("quotes", () => {
  it("creates, updates and deletes a quote", async () => {
    const speaker = await actorId(api, "Volodymyr Zelenskyy");
    const created = await mutate(api, QUOTE, { input: { kind: "DIRECT", text: "We need guarantees.", speaker } });
    expect(created).toMatchObject({ quote: { kind: "DIRECT", text: "We need guarantees.", language: "en", speaker: { name: "Volodymyr Zelenskyy" } }, errors: [] });
    const updated = await mutate(api, UPDATE_QUOTE, { id: created.quote.id, input: { kind: "PARAPHRASE", text: "He asked for guarantees.", speaker } });
    expect(updated).toEqual({ quote: { kind: "PARAPHRASE", text: "He asked for guarantees." }, errors: [] });
    const deleted = await mutate(api, `mutation($id: ID!) { deleteQuote(id: $id) { deletedId } }`, { id: created.quote.id }, api.keys.admin);
    expect(deleted.deletedId).toBe(created.quote.id);
    expect(await nodeExists(api, created.quote.id)).toBe(false);
  });

  it("refuses empty and 100,000-character text, a bad language tag and an unknown meeting", async () => {
    const empty = await mutate(api, QUOTE, { input: { kind: "DIRECT", text: "", language: "English" } });
    expect(empty.errors).toEqual([
      { field: ["input", "text"], message: "text must not be blank", code: "BLANK" },
      { field: ["input", "language"], message: expect.stringContaining("language must be a BCP 47 language tag"), code: "INVALID" },
    ]);
    const long = await mutate(api, QUOTE, { input: { kind: "DIRECT", text: "a".repeat(100_000) } });
    expect(long.errors).toEqual([{ field: ["input", "text"], message: "text must be at most 10,000 characters", code: "TOO_LONG" }]);
    const meeting = Buffer.from("Meeting:00000000-0000-7000-8000-000000000003").toString("base64url");
    const unknown = await mutate(api, QUOTE, { input: { kind: "DIRECT", text: "Hello.", meeting } });
    expect(unknown.errors).toMatchObject([{ field: ["input", "meeting"], code: "NOT_FOUND" }]);
  });
});

describe("incidents, participants and figures", () => {
  it("creates an incident with participants, replaces them, and records and changes a figure", async () => {
    const russia = await actorId(api, "Russia");
    const ukraine = await actorId(api, "Ukraine");
    const created = await mutate(api, INCIDENT, { input: {
      kind: "MISSILE_STRIKE", title: "Strike on Kyiv", timeSpan: "early Sunday",
      participants: [{ actor: russia, role: "PERPETRATOR" }, { actor: ukraine, role: "TARGET" }],
    } });
    expect(created.errors).toEqual([]);
    expect(created.incident.participants.edges.map((edge: any) => [edge.node.actor.name, edge.node.role])).toEqual([["Russia", "PERPETRATOR"], ["Ukraine", "TARGET"]]);
    const replaced = await mutate(api, UPDATE_INCIDENT, { id: created.incident.id, input: { kind: "MISSILE_STRIKE", title: "Strike on Kyiv", participants: [{ actor: russia, role: "PERPETRATOR" }] } });
    expect(replaced).toEqual({ incident: { title: "Strike on Kyiv", participants: { totalCount: 1 } }, errors: [] });

    const figure = await mutate(api, FIGURE, { input: { incident: created.incident.id, metric: "missiles_launched", value: 12, unit: "missiles", claimant: ukraine } });
    expect(figure).toMatchObject({ figure: { metric: "missiles_launched", value: 12, claimant: { name: "Ukraine" }, incident: { title: "Strike on Kyiv" } }, errors: [] });
    const corrected = await mutate(api, UPDATE_FIGURE, { id: figure.figure.id, input: { incident: created.incident.id, metric: "missiles_launched", value: 14, unit: "missiles" } });
    expect(corrected).toEqual({ figure: { value: 14 }, errors: [] });
    await mutate(api, `mutation($id: ID!) { deleteFigure(id: $id) { deletedId } }`, { id: figure.figure.id }, api.keys.admin);
    expect(await nodeExists(api, figure.figure.id)).toBe(false);
    const deleted = await mutate(api, `mutation($id: ID!) { deleteIncident(id: $id) { deletedId } }`, { id: created.incident.id }, api.keys.admin);
    expect(deleted.deletedId).toBe(created.incident.id);
    expect(await nodeExists(api, created.incident.id)).toBe(false);
  });

  it("refuses an end before the start, an unknown participant (writing nothing) and a part played twice", async () => {
    const russia = await actorId(api, "Russia");
    const backwards = await mutate(api, INCIDENT, { input: { kind: "OTHER", title: "x", startsAt: "2025-09-05T00:00:00Z", endsAt: "2025-09-04T00:00:00Z" } });
    expect(backwards.errors).toMatchObject([{ field: ["input", "endsAt"], code: "END_BEFORE_START" }]);
    const before = (await api.query(`{ incidents { totalCount } }`)).data.incidents.totalCount;
    const nobody = Buffer.from("Actor:00000000-0000-7000-8000-000000000004").toString("base64url");
    const unknown = await mutate(api, INCIDENT, { input: { kind: "OTHER", title: "Half written?", participants: [{ actor: russia, role: "PERPETRATOR" }, { actor: nobody, role: "TARGET" }] } });
    expect(unknown.errors).toMatchObject([{ field: ["input", "participants", "1", "actor"], code: "NOT_FOUND" }]);
    expect((await api.query(`{ incidents { totalCount } }`)).data.incidents.totalCount).toBe(before);
    const twice = await mutate(api, INCIDENT, { input: { kind: "OTHER", title: "Twice", participants: [{ actor: russia, role: "TARGET" }, { actor: russia, role: "TARGET" }] } });
    expect(twice.errors).toMatchObject([{ code: "DUPLICATE" }]);
  });

  it("refuses a figure with a malformed metric and an unknown incident", async () => {
    const incident = Buffer.from("Incident:00000000-0000-7000-8000-000000000005").toString("base64url");
    const payload = await mutate(api, FIGURE, { input: { incident, metric: "Drones Launched", value: 1, unit: " " } });
    expect(payload.errors).toEqual([
      { field: ["input", "metric"], message: expect.stringContaining("metric must be snake_case"), code: "INVALID" },
      { field: ["input", "unit"], message: "unit must not be blank", code: "BLANK" },
    ]);
    const unknown = await mutate(api, FIGURE, { input: { incident, metric: "drones", value: 1, unit: "drones" } });
    expect(unknown.errors).toMatchObject([{ field: ["input", "incident"], code: "NOT_FOUND" }]);
  });
});
