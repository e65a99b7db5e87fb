import { describe, expect, it } from "vitest";
import { useTestServer } from "./helpers/server.js";
import { nodes } from "./helpers/graph.js";
import { fixture, useGraphApi } from "./helpers/one-graph.js";
import { DeleteArticleByIdDocument, MergeMeetingsDocument } from "./generated/graphql.js";

const SEED = "urn:dossier:article:2025-09-04-coalition-of-the-willing-paris";
const SECOND = "https://example.org/wire/2025/09/05/coalition-of-the-willing-paris";

describe("a corrected article", () => {
  const graph = useGraphApi(useTestServer());

  it("changes only what it contributed and leaves the seed's contribution intact", async () => {
    const second = fixture("second-outlet-paris-coalition");
    const first = await graph.ingest(second);
    const parisId = graph.resolutionOf(first, "meetings[0]").node!.id;
    const quoteId = graph.resolutionOf(first, "quotes[0]").node!.id;

    // The outlet corrects its story: no quote, no figures, and Witkoff was not there after all.
    const corrected = structuredClone(second);
    corrected.quotes = [];
    corrected.incidents![0].figures = [];
    corrected.meetings![0].attendees = corrected.meetings![0].attendees!.filter((attendee) => attendee.actor !== "witkoff");
    await graph.ingest(corrected);

    const paris = (await graph.meetings()).find((meeting) => meeting.id === parisId)!;
    expect(graph.urls(paris.citations)).toEqual([SECOND, SEED].sort());
    const attendees = Object.fromEntries(nodes(paris.attendees).map((attendee) => [attendee.actor.name, attendee.corroboration.articles]));
    expect(attendees).toEqual({ "Steve Witkoff": 1, "Emmanuel Macron": 2, "Keir Starmer": 2, "Coalition of the Willing": 1 });

    const macron = (await graph.actorNamed("Emmanuel Macron"))[0];
    const quote = (await graph.quotesOf(macron.id)).find((entry) => entry.id === quoteId)!;
    expect(quote.corroboration.articles).toBe(1);
    expect(graph.urls(quote.citations)).toEqual([SEED]);
    for (const figure of nodes((await graph.drones())[0].figures)) {
      expect(figure.corroboration.articles).toBe(1);
      expect(figure.sources.map((source) => source.article?.url)).toEqual([SEED]);
    }
  });

  it("is deleted with what only it supported; the facts the seed supports stay", async () => {
    const brief = await graph.ingest({
      article: { url: "https://example.org/brief/call", title: "Call", publishedAt: "2025-09-10", text: "Macron and Starmer spoke by phone on Monday." },
      actors: [
        { key: "macron", kind: "PERSON", name: "Emmanuel Macron", slug: "emmanuel-macron", wikidataId: "Q3052772" },
        { key: "starmer", kind: "PERSON", name: "Keir Starmer", slug: "keir-starmer" },
      ],
      meetings: [{
        key: "call", title: "Macron–Starmer phone call", status: "HELD", startsAt: "2025-09-08", startPrecision: "DAY",
        attendees: [{ actor: "macron", role: "PARTICIPANT" }, { actor: "starmer", role: "PARTICIPANT" }],
        citations: [{ excerpt: "Macron and Starmer spoke by phone on Monday." }],
      }],
    });
    expect(await graph.meetings()).toHaveLength(7);
    const { deleteArticle } = await graph.write(DeleteArticleByIdDocument, { id: brief.article!.id }, graph.keys.admin);
    expect(deleteArticle.errors).toEqual([]);
    const titles = (await graph.meetings()).map((meeting) => meeting.title);
    expect(titles).toHaveLength(6);
    expect(titles).not.toContain("Macron–Starmer phone call");
    expect(await graph.actorNamed("Emmanuel Macron")).toHaveLength(1);
  });
});

describe("actors sharing an alias", () => {
  const graph = useGraphApi(useTestServer());

  it("keep Donald Trump Jr. apart from Donald Trump, and add no alias to either", async () => {
    const result = await graph.ingest(fixture("trump-junior"));
    expect(graph.resolutionOf(result, "actors[0]")).toMatchObject({ outcome: "created", by: "created" });
    const [trump] = await graph.actorNamed("Donald Trump");
    expect(trump.name).toBe("Donald Trump");
    expect(trump.aliases).toEqual(["Trump"]);
    expect(trump.quotes.edges.map((edge) => edge.node.text)).not.toContain("Europe has to step up.");
    const junior = (await graph.actorNamed("Donald Trump Jr"))[0];
    expect(junior).toMatchObject({ name: "Donald Trump Jr.", slug: "donald-trump-jr", aliases: ["Trump"] });
    expect(junior.quotes.edges.map((edge) => edge.node.text)).toEqual(["Europe has to step up."]);

    // "Trump" now names two actors: an entry called so matches neither.
    const ambiguous = await graph.ingest({
      article: { url: "https://example.org/brief/trump", title: "Trump", text: "Trump spoke." },
      actors: [{ key: "trump", kind: "PERSON", name: "Trump", slug: "trump-someone" }],
      quotes: [{ key: "q", kind: "PARAPHRASE", text: "Trump spoke.", speaker: "trump", citations: [{ excerpt: "Trump spoke." }] }],
    });
    expect(graph.resolutionOf(ambiguous, "actors[0]").outcome).toBe("created");
  });
});

describe("an admin merge", () => {
  const graph = useGraphApi(useTestServer());

  it("lasts: re-ingesting the merged side, or naming it by its old id, lands on the kept meeting", async () => {
    const text = "European leaders held a video call on the guarantees on Friday.";
    const document = {
      article: { url: "https://example.org/brief/video-call", title: "Video call", publishedAt: "2025-09-03", text },
      meetings: [{ key: "video-call", title: "European leaders' video call", status: "HELD" as const, startsAt: "2025-09-05", startPrecision: "DAY" as const, citations: [{ excerpt: text }] }],
    };
    const first = await graph.ingest(document);
    const duplicateId = graph.resolutionOf(first, "meetings[0]").node!.id;
    const paris = (await graph.meetings()).find((meeting) => meeting.title.startsWith("Coalition of the willing"))!;

    const refused = await graph.write(MergeMeetingsDocument, { input: { keep: paris.id, merge: paris.id } }, graph.keys.admin);
    expect(refused.mergeMeetings.errors).toEqual([{ field: ["input", "merge"], message: "merge names the same fact as keep", code: "SAME_FACT" }]);
    const { mergeMeetings } = await graph.write(MergeMeetingsDocument, { input: { keep: paris.id, merge: duplicateId } }, graph.keys.admin);
    expect(mergeMeetings).toMatchObject({ errors: [], meeting: { id: paris.id, status: "HELD" } });
    expect(await graph.meetings()).toHaveLength(6);

    const again = await graph.ingest(document);
    expect(graph.resolutionOf(again, "meetings[0]")).toMatchObject({ by: "key", node: { id: paris.id } });
    const byOldId = await graph.ingest({ ...document, article: { ...document.article, url: "https://example.org/brief/old-id" }, meetings: [{ ...document.meetings[0], id: duplicateId }] });
    expect(graph.resolutionOf(byOldId, "meetings[0]")).toMatchObject({ by: "id", node: { id: paris.id } });
    const kept = (await graph.meetings()).find((meeting) => meeting.id === paris.id)!;
    expect(graph.urls(kept.citations)).toEqual(["https://example.org/brief/old-id", "https://example.org/brief/video-call", SEED]);
    // The seed is the latest report among the three: its title is current again.
    expect(kept.title).toBe("Coalition of the willing meeting in Paris on security guarantees for Ukraine");
  });
});
