/**
 * Debian's Chromium driven by playwright-core for the preview's browser
 * tests: a fresh profile per launch, console errors collected per page,
 * screenshots under `.cache/test-output/preview/`.
 * @module
 */

import { existsSync, mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { chromium, type BrowserContext, type Page } from "playwright-core";
import { repoDir } from "../_shared.ts";

/** Where the browser tests leave pages and screenshots for people to look at. */
export const testOutputDir = join(repoDir, ".cache", "test-output", "preview");

const executablePath = "/usr/bin/chromium";

/** A running Chromium with a throw-away profile. */
export interface Browser {
  context: BrowserContext;
  close(): Promise<void>;
}

/** Launches headless Chromium (fails with a plain message when it is not installed). */
export async function launchBrowser(): Promise<Browser> {
  if (!existsSync(executablePath)) throw new Error(`Cannot run the browser tests: "${executablePath}" is missing (apt-get install chromium)`);
  mkdirSync(testOutputDir, { recursive: true });
  const profile = mkdtempSync(join(tmpdir(), "resim-preview-chromium-"));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath,
    headless: true,
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"],
    viewport: { width: 1440, height: 900 },
  });
  return {
    context,
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** A page of the browser with the console errors it logs and the URLs it requested. */
export interface OpenedPage {
  page: Page;
  consoleErrors: string[];
  requests: string[];
}

/**
 * Opens the HTML file `path` in a window `width` pixels wide (1440 by
 * default) and waits until its script says every visible chart is drawn and
 * its cards are laid out; records long tasks (`window.longTasks`, in ms)
 * from the start.
 */
export async function openPreview(browser: Browser, path: string, width = 1440): Promise<OpenedPage> {
  const page = await browser.context.newPage();
  await page.setViewportSize({ width, height: 900 });
  const consoleErrors: string[] = [];
  const requests: string[] = [];
  page.on("request", (request) => requests.push(request.url()));
  page.on("console", (message) => {
    if (message.type() === "error") consoleErrors.push(message.text());
  });
  page.on("pageerror", (error) => consoleErrors.push(error.message));
  await page.addInitScript(() => {
    const tasks: number[] = [];
    (window as unknown as { longTasks: number[] }).longTasks = tasks;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) tasks.push(entry.duration);
    }).observe({ type: "longtask" });
  });
  await page.goto(pathToFileURL(path).href);
  await page.waitForSelector("html[data-ready=true]", { state: "attached", timeout: 60_000 });
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
  return { page, consoleErrors, requests };
}

/** Saves a full-page screenshot as `<name>.png` in {@link testOutputDir}. */
export async function screenshot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: join(testOutputDir, `${name}.png`), fullPage: true });
}
