import { describe, expect, it } from "vitest";
import { useTestServer } from "./helpers/server.js";
import { actorId, mutate, nodeExists } from "./helpers/graph.js";
import { seedDocument } from "./helpers/ingest.js";

const api = useTestServer();

const TEXT = "Leaders met in Rome on Monday. The talks were frank, one official said. The talks were long.";
const ARTICLE = `mutation($input: ArticleInput!) { createArticle(input: $input) { article { id url title } errors { field message code } } }`;
const UPDATE_ARTICLE = `mutation($id: ID!, $input: ArticleInput!) { updateArticle(id: $id, input: $input) { article { title } errors { field message code } } }`;
const CITATION = `mutation($input: CitationInput!) { createCitation(input: $input) {
  citation { id excerpt startOffset endOffset attribution fact { __typename } } errors { field message code } } }`;
const INGEST = `mutation($input: JSONObject!) { ingestArticle(input: $input) { created article { url title createdBy { name } } errors { field message code } } }`;

async function quoteId() {
  const quote = await mutate(api, `mutation($input: QuoteInput!) { createQuote(input: $input) { quote { id } } }`,
    { input: { kind: "PARAPHRASE", text: "The talks were frank.", speaker: await actorId(api, "Emmanuel Macron") } });
  return quote.quote.id as string;
}

describe("articles and citations", () => {
  it("creates an article and cites it, offsets found from the excerpt (its second occurrence when asked)", async () => {
    const article = await mutate(api, ARTICLE, { input: { url: "https://example.org/rome", title: "Rome talks", text: TEXT } });
    expect(article.errors).toEqual([]);
    const fact = await quoteId();
    const first = await mutate(api, CITATION, { input: { article: article.article.id, fact, excerpt: "The talks were", attribution: "one official said" } });
    expect(first.citation).toMatchObject({ startOffset: 31, endOffset: 45, attribution: "one official said", fact: { __typename: "Quote" } });
    const second = await mutate(api, CITATION, { input: { article: article.article.id, fact, excerpt: "The talks were", occurrence: 2 } });
    expect(second.citation.startOffset).toBe(TEXT.lastIndexOf("The talks were"));
  });

  it("refuses an excerpt that is not in the text, an empty excerpt and a fact that cannot be cited", async () => {
    const article = await mutate(api, ARTICLE, { input: { url: "https://example.org/rome-2", title: "Rome talks", text: TEXT } });
    const fact = await quoteId();
    const missing = await mutate(api, CITATION, { input: { article: article.article.id, fact, excerpt: "in Paris" } });
    expect(missing.errors).toEqual([{ field: ["input", "excerpt"], message: "excerpt is not in the article text", code: "EXCERPT_NOT_IN_TEXT" }]);
    const empty = await mutate(api, CITATION, { input: { article: article.article.id, fact, excerpt: "" } });
    expect(empty.errors).toMatchObject([{ field: ["input", "excerpt"], code: "BLANK" }]);
    const actor = await mutate(api, CITATION, { input: { article: article.article.id, fact: await actorId(api, "France"), excerpt: "Rome" } });
    expect(actor.errors).toMatchObject([{ field: ["input", "fact"], code: "INVALID" }]);
  });

  it("moves citations when the text changes and refuses a text that drops a cited excerpt", async () => {
    const article = await mutate(api, ARTICLE, { input: { url: "https://example.org/rome-3", title: "Rome talks", text: TEXT } });
    const citation = await mutate(api, CITATION, { input: { article: article.article.id, fact: await quoteId(), excerpt: "frank" } });
    const edited = await mutate(api, UPDATE_ARTICLE, { id: article.article.id, input: { url: "https://example.org/rome-3", title: "Rome talks (updated)", text: `UPDATED: ${TEXT}` } });
    expect(edited).toEqual({ article: { title: "Rome talks (updated)" }, errors: [] });
    const { data } = await api.query(`{ node(id: "${citation.citation.id}") { ... on Citation { startOffset } } }`);
    expect(data.node.startOffset).toBe(citation.citation.startOffset + "UPDATED: ".length);
    const dropped = await mutate(api, UPDATE_ARTICLE, { id: article.article.id, input: { url: "https://example.org/rome-3", title: "Rome talks", text: "Nothing here." } });
    expect(dropped.errors).toEqual([{ field: ["input", "text"], message: expect.stringContaining("text no longer contains \"frank\""), code: "EXCERPT_NOT_IN_TEXT" }]);
  });

  it("refuses a duplicate URL, a malformed URL and a 100,000-character text", async () => {
    const taken = await mutate(api, ARTICLE, { input: { url: seedDocument().article.url, title: "Copy", text: "Copy." } });
    expect(taken.errors).toEqual([{ field: ["input", "url"], message: "url is already taken", code: "DUPLICATE" }]);
    const bad = await mutate(api, ARTICLE, { input: { url: "not a url", title: "T", text: "x".repeat(100_000) } });
    expect(bad.errors).toEqual([
      { field: ["input", "url"], message: expect.stringContaining("url must be an absolute URL or URN"), code: "INVALID" },
      { field: ["input", "text"], message: "text must be at most 50,000 characters", code: "TOO_LONG" },
    ]);
  });

  it("deletes a citation and an article for an admin", async () => {
    const article = await mutate(api, ARTICLE, { input: { url: "https://example.org/rome-4", title: "Rome", text: TEXT } });
    const citation = await mutate(api, CITATION, { input: { article: article.article.id, fact: await quoteId(), excerpt: "Rome" } });
    expect((await mutate(api, `mutation($id: ID!) { deleteCitation(id: $id) { deletedId } }`, { id: citation.citation.id }, api.keys.admin)).deletedId).toBe(citation.citation.id);
    expect(await nodeExists(api, citation.citation.id)).toBe(false);
    expect(await nodeExists(api, article.article.id)).toBe(true);
    expect((await mutate(api, `mutation($id: ID!) { deleteArticle(id: $id) { deletedId } }`, { id: article.article.id }, api.keys.admin)).deletedId).toBe(article.article.id);
    expect(await nodeExists(api, article.article.id)).toBe(false);
  });
});

describe("ingestArticle", () => {
  it("ingests a document in one go, stamped with the key, and leaves a known URL as it is", async () => {
    const seed = seedDocument();
    const doc = { ...seed, article: { ...seed.article, url: "https://example.org/seed-copy" } };
    const first = await mutate(api, INGEST, { input: doc });
    expect(first).toMatchObject({ created: true, article: { url: "https://example.org/seed-copy", createdBy: { name: "Test editor" } }, errors: [] });
    const again = await mutate(api, INGEST, { input: doc });
    expect(again).toMatchObject({ created: false, errors: [] });
  });

  it("refuses a document whose excerpt is not in the text, naming the field, and writes nothing", async () => {
    const before = (await api.query(`{ articles { totalCount } quotes { totalCount } }`)).data;
    const doc = seedDocument();
    doc.article.url = "https://example.org/broken";
    doc.quotes![1].citations[0].excerpt = "words the article never had";
    const payload = await mutate(api, INGEST, { input: doc });
    expect(payload).toMatchObject({ created: null, article: null, errors: [{ field: ["input", "quotes", "1", "citations", "0", "excerpt"], code: "EXCERPT_NOT_IN_TEXT" }] });
    expect((await api.query(`{ articles { totalCount } quotes { totalCount } }`)).data).toEqual(before);
  });
});
