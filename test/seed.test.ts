import fs from "node:fs";
import { describe, expect, it } from "vitest";
import { useTestServer } from "./helpers/server.js";

const articleText = JSON.parse(
  fs.readFileSync(new URL("../prisma/seed/coalition-of-the-willing-2025-09-04.json", import.meta.url), "utf8"),
).article.text as string;

const api = useTestServer();

type Edges<T> = { edges: { node: T }[]; totalCount?: number };
const nodes = <T>(connection: Edges<T>) => connection.edges.map((edge) => edge.node);

describe("the seed article as a graph", () => {
  it("keeps the seed article's text exactly as published", async () => {
    const { data } = await api.query(`{ articles { totalCount edges { node { url text publishedAt } } } }`);
    expect(data.articles.totalCount).toBe(1);
    expect(data.articles.edges[0].node.text).toBe(fs.readFileSync(new URL("../prisma/seed/coalition-of-the-willing-2025-09-04.txt", import.meta.url), "utf8"));
  });

  it("returns the Paris meeting with its attendees, their parts and what was said ahead of it", async () => {
    const { data, errors } = await api.query(`{
      meetings(first: 50) { edges { node {
        title status startsAt startPrecision place { name country { name } }
        attendees { totalCount edges { node { role actor { name kind } } } }
        statements { edges { node { kind text meetingTiming speaker { name } } } }
        citations { edges { node { excerpt attribution attributedTo { name } article { url } } } }
      } } }
    }`);
    expect(errors).toBeUndefined();
    const paris = nodes<any>(data.meetings).find((meeting) => meeting.place?.name === "Paris" && meeting.status === "HELD");
    expect(paris).toMatchObject({ startsAt: "2025-09-04T00:00:00.000Z", startPrecision: "DAY", place: { country: { name: "France" } } });
    const attendees = nodes<any>(paris.attendees).map((attendance) => [attendance.actor.name, attendance.role]);
    expect(attendees).toEqual(expect.arrayContaining([["Steve Witkoff", "PARTICIPANT"], ["Emmanuel Macron", "CHAIR"], ["Keir Starmer", "CHAIR"]]));
    expect(paris.attendees.totalCount).toBe(attendees.length);
    const statements = nodes<any>(paris.statements);
    expect(statements).toContainEqual({
      kind: "DIRECT",
      text: "We Europeans are ready to provide security guarantees to Ukraine and the Ukrainians on the day peace is signed.",
      meetingTiming: "BEFORE",
      speaker: { name: "Emmanuel Macron" },
    });
    expect(nodes<any>(paris.citations)[0]).toMatchObject({ attributedTo: { name: "The Associated Press" } });
  });

  it("tells planned meetings from held ones", async () => {
    const { data } = await api.query(`{ meetings(first: 50) { edges { node { title status attendees { edges { node { actor { name } } } } } } } }`);
    const planned = nodes<any>(data.meetings).filter((meeting) => meeting.status === "PLANNED");
    const plannedAttendees = planned.map((meeting) => nodes<any>(meeting.attendees).map((a) => a.actor.name).sort());
    expect(plannedAttendees).toContainEqual(["Steve Witkoff", "Volodymyr Zelenskyy"]);
    const summit = nodes<any>(data.meetings).find((meeting) => nodes<any>(meeting.attendees).some((a) => a.actor.name === "Kim Jong Un"));
    expect(summit.status).toBe("HELD");
    expect(nodes<any>(summit.attendees).map((a) => a.actor.name).sort()).toEqual(["Kim Jong Un", "Vladimir Putin", "Xi Jinping"]);
  });

  it("attributes the planned Witkoff–Zelenskyy talks to the anonymous official, per AP", async () => {
    const { data } = await api.query(`{ quotes(first: 50) { edges { node {
      text speaker { name } speakerDescription speakerAffiliation { name }
      citations { edges { node { attribution attributedTo { name } } } }
    } } } }`);
    const official = nodes<any>(data.quotes).filter((quote) => quote.speaker === null);
    expect(official.length).toBeGreaterThan(0);
    for (const quote of official) {
      expect(quote.speakerDescription).toMatch(/Ukrainian presidency official/);
      expect(quote.speakerAffiliation.name).toMatch(/Office of the President of Ukraine/);
    }
  });

  it("holds the drone attack's competing figures with their claimant and the source they came through", async () => {
    const { data } = await api.query(`{ incidents { edges { node {
      kind timeSpan participants { edges { node { role actor { name } } } }
      figures { totalCount edges { node { metric value unit qualifier claimant { name kind }
        citations { edges { node { attribution attributedTo { name } } } } } } }
    } } } }`);
    const attack = nodes<any>(data.incidents).find((incident) => incident.kind === "DRONE_ATTACK");
    expect(attack.timeSpan).toBe("overnight Thursday");
    expect(nodes<any>(attack.participants).map((p) => [p.actor.name, p.role])).toEqual(
      expect.arrayContaining([["Russia", "PERPETRATOR"], ["Ukraine", "TARGET"]]),
    );
    const figures = nodes<any>(attack.figures);
    expect(figures.map((figure) => [figure.metric, figure.value, figure.claimant.name])).toEqual(
      expect.arrayContaining([["drones_launched", 112, "Ukrainian Air Force"], ["drones_intercepted_or_jammed", 84, "Ukrainian Air Force"]]),
    );
    for (const figure of figures) {
      expect(nodes<any>(figure.citations)).toContainEqual({ attribution: "per AP", attributedTo: { name: "The Associated Press" } });
    }
    const tariff = nodes<any>(data.incidents).find((incident) => incident.kind === "TARIFF");
    expect(nodes<any>(tariff.participants).map((p) => [p.actor.name, p.role])).toEqual(
      expect.arrayContaining([["United States", "INITIATOR"], ["India", "TARGET"]]),
    );
  });

  it("answers what an actor was at a date, and what they said and attended", async () => {
    const { data } = await api.query(`{ actors(first: 100) { edges { node { id name slug } } } }`);
    const witkoff = nodes<any>(data.actors).find((actor) => actor.slug === "steve-witkoff");
    const { data: detail } = await api.query(
      `query ($id: ID!) { actor(id: $id) {
        name country { name }
        roles(at: "2025-09-04T00:00:00Z") { edges { node { title of { name } holder { name } } } }
        meetings { totalCount edges { node { title } } }
      } }`,
      { id: witkoff.id },
    );
    expect(detail.actor.country.name).toBe("United States");
    expect(nodes<any>(detail.actor.roles)[0]).toMatchObject({ of: { name: "Donald Trump" }, holder: { name: "Steve Witkoff" } });
    expect(detail.actor.meetings.totalCount).toBeGreaterThanOrEqual(3);

    const trump = nodes<any>(data.actors).find((actor) => actor.slug === "donald-trump");
    const { data: quotes } = await api.query(
      `query ($id: ID!) { actor(id: $id) { quotes(first: 20) { edges { node { text speaker { name } meeting { title } } } } } }`,
      { id: trump.id },
    );
    const said = nodes<any>(quotes.actor.quotes);
    expect(said.every((quote) => quote.speaker.name === "Donald Trump")).toBe(true);
    expect(said.map((quote) => quote.text)).toContain(
      "I’m having a conversation with him very shortly, and I’ll know pretty much what we’re going to be doing.",
    );
    expect(said.find((quote) => quote.text.startsWith("I’m having"))?.meeting.title).toMatch(/Nawrocki/);
  });

  it("cites every fact with an excerpt found verbatim in the article at its offsets", async () => {
    const { data } = await api.query(`{ articles { edges { node { id citations(first: 100) { totalCount edges { node {
      excerpt startOffset endOffset fact { __typename } } } } } } } }`);
    const citations = nodes<any>(data.articles.edges[0].node.citations);
    expect(citations.length).toBe(data.articles.edges[0].node.citations.totalCount);
    expect(citations.length).toBeGreaterThan(20);
    const codePoints = Array.from(articleText);
    for (const citation of citations) {
      expect(codePoints.slice(citation.startOffset, citation.endOffset).join("")).toBe(citation.excerpt);
    }
    expect(new Set(citations.map((citation) => citation.fact.__typename))).toEqual(
      new Set(["Role", "Meeting", "Attendance", "Quote", "Incident", "Figure"]),
    );
  });
});

