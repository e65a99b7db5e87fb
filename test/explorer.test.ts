import { describe, expect, it } from "vitest";
import { useTestServer, type TestServer } from "./helpers/server.js";
import { browserTestTimeout, editorText, patience, typeInEditor, useBrowser } from "./helpers/browser.js";

// GraphiQL's Monaco editors.
const queryEditor = ".graphiql-query-editor .monaco-editor";
const response = ".graphiql-response .monaco-editor";
const variablesEditor = `.monaco-editor[data-uri$="-variables.json"]`;
const headersEditor = `.monaco-editor[data-uri$="-request-headers.json"]`;

function origin(api: TestServer): string {
  return new URL(api.url).origin;
}

async function get(api: TestServer, path: string) {
  const res = await fetch(`${origin(api)}${path}`, { headers: { accept: "text/html" } });
  return { status: res.status, type: res.headers.get("content-type"), body: await res.text() };
}

describe("outside production", { timeout: browserTestTimeout }, () => {
  const api = useTestServer();
  const browser = useBrowser();

  it("GET / leads to Apollo Sandbox and GraphiQL", async () => {
    const home = await get(api, "/");
    expect(home.status).toBe(200);
    expect(home.type).toContain("text/html");
    expect(home.body).toContain(`<a href="graphql">Apollo Sandbox</a>`);
    expect(home.body).toContain(`<a href="graphiql">GraphiQL</a>`);
  });

  it("gives each Sandbox page, note included, a fresh CSP nonce", async () => {
    const pages = [await get(api, "/graphql"), await get(api, "/graphql")];
    const nonces = pages.map((page) => page.body.match(/'nonce-([0-9a-f]+)'/)?.[1]);
    expect(pages.every((page) => page.body.includes(`<a href="graphiql">GraphiQL</a>`))).toBe(true);
    expect(nonces[0]).toMatch(/^[0-9a-f]{64}$/);
    expect(nonces[1]).not.toBe(nonces[0]);
  });

  it("keeps Sandbox on /graphql, its offline fallback pointing to GraphiQL", async () => {
    const { page } = await browser.open(api.url);
    const link = page.locator(".fallback a", { hasText: "GraphiQL" });
    await expect.poll(() => link.getAttribute("href"), patience).toBe("graphiql");
    expect(await page.locator("script[src*='embeddable-sandbox']").count()).toBe(1);
    // Apollo fades the fallback in after two seconds.
    await page.waitForFunction(() => getComputedStyle(document.querySelector(".fallback")!).opacity === "1");
    await browser.screenshot(page, "sandbox-offline");
    await page.goto(new URL((await link.getAttribute("href"))!, api.url).href);
    await page.locator(queryEditor).waitFor();
    expect(new URL(page.url()).pathname).toBe("/graphiql/");
    await page.close();
  });

  it("runs a query typed into GraphiQL, with variables, and shows the result", async () => {
    const { page, errors } = await browser.open(`${origin(api)}/graphiql`);
    await typeInEditor(page, queryEditor, "query FindActors($prefix: String) { actors(filter: { namePrefix: $prefix }) { edges { node { name kind } } } }");
    await page.getByRole("button", { name: "Variables" }).click();
    await typeInEditor(page, variablesEditor, `{ "prefix": "macron" }`);
    await page.getByRole("button", { name: /^Prettify query/ }).click();
    await page.getByRole("button", { name: /^Execute query/ }).click();
    await expect.poll(() => editorText(page, response), patience).toMatch(/"name": "Emmanuel Macron", "kind": "PERSON"/);
    await browser.screenshot(page, "graphiql-query");

    await page.getByRole("button", { name: "Show History" }).click();
    await expect.poll(() => page.locator(".graphiql-history-item-label").allInnerTexts(), patience).toContain("FindActors");
    expect(errors).toEqual([]);
    await page.close();
  });

  it("documents the schema from its descriptions", async () => {
    const { page } = await browser.open(`${origin(api)}/graphiql`);
    await page.getByRole("button", { name: "Show Documentation Explorer" }).click();
    await page.locator(".graphiql-doc-explorer").getByText("Query", { exact: true }).click();
    await expect.poll(() => page.locator(".graphiql-doc-explorer").innerText(), patience).toContain("Actors in alphabetical order, optionally filtered.");
    await browser.screenshot(page, "graphiql-docs");
    await page.close();
  });

  it("sends the Headers tab with each request: an API key for a mutation", async () => {
    const { page } = await browser.open(`${origin(api)}/graphiql`);
    const mutation = `mutation { createActor(input: { kind: PERSON, name: "Ada Reporter", slug: "ada-reporter" }) { actor { name createdBy { name } } errors { code } } }`;
    await typeInEditor(page, queryEditor, mutation);
    await page.getByRole("button", { name: "Headers" }).click();
    await typeInEditor(page, headersEditor, `{ "authorization": "Bearer ${api.keys.editor}" }`);
    await page.getByRole("button", { name: /^Execute query/ }).click();
    await expect.poll(() => editorText(page, response), patience).toMatch(/"name": "Ada Reporter", "createdBy": \{ "name": "Test editor" \}/);
    await page.close();
  });

  it("runs a subscription over graphql-ws and shows its events", async () => {
    const { page } = await browser.open(`${origin(api)}/graphiql`);
    await typeInEditor(page, queryEditor, "subscription { quoteRecorded { text speakerDescription } }");
    // Run at once, as a typist does: before GraphiQL re-parses the edited query (100 ms later).
    await page.keyboard.press("Control+Enter");
    const recordQuote = `mutation($input: QuoteInput!) { createQuote(input: $input) { errors { code } } }`;
    const input = { kind: "PARAPHRASE", text: "Heard live in GraphiQL.", speakerDescription: "a test reporter" };
    // Quotes are recorded until one arrives: nothing on the page says when the subscription has started.
    await expect
      .poll(
        async () => {
          expect((await api.write(recordQuote, { input })).data).toEqual({ createQuote: { errors: [] } });
          return editorText(page, response);
        },
        { ...patience, interval: 1_000 },
      )
      .toMatch(/"text": "Heard live in GraphiQL\.", "speakerDescription": "a test reporter"/);
    await page.close();
  });
});

describe("with NODE_ENV=production", () => {
  const api = useTestServer({ NODE_ENV: "production", SEED: "false" });

  it("serves no GraphiQL, and GET / names only the endpoint", async () => {
    expect((await get(api, "/graphiql")).status).toBe(404);
    const home = await get(api, "/");
    expect(home.status).toBe(200);
    expect(home.body).not.toMatch(/Sandbox|GraphiQL/);
    expect(home.body).toContain("<code>/graphql</code>");
  });
});

describe("with NODE_ENV=production and GRAPHIQL=true", () => {
  const api = useTestServer({ NODE_ENV: "production", GRAPHIQL: "true", INTROSPECTION: "true", SEED: "false" });

  it("serves GraphiQL and leads to it, still with no Sandbox", async () => {
    const graphiql = await get(api, "/graphiql/");
    expect(graphiql.status).toBe(200);
    expect(graphiql.body).toContain("<title>Dossier · GraphiQL</title>");
    const home = await get(api, "/");
    expect(home.body).toContain(`<a href="graphiql">GraphiQL</a>`);
    expect(home.body).not.toContain("Sandbox");
  });
});
