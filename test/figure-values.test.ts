import { expect, it } from "vitest";
import { useTestServer } from "./helpers/server.js";
import { mutate } from "./helpers/graph.js";
import { seedDocument } from "./helpers/ingest.js";

const api = useTestServer();

it("refuses a figure too large to add up, through the API and in an article document, and totals keep working", async () => {
  const { data } = await api.query(`{ incidents(filter: { kind: [DRONE_ATTACK] }) { edges { node { id } } } }`);
  const incident = data.incidents.edges[0].node.id;
  const FIGURE = `mutation($input: FigureInput!) { createFigure(input: $input) { figure { id } errors { field code message } } }`;
  const huge = await mutate(api, FIGURE, { input: { incident, metric: "drones_launched", value: 1e308, unit: "drones" } });
  expect(huge).toMatchObject({ figure: null, errors: [{ field: ["input", "value"], code: "INVALID", message: expect.stringContaining("value must be between") }] });

  const doc = seedDocument();
  doc.article.url = "https://example.org/huge-figure";
  doc.incidents![0].figures![0].value = 1e308;
  const INGEST = `mutation($input: JSONObject!) { ingestArticle(input: $input) { created errors { field code } } }`;
  expect(await mutate(api, INGEST, { input: doc })).toMatchObject({ created: null, errors: [{ field: ["input", "incidents", "0", "figures", "0", "value"], code: "INVALID" }] });

  const totals = await api.query(`{ figureTotals(groupBy: ALL) { metric total } }`);
  expect(totals.errors).toBeUndefined();
  expect(totals.data.figureTotals).toContainEqual({ metric: "drones_launched", total: 112 });
});
