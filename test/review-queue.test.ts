import { describe, expect, it } from "vitest";
import { useTestServer } from "./helpers/server.js";
import { mutate, nodes } from "./helpers/graph.js";

const api = useTestServer();

const DRAFT_FIELDS = `id url status decidedAt decisionNote acceptedPaths articleGlobalId document
  candidates { path kind confidence excerpt start end match bound }`;
const EXTRACT = `mutation($input: ExtractArticleInput!) { extractArticle(input: $input) { draft { ${DRAFT_FIELDS} } errors { field message code } } }`;
const ACCEPT = `mutation($id: ID!, $input: AcceptDraftInput) { acceptDraft(id: $id, input: $input) { draft { ${DRAFT_FIELDS} } errors { field message code } } }`;
const REJECT = `mutation($id: ID!, $note: String) { rejectDraft(id: $id, note: $note) { draft { id status decisionNote decidedAt } errors { field message code } } }`;
const DRAFTS = `query($status: DraftStatus) { extractionDrafts(status: $status, first: 100) { totalCount edges { node { id url status candidates { path excerpt } } } } }`;
const UPDATE_ARTICLE = `mutation($id: ID!, $input: ArticleInput!) { updateArticle(id: $id, input: $input) { article { id } errors { field message code } } }`;

const TEXT = [
  "The French President met Polish President Karol Nawrocki in Warsaw on Tuesday to discuss air defence.",
  "“Europe must defend its own skies,” the French President told reporters after the meeting.",
  "Nawrocki said that Poland would buy more than 40 Patriot launchers, according to a government spokesman.",
].join("\n\n");

type Draft = { id: string; status: string; document: any; candidates: { path: string; kind: string; excerpt: string; start: number; end: number; confidence: number; match: string | null }[]; articleGlobalId: string | null; acceptedPaths: string[] };

async function extract(url: string, text = TEXT, publishedAt = "2025-09-10"): Promise<Draft> {
  const payload = await mutate(api, EXTRACT, { input: { url, title: "Macron in Warsaw", publisher: "Test wire", publishedAt, text } }) as { draft: Draft; errors: unknown[] };
  expect(payload.errors).toEqual([]);
  return payload.draft;
}

describe("extractArticle", () => {
  it("drafts candidates matched to known actors, each with its excerpt, offsets and confidence, and queues the draft", async () => {
    const draft = await extract("https://example.org/warsaw-1");
    expect(draft.status).toBe("PENDING");
    const actors = draft.document.actors as { key: string; slug: string; name: string; wikidataId?: string }[];
    // "The French President" resolved through the seed's role of Emmanuel Macron; Nawrocki matched by name.
    expect(actors.find((actor) => actor.slug === "emmanuel-macron")).toMatchObject({ wikidataId: "Q3052772" });
    expect(draft.candidates.find((candidate) => candidate.kind === "ACTOR" && candidate.excerpt === "The French President")?.match).toBe("ROLE");
    const quote = draft.document.quotes.find((candidate: { kind: string }) => candidate.kind === "DIRECT");
    expect(quote).toMatchObject({ text: "Europe must defend its own skies", speaker: actors.find((actor) => actor.slug === "emmanuel-macron")!.key });
    const meeting = draft.document.meetings[0];
    expect(meeting).toMatchObject({ status: "HELD", startsAt: "2025-09-09", startPrecision: "DAY" });
    const figure = draft.document.incidents.flatMap((incident: { figures?: unknown[] }) => incident.figures ?? [])[0];
    expect(figure).toMatchObject({ value: 40, unit: "launchers" });
    expect(draft.candidates.find((candidate) => candidate.kind === "FIGURE")).toMatchObject({ bound: "MORE_THAN" });
    for (const candidate of draft.candidates) {
      expect(Array.from(TEXT).slice(candidate.start, candidate.end).join("")).toBe(candidate.excerpt);
      expect(candidate.confidence).toBeGreaterThan(0);
      expect(candidate.confidence).toBeLessThanOrEqual(1);
    }
    const { data } = await api.write(DRAFTS, { status: "PENDING" });
    expect(nodes<{ id: string }>(data.extractionDrafts).map((node) => node.id)).toContain(draft.id);
  });

  it("refuses empty, oversized, binary and non-English text with a code naming the field, and needs a key", async () => {
    const input = (text: string) => ({ input: { url: "https://example.org/bad", title: "Bad", text } });
    const codes = async (text: string) => ((await mutate(api, EXTRACT, input(text))) as { errors: { field: string[]; code: string }[] }).errors;
    expect(await codes("   ")).toMatchObject([{ field: ["input", "text"], code: "BLANK" }]);
    expect(await codes("word ".repeat(10_001))).toMatchObject([{ field: ["input", "text"], code: "TOO_LONG" }]);
    expect(await codes("PK\u0003\u0004\u0014\u0006binary\u0001\u0002")).toMatchObject([{ field: ["input", "text"], code: "NOT_TEXT" }]);
    expect(await codes("Le président français a rencontré son homologue polonais à Varsovie mardi pour parler de défense aérienne.")).toMatchObject([{ field: ["input", "text"], code: "UNSUPPORTED_LANGUAGE" }]);
    const anonymous = await api.query(EXTRACT, input(TEXT));
    expect(anonymous.errors?.[0].extensions?.code).toBe("UNAUTHENTICATED");
    const { data } = await api.write(DRAFTS, {});
    expect(nodes<{ url: string }>(data.extractionDrafts).map((node) => node.url)).not.toContain("https://example.org/bad");
  });
});

