import { describe, expect, it } from "vitest";
import type { Database } from "../src/db/database.js";
import { ingestDocument } from "../src/ingest/ingest.js";
import { generateGraph } from "../src/generate/generate.js";
import { exportText, useMigratedDatabase } from "./helpers/ingest.js";
import { useTestServer } from "./helpers/server.js";
import { fixture, useGraphApi } from "./helpers/one-graph.js";
import { MergeMeetingsDocument } from "./generated/graphql.js";
import { toGlobalId } from "../src/common/node-id.js";

const slow = { timeout: 600_000 };
// Mentions are left out: a fact no article mentioned comes back mentioned by the articles that cite it.
const tables = [
  "Article", "Actor", "Place", "Role", "Meeting", "Attendance", "UnnamedAttendance", "Quote", "Incident", "IncidentParticipant", "UnnamedParticipant", "Figure", "Citation",
];

async function rowCounts(database: Database): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const table of tables) counts[table] = (await database.prisma.$queryRawUnsafe<{ n: number }[]>(`SELECT count(*)::int AS n FROM "${table}"`))[0].n;
  return counts;
}

/** Ingests an export, line by line, into the empty database; returns its export. */
async function roundTrip(exported: string, into: Database): Promise<string> {
  for (const line of exported.split("\n").filter(Boolean)) await ingestDocument(into.prisma, JSON.parse(line));
  return exportText(into);
}

const mutate = async (api: ReturnType<typeof useTestServer>, query: string, input: object) => {
  const { data, errors } = await api.write(query, { input });
  expect(errors).toBeUndefined();
  const payload = Object.values(data as Record<string, { errors: unknown[] }>)[0];
  expect(payload.errors).toEqual([]);
  return payload as any;
};

describe("export → ingest into an empty database → export", () => {
  const api = useTestServer();
  const graph = useGraphApi(api);
  const empty = useMigratedDatabase();

  it("gives the same bytes and row counts for a graph of shared, merged and API-written facts", slow, async () => {
    await graph.ingest(fixture("second-outlet-paris-coalition"));
    await graph.ingest(fixture("later-report-witkoff-zelenskyy-held"));
    const text = "European leaders held a video call on the guarantees on Friday.";
    const call = await graph.ingest({
      article: { url: "https://example.org/brief/video-call", title: "Video call", publisher: "Example Brief", publishedAt: "2025-09-03", text },
      meetings: [{ key: "video-call", title: "European leaders' video call", status: "HELD", startsAt: "2025-09-05", startPrecision: "DAY", citations: [{ excerpt: text }] }],
    });
    const paris = (await graph.meetings()).find((meeting) => meeting.title === "Coalition of the willing talks in Paris")!;
    await graph.write(MergeMeetingsDocument, { input: { keep: paris.id, merge: graph.resolutionOf(call, "meetings[0]").node!.id } }, graph.keys.admin);

    // Written through the API: a quote cited by the second outlet, a cross-article citation, an actor nothing refers to.
    const [macron] = await graph.actorNamed("Emmanuel Macron");
    const wire = await api.server.database.prisma.article.findUniqueOrThrow({ where: { url: fixture("second-outlet-paris-coalition").article.url } });
    const articleId = toGlobalId("Article", wire.id);
    const quote = await mutate(api, `mutation($input: QuoteInput!) { createQuote(input: $input) { quote { id } errors { code } } }`,
      { kind: "PARAPHRASE", text: "Macron told reporters the guarantees were ready.", speaker: macron.id });
    await mutate(api, `mutation($input: CitationInput!) { createCitation(input: $input) { citation { id } errors { code } } }`,
      { article: articleId, fact: quote.quote.id, excerpt: "Macron told reporters before the talks." });
    const [planned] = (await graph.meetings()).filter((meeting) => meeting.title === "Steve Witkoff meets Volodymyr Zelenskyy in Paris");
    await mutate(api, `mutation($input: CitationInput!) { createCitation(input: $input) { citation { id } errors { code } } }`,
      { article: articleId, fact: planned.id, excerpt: "Ukraine's president, Volodymyr Zelenskiy, followed the talks closely." });
    await mutate(api, `mutation($input: ActorInput!) { createActor(input: $input) { actor { id } errors { code } } }`,
      { kind: "ORGANIZATION", name: "European Political Community", slug: "european-political-community" });

    // Unnamed attendees and participants: reported by two articles in their own words, and written through the API.
    const unnamed = (url: string, leaders: string, governor: string) => {
      const words = `${leaders} joined the talks. ${governor} said drones had hit the port.`;
      return {
        article: { url, title: "Unnamed parties", publishedAt: url.endsWith("a") ? "2025-09-06" : "2025-09-07", text: words },
        actors: [{ key: "russia", kind: "COUNTRY" as const, name: "Russia", slug: "russia" }],
        meetings: [{
          key: "paris", id: paris.id, title: paris.title, status: "HELD" as const,
          attendees: [{ description: leaders, role: "PARTICIPANT" as const, citations: [{ excerpt: `${leaders} joined the talks.` }] }],
          citations: [],
        }],
        incidents: [{
          key: "magadan", ref: "drones-magadan", kind: "DRONE_ATTACK" as const, title: "Drones hit the port of Magadan",
          participants: [{ description: governor, affiliation: "russia", role: "RESPONDER" as const }],
          citations: [{ excerpt: "drones had hit the port" }],
        }],
      };
    };
    await graph.ingest(unnamed("https://example.org/unnamed/a", "European leaders", "The governor of Magadan"));
    await graph.ingest(unnamed("https://example.org/unnamed/b", "European Leaders", "the governor of Magadan"));
    await mutate(api, `mutation($input: UnnamedAttendanceInput!) { createUnnamedAttendance(input: $input) { unnamedAttendance { id } errors { code } } }`,
      { meeting: paris.id, description: "a senior Kremlin aide", role: "OBSERVER" });

    const before = await exportText(api.server.database);
    expect(before).toContain("european-political-community");
    expect(before).toContain('"slug":"nato"');
    expect(before).toContain('{"description":"a senior Kremlin aide","role":"OBSERVER","api":true,"citations":[]}');
    const after = await roundTrip(before, empty.database);
    expect(after).toBe(before);
    const counts = await rowCounts(empty.database);
    expect(counts).toEqual(await rowCounts(api.server.database));
    // "European leaders" (two articles, one fact) and the API's Kremlin aide; the governor of Magadan once.
    expect([counts.UnnamedAttendance, counts.UnnamedParticipant]).toEqual([2, 1]);
  });
});

describe("the export of a generated database", () => {
  const source = useMigratedDatabase();
  const empty = useMigratedDatabase();

  it("comes back byte for byte, every row included", slow, async () => {
    await source.database.withSession((session) => generateGraph(session, { quotes: 2000, seed: 11 }));
    const before = await exportText(source.database);
    const after = await roundTrip(before, empty.database);
    expect(after).toBe(before);
    const counts = await rowCounts(empty.database);
    expect(counts).toEqual(await rowCounts(source.database));
    expect(counts.Quote).toBe(2000);
  });
});
