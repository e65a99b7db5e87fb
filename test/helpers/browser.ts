import { mkdir, mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll } from "vitest";
import { chromium, type BrowserContext, type Page } from "playwright-core";

/** Where browser tests save screenshots (gitignored; CI keeps them as artifacts). */
export const screenshotDir = path.resolve("test-artifacts/screenshots");

/** Debian's Chromium, which .ci/run installs with apt-get; Playwright never downloads a browser here. */
const executablePath = process.env.CHROMIUM_PATH || "/usr/bin/chromium";

// Without the networking flags Chromium keeps calling Google's hosts, which this machine refuses.
const args = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

/** How long a browser test waits for a page to show something (`expect.poll`): the machine may be busy. */
export const patience = { timeout: 30_000 } as const;

/** A browser test's own time limit: a page, its scripts and the server share two busy cores. */
export const browserTestTimeout = 180_000;

export interface TestBrowser {
  /** A new tab; errors thrown by its scripts are collected in `errors`. */
  open(url: string): Promise<{ page: Page; errors: Error[] }>;
  /** Saves a full-page screenshot as test-artifacts/screenshots/<name>.png. */
  screenshot(page: Page, name: string): Promise<void>;
}

/** Headless Chromium with a fresh profile for the calling test file, closed after its tests. */
export function useBrowser(): TestBrowser {
  let context: BrowserContext | undefined;
  let profile: string | undefined;
  beforeAll(async () => {
    profile = await mkdtemp(path.join(os.tmpdir(), "dossier-chromium-"));
    context = await chromium.launchPersistentContext(profile, { executablePath, headless: true, args, viewport: { width: 1280, height: 800 } });
    await mkdir(screenshotDir, { recursive: true });
  });
  afterAll(async () => {
    await context?.close();
    if (profile) await rm(profile, { recursive: true, force: true });
  });
  return {
    async open(url) {
      const page = await context!.newPage();
      const errors: Error[] = [];
      page.on("pageerror", (error) => errors.push(error));
      await page.goto(url);
      return { page, errors };
    },
    async screenshot(page, name) {
      await page.screenshot({ path: path.join(screenshotDir, `${name}.png`), fullPage: true });
    },
  };
}

/** The text the Monaco editor at `selector` shows, with its non-breaking spaces and line breaks as plain spaces. */
export async function editorText(page: Page, selector: string): Promise<string> {
  return (await page.locator(`${selector} .view-lines`).innerText()).replace(/\s+/g, " ");
}

/** Replaces the content of the Monaco editor at `selector` as a person would: click, select all, type. */
export async function typeInEditor(page: Page, selector: string, text: string): Promise<void> {
  await page.locator(selector).click();
  await page.keyboard.press("Control+A");
  // One line, inserted at once: Monaco's auto-closing brackets and auto-indent act on typed keys.
  await page.keyboard.insertText(text);
}