describe("the review queue", () => {
  it("accepts a draft whole through the normal ingestion, and keeps the decision", async () => {
    const draft = await extract("https://example.org/warsaw-2");
    const accepted = await mutate(api, ACCEPT, { id: draft.id, input: { note: "checked" } }) as { draft: Draft; errors: unknown[] };
    expect(accepted.errors).toEqual([]);
    expect(accepted.draft).toMatchObject({ status: "ACCEPTED", acceptedPaths: draft.candidates.map((candidate) => candidate.path) });
    const { data } = await api.query(`query($id: ID!) { node(id: $id) { ... on Article { url citations(first: 100) { totalCount } } } }`, { id: accepted.draft.articleGlobalId });
    expect(data.node.url).toBe("https://example.org/warsaw-2");
    expect(data.node.citations.totalCount).toBeGreaterThan(3);
    const macron = await api.query(`{ actors(filter: { namePrefix: "Emmanuel Macron" }) { totalCount } }`);
    expect(macron.data.actors.totalCount).toBe(1);
    const again = await mutate(api, ACCEPT, { id: draft.id }) as { errors: { code: string }[] };
    expect(again.errors).toMatchObject([{ field: ["id"], code: "ALREADY_DECIDED" }]);
    const listed = await api.write(DRAFTS, { status: "ACCEPTED" });
    expect(nodes<{ id: string }>(listed.data.extractionDrafts).map((node) => node.id)).toEqual([draft.id]);
  });

  it("accepts the selected candidates after an edit, bringing the actors they need", async () => {
    const draft = await extract("https://example.org/warsaw-3");
    const quotePath = draft.candidates.find((candidate) => candidate.kind === "QUOTE" && candidate.excerpt.includes("Europe must"))!.path;
    const index = Number(quotePath.split("/")[2]);
    const document = structuredClone(draft.document);
    document.quotes[index].text = "Europe must defend its own skies.";
    const accepted = await mutate(api, ACCEPT, { id: draft.id, input: { document, candidates: [quotePath] } }) as { draft: Draft & { document: unknown }; errors: unknown[] };
    expect(accepted.errors).toEqual([]);
    const { data } = await api.query(`query($id: ID!) { node(id: $id) { ... on Article { citations(first: 100) { edges { node { excerpt fact { __typename ... on Quote { text speaker { name } } } } } } } } }`, { id: accepted.draft.articleGlobalId });
    const facts = data.node.citations.edges.map((edge: { node: { fact: unknown } }) => edge.node.fact);
    expect(facts).toEqual([{ __typename: "Quote", text: "Europe must defend its own skies.", speaker: { name: "Emmanuel Macron" } }]);
  });

  it("refuses an edited document that is not an article document, and a path that names no entry", async () => {
    const draft = await extract("https://example.org/warsaw-6");
    const broken = await mutate(api, ACCEPT, { id: draft.id, input: { document: { ...draft.document, quotes: "none" } } }) as { draft: unknown; errors: { field: string[]; code: string }[] };
    expect(broken).toMatchObject({ draft: null, errors: [{ field: ["input", "quotes"], code: "INVALID" }] });
    const unknown = await mutate(api, ACCEPT, { id: draft.id, input: { candidates: ["/quotes/99"] } }) as { errors: { field: string[]; code: string }[] };
    expect(unknown.errors).toMatchObject([{ field: ["input", "candidates", "0"], code: "INVALID" }]);
    const none = await mutate(api, ACCEPT, { id: draft.id, input: { candidates: [] } }) as { errors: { field: string[]; code: string }[] };
    expect(none.errors).toMatchObject([{ field: ["input", "candidates"], code: "INVALID" }]);
    const pending = await api.write(DRAFTS, { status: "PENDING" });
    expect(nodes<{ id: string }>(pending.data.extractionDrafts).map((node) => node.id)).toContain(draft.id);
  });

  it("rejects a draft, keeping the decision, and refuses a second decision", async () => {
    const draft = await extract("https://example.org/warsaw-4");
    const rejected = await mutate(api, REJECT, { id: draft.id, note: "duplicate of the wire story" }) as { draft: { status: string; decisionNote: string; decidedAt: string } };
    expect(rejected.draft).toMatchObject({ status: "REJECTED", decisionNote: "duplicate of the wire story" });
    expect(rejected.draft.decidedAt).not.toBeNull();
    const { data } = await api.query(`query { articles(first: 100) { edges { node { url } } } }`);
    expect(nodes<{ url: string }>(data.articles).map((node) => node.url)).not.toContain("https://example.org/warsaw-4");
    expect((await mutate(api, ACCEPT, { id: draft.id }) as { errors: { code: string }[] }).errors).toMatchObject([{ code: "ALREADY_DECIDED" }]);
    expect((await mutate(api, REJECT, { id: "00000000-0000-7000-8000-000000000000" }) as { errors: { code: string }[] }).errors).toMatchObject([{ field: ["id"], code: "NOT_FOUND" }]);
    // Another node's global id is not a draft id: a payload error, as for acceptDraft.
    const actorId = Buffer.from("Actor:01a230d0-1b17-71a9-841e-87c4839fd56e").toString("base64");
    expect((await mutate(api, REJECT, { id: actorId }) as { errors: { code: string }[] }).errors).toMatchObject([{ field: ["id"], code: "INVALID" }]);
  });

  it("refuses to accept a draft whose candidates no longer match the edited article text, naming the candidate", async () => {
    const first = await extract("https://example.org/warsaw-5");
    await mutate(api, ACCEPT, { id: first.id, input: { candidates: [first.candidates.find((candidate) => candidate.kind === "MEETING")!.path] } });
    const second = await extract("https://example.org/warsaw-5");
    const article = first.document.article;
    const { data } = await api.query(`{ articles(first: 100) { edges { node { id url } } } }`);
    const id = nodes<{ id: string; url: string }>(data.articles).find((node) => node.url === "https://example.org/warsaw-5")!.id;
    const edited = await mutate(api, UPDATE_ARTICLE, { id, input: { url: article.url, title: article.title, text: `Updated. ${article.text}` } }) as { errors: unknown[] };
    expect(edited.errors).toEqual([]);
    const refused = await mutate(api, ACCEPT, { id: second.id }) as { draft: unknown; errors: { field: string[]; message: string; code: string }[] };
    expect(refused.draft).toBeNull();
    expect(refused.errors[0]).toMatchObject({ field: ["input", "candidates", second.candidates[0].path], code: "STALE_CANDIDATE" });
    expect(refused.errors[0].message).toContain(second.candidates[0].path);
    const pending = await api.write(DRAFTS, { status: "PENDING" });
    expect(nodes<{ id: string }>(pending.data.extractionDrafts).map((node) => node.id)).toContain(second.id);
  });
});