describe("ids", () => {
  it("fetches any object by its global id through node and nodes", async () => {
    const { data } = await api.query(`{ meetings(first: 1) { edges { node { id title } } } quotes(first: 1) { edges { node { id text } } } }`);
    const meeting = data.meetings.edges[0].node;
    const quote = data.quotes.edges[0].node;
    const { data: fetched } = await api.query(
      `query ($ids: [ID!]!) { nodes(ids: $ids) { __typename id ... on Meeting { title } ... on Quote { text } } }`,
      { ids: [meeting.id, quote.id] },
    );
    expect(fetched.nodes).toEqual([{ __typename: "Meeting", ...meeting }, { __typename: "Quote", ...quote }]);
  });

  it("returns null for an unknown id", async () => {
    const unknown = Buffer.from("Actor:00000000-0000-7000-8000-000000000000").toString("base64url");
    const { data, errors } = await api.query(`query ($id: ID!) { actor(id: $id) { name } node(id: $id) { id } }`, { id: unknown });
    expect(errors).toBeUndefined();
    expect(data).toEqual({ actor: null, node: null });
  });

  it.each([
    ["not base64 at all", "%%%"],
    ["a raw uuid", "0198f2a0-0000-7000-8000-000000000000"],
    ["the id of another type", Buffer.from("Quote:00000000-0000-7000-8000-000000000000").toString("base64url")],
  ])("rejects %s with BAD_USER_INPUT naming the argument", async (_, id) => {
    const { data, errors } = await api.query(`query ($id: ID!) { actor(id: $id) { name } }`, { id });
    expect(data).toEqual({ actor: null });
    expect(errors?.[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", argumentName: "id" });
    expect(errors?.[0].message).toMatch(/"id"/);
    expect(JSON.stringify(errors)).not.toMatch(/stacktrace|at .*\.ts/);
  });
});
