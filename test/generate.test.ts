import { beforeAll, describe, expect, it } from "vitest";
import { assertEmpty, emptyGraph, graphDigest } from "../src/generate/database-state.js";
import { generateGraph } from "../src/generate/generate.js";
import { useTestServer } from "./helpers/server.js";
import { nodes } from "./helpers/graph.js";

const api = useTestServer({ SEED: "false" });
const options = { quotes: 2000, seed: 7 };

const withSession = <T>(work: Parameters<typeof api.server.database.withSession<T>>[0]) => api.server.database.withSession(work);

beforeAll(async () => {
  await withSession((session) => generateGraph(session, options));
});

describe("the synthetic graph", () => {
  it("holds exactly the quotes asked for, some said at meetings and most by a named speaker", async () => {
    const { data, errors } = await api.query(`{ quotes(first: 100) { totalCount edges { node { speaker { name } speakerDescription } } }
      meetings(first: 100) { totalCount edges { node { statements { totalCount } } } } }`);
    expect(errors).toBeUndefined();
    expect(data.quotes.totalCount).toBe(options.quotes);
    const quotes = nodes<any>(data.quotes);
    expect(quotes.filter((quote) => quote.speaker).length).toBeGreaterThan(80);
    for (const quote of quotes) expect(quote.speaker !== null || /official/.test(quote.speakerDescription)).toBe(true);
    const atMeetings = nodes<any>(data.meetings).reduce((sum, meeting) => sum + meeting.statements.totalCount, 0);
    expect(atMeetings).toBeGreaterThan(0);
    expect(atMeetings).toBeLessThan(options.quotes);
  });

  it("gives every meeting 2 to 30 attendees, and has planned as well as held meetings", async () => {
    const { data } = await api.query(`{ meetings(first: 100) { totalCount edges { node { status attendees(first: 100) { totalCount edges { node { role actor { id } } } } } } } }`);
    const meetings = nodes<any>(data.meetings);
    expect(meetings.length).toBe(data.meetings.totalCount);
    for (const meeting of meetings) {
      expect(meeting.attendees.totalCount).toBeGreaterThanOrEqual(2);
      expect(meeting.attendees.totalCount).toBeLessThanOrEqual(31); // 30 people, sometimes one observing coalition
      expect(new Set(nodes<any>(meeting.attendees).map((a) => a.actor.id)).size).toBe(meeting.attendees.totalCount);
    }
    expect([...new Set(meetings.map((meeting) => meeting.status))]).toEqual(expect.arrayContaining(["PLANNED", "HELD"]));
    expect(meetings.some((meeting) => meeting.attendees.totalCount > 12)).toBe(true);
  });

  it("gives every figure a claimant, and puts competing claims on the same metric side by side", async () => {
    const { data } = await api.query(`{ incidents(first: 100) { edges { node {
      participants { totalCount } figures(first: 100) { edges { node { metric value claimant { name } } } } } } } }`);
    const incidents = nodes<any>(data.incidents);
    expect(incidents.length).toBeGreaterThan(10);
    let competing = 0;
    for (const incident of incidents) {
      expect(incident.participants.totalCount).toBeGreaterThanOrEqual(2);
      const figures = nodes<any>(incident.figures);
      expect(figures.length).toBeGreaterThan(0);
      for (const figure of figures) expect(figure.claimant?.name).toBeTruthy();
      const claimantsByMetric = new Map<string, Set<string>>();
      for (const figure of figures) claimantsByMetric.set(figure.metric, (claimantsByMetric.get(figure.metric) ?? new Set()).add(figure.claimant.name));
      if ([...claimantsByMetric.values()].some((claimants) => claimants.size > 1)) competing++;
    }
    expect(competing).toBeGreaterThan(incidents.length / 4);
  });

  it("cites facts of every kind with excerpts found in the article text at their offsets", async () => {
    const { data } = await api.query(`{ articles(first: 100) { edges { node { text citations(first: 100) { edges { node {
      excerpt startOffset endOffset attribution fact { __typename } } } } } } } }`);
    const kinds = new Set<string>();
    let checked = 0;
    for (const article of nodes<any>(data.articles)) {
      const codePoints = Array.from(article.text as string);
      for (const citation of nodes<any>(article.citations)) {
        expect(codePoints.slice(citation.startOffset, citation.endOffset).join("")).toBe(citation.excerpt);
        kinds.add(citation.fact.__typename);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(300);
    expect(kinds).toEqual(new Set(["Role", "Meeting", "Attendance", "Quote", "Incident", "Figure"]));
  });

  it("refuses to generate into a database that holds data", async () => {
    await expect(withSession(assertEmpty)).rejects.toThrow(/already holds data \(\d+ actors, \d+ articles\); pass --reset/);
  });

  it("writes the same data, ids included, for the same seed and counts, and other data for another seed", async () => {
    const first = await withSession(graphDigest);
    const regenerate = (seed: number) => withSession(async (session) => {
      await emptyGraph(session);
      await generateGraph(session, { ...options, seed });
      return graphDigest(session);
    });
    expect(await regenerate(options.seed + 1)).not.toBe(first);
    expect(await regenerate(options.seed)).toBe(first);
  });
});
