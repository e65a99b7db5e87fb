import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { build, preview, type InlineConfig, type PreviewServer } from "vite";
import { useTestServer } from "./helpers/server.js";
import { browserTestTimeout, patience, useBrowser } from "./helpers/browser.js";
import { ActorSlugsDocument } from "./generated/graphql.js";

// The seed article's passage for Macron's first quote, as the reader should see it marked.
const excerpt = "Ahead of the meeting, Macron reportedly said, “We Europeans are ready to provide security guarantees to Ukraine and the Ukrainians on the day peace is signed.”";

describe("the web example (examples/web) on the seed data", { timeout: browserTestTimeout }, () => {
  const api = useTestServer();
  const browser = useBrowser();
  let web: PreviewServer | undefined;
  let outDir: string | undefined;

  // Built as for production and served by Vite's preview server, which forwards /graphql to the test server.
  beforeAll(async () => {
    outDir = await mkdtemp(path.join(os.tmpdir(), "dossier-web-"));
    const config: InlineConfig = {
      configFile: path.resolve("examples/web/vite.config.ts"),
      logLevel: "warn",
      // Under vitest NODE_ENV is "test", so React's larger development build goes in: no size warning.
      build: { outDir, chunkSizeWarningLimit: 2000 },
      preview: { host: "127.0.0.1", port: 0, proxy: { "/graphql": { target: new URL(api.url).origin } } },
    };
    await build(config);
    web = await preview(config);
  });
  afterAll(async () => {
    await web?.close();
    if (outDir) await rm(outDir, { recursive: true, force: true });
  });

  it("finds Macron, opens the Paris meeting and its drone report, as a reader would", async () => {
    const { page, errors } = await browser.open(web!.resolvedUrls!.local[0]!);
    await page.getByRole("searchbox", { name: "Search actors, quotes and meetings" }).fill("Macron");
    await page.getByRole("button", { name: "Search" }).click();
    await page.getByRole("list", { name: "Search results" }).getByRole("link", { name: "Emmanuel Macron" }).click();

    const timeline = page.locator("ol.timeline");
    await expect.poll(() => timeline.locator("> li").allInnerTexts(), patience).toEqual([
      expect.stringMatching(/^MEETING\s+4 September 2025: Coalition of the willing meeting in Paris on security guarantees for Ukraine · Paris$/),
      expect.stringContaining("“We Europeans are ready to provide security guarantees"),
      expect.stringContaining("Preparatory work had been done"),
    ]);
    const network = page.getByRole("img", { name: /^Who met whom/ });
    expect(await network.getAttribute("aria-label")).toBe("Who met whom: Steve Witkoff, Emmanuel Macron, Keir Starmer, Coalition of the Willing");
    expect(await network.locator("line").count()).toBe(6);
    await browser.screenshot(page, "web-actor");

    await timeline.getByRole("link", { name: "Coalition of the willing meeting in Paris on security guarantees for Ukraine" }).first().click();
    const attendees = page.getByRole("list", { name: "Attendees" }).getByRole("listitem");
    await expect.poll(() => attendees.allInnerTexts(), patience).toEqual([
      "Steve Witkoff PARTICIPANT",
      "Emmanuel Macron CHAIR",
      "Keir Starmer CHAIR",
      "Coalition of the Willing PARTICIPANT",
    ]);
    const said = page.getByRole("article", { name: /^Quote: We Europeans are ready/ });
    expect(await said.locator("mark").innerText()).toBe(excerpt);
    // The passage around the excerpt is the article's paragraph, not the excerpt alone.
    expect(await said.locator("blockquote").innerText()).toMatch(/^Ahead of the meeting.*signed\.” The French President further said/);
    await browser.screenshot(page, "web-meeting");

    await page.getByRole("link", { name: "Russian drone attack on Ukraine overnight Thursday" }).click();
    const chart = page.getByRole("img", { name: "Figures by claimant" });
    const barLabels = () => chart.locator("g[aria-label]").evaluateAll((bars) => bars.map((bar) => bar.getAttribute("aria-label")));
    await expect.poll(barLabels, patience).toEqual([
      "Ukrainian Air Force: 112 drones drones launched",
      "Ukrainian Air Force: 84 drones drones intercepted or jammed",
    ]);
    expect(await chart.locator("text.value").allTextContents()).toEqual(["112 drones", "84 drones"]);
    await browser.screenshot(page, "web-incident");

    // A competing claim, recorded through the API, sits beside the Air Force's in the same group.
    const incident = decodeURIComponent(new URL(page.url()).hash.replace("#/incident/", ""));
    const { actors } = await api.request(ActorSlugsDocument);
    const russia = actors.edges.find(({ node }) => node.slug === "russia")!.node.id;
    const created = await api.write(`mutation($input: FigureInput!) { createFigure(input: $input) { errors { code } } }`, {
      input: { incident, metric: "drones_launched", value: 90, unit: "drones", claimant: russia },
    });
    expect(created.data).toEqual({ createFigure: { errors: [] } });
    await page.reload();
    await expect.poll(barLabels, patience).toEqual([
      "Ukrainian Air Force: 112 drones drones launched",
      "Russia: 90 drones drones launched",
      "Ukrainian Air Force: 84 drones drones intercepted or jammed",
    ]);
    expect(await chart.locator("text.legend").allTextContents()).toEqual(["Ukrainian Air Force", "Russia"]);
    await browser.screenshot(page, "web-incident-competing-claims");
    expect(errors).toEqual([]);
  });
});
