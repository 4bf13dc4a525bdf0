import { after, before, suite, test } from "node:test";
import assert from "node:assert/strict";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { JobMetrics } from "../../src/proto/index.ts";
import { writePreview } from "../../src/preview/index.ts";
import { fixturePath } from "../_shared.ts";
import { launchBrowser, openPreview, screenshot, testOutputDir, type Browser } from "./_browser.ts";
import { buildAllTypesJobMetrics } from "../_fixtures/all_types.ts";
import { largeJobMetrics } from "../_fixtures/large_job.ts";
import { tempTree } from "../_temp_tree.ts";

/** Titles of the cards under `selector`, in page order. */
function cardTitles(page: Page, selector: string): Promise<string[]> {
  return page.$$eval(`${selector} .card h3`, (titles) => titles.map((title) => title.textContent ?? ""));
}

/**
 * Asserts every chart under `selector` is drawn: Plotly's SVG holds at least
 * one trace with data. Returns how many charts there were.
 */
async function assertChartsDrawn(page: Page, selector: string): Promise<number> {
  const charts = await page.$$eval(`${selector} .chart`, (elements) =>
    elements.map((element) => ({
      card: element.closest(".card")?.querySelector("h3")?.textContent ?? "",
      state: (element as HTMLElement).dataset["state"] ?? "",
      svg: element.querySelectorAll("svg.main-svg").length,
      traces: element.querySelectorAll("g.trace").length,
      points: ((element as unknown as { data?: Record<string, ArrayLike<unknown> | undefined>[] }).data ?? []).reduce(
        (sum, trace) => sum + Math.max(trace["x"]?.length ?? 0, trace["y"]?.length ?? 0, trace["values"]?.length ?? 0),
        0,
      ),
    })),
  );
  for (const chart of charts) {
    assert.equal(chart.state, "drawn", `chart of "${chart.card}" is drawn`);
    assert.ok(chart.svg > 0 && chart.traces > 0 && chart.points > 0, `chart of "${chart.card}" has traces with data: ${JSON.stringify(chart)}`);
  }
  return charts.length;
}

/** The kinds of cards under `selector`, one entry per card. */
function cardKinds(page: Page, selector: string): Promise<string[]> {
  return page.$$eval(`${selector} .card`, (cards) => cards.map((card) => (card as HTMLElement).dataset["kind"] ?? ""));
}

suite("preview pages in Chromium", () => {
  let browser: Browser;
  before(async () => {
    browser = await launchBrowser();
  });
  after(() => browser.close());

  test("hello_world: one card per metric with its title, every chart drawn, the image shown", async () => {
    const { path } = await writePreview(fixturePath("hello_world_outputs"), { output: join(testOutputDir, "hello_world.html") });
    const { page, consoleErrors } = await openPreview(browser, path);
    assert.deepEqual(await cardTitles(page, "#metrics"), [
      "Final Value Summary",
      "Convergence over time",
      "Max Error",
      "Angular Acceleration",
      "Object detection",
      "Localization error frequency",
      "Shared Memory Usage",
      "Operating mode",
      "Plotly example",
      "Thonk example",
    ]);
    assert.equal(await assertChartsDrawn(page, "#metrics"), 7);
    assert.ok(await page.$eval("#metrics img", (image) => (image as HTMLImageElement).naturalWidth > 0), "the image loaded");
    assert.equal(await page.textContent(".problems.clear p"), "No problems found: the file is valid and everything in it can be shown.");
    await screenshot(page, "hello_world");
    assert.deepEqual(consoleErrors, []);
    await page.close();
  });

  test("upstream_all_types: all 12 types, events timeline and panels, hidden toggle, missing images", async () => {
    const { path } = await writePreview(fixturePath("upstream_all_types.binproto"), { output: join(testOutputDir, "upstream_all_types.html") });
    const { page, consoleErrors } = await openPreview(browser, path);
    assert.equal((await cardTitles(page, "#metrics")).length, 18);
    const kinds = new Set([...(await cardKinds(page, "#metrics")), ...(await cardKinds(page, "#hidden-metrics")), ...(await cardKinds(page, "#events"))]);
    assert.deepEqual([...kinds].sort(), [
      "barChart", "batchwiseBarChart", "doubleOverTime", "doubleSummary", "histogram", "image", "imageList", "linePlot", "plotly", "scalar", "statesOverTime", "text",
    ]);
    assert.equal(await assertChartsDrawn(page, "#metrics"), 6);
    assert.deepEqual(
      await page.$$eval("#metrics .placeholder", (items) => items.map((item) => item.textContent)),
      ["file not found: my_tree.gif", "file not found: my_redwood.gif", "file not found: my_oak.gif"],
    );
    assert.equal(await page.textContent("#metrics .card[data-kind=text] .markdown"), "Hello, world!");

    assert.equal(await page.locator(".timeline .event-marker").count(), 2);
    assert.equal(await page.locator("[data-event-panel]:visible").count(), 0);
    await page.click('.timeline .event-marker[data-event="e0"]');
    assert.equal(await page.getAttribute('.timeline .event-marker[data-event="e0"]', "aria-pressed"), "true");
    assert.deepEqual(await cardTitles(page, "#event-e0"), ["A plotly chart for an event", "Scalar for an event"]);
    assert.equal(await page.locator("#event-e0").isVisible(), true);
    await screenshot(page, "upstream_all_types-event");
    await page.click('.event-list [data-event="e1"]');
    assert.equal(await page.locator("#event-e0").isVisible(), false);
    assert.equal(await page.locator("#event-e1").isVisible(), true);

    assert.equal(await page.locator("#hidden-metrics .card").first().isVisible(), false);
    await page.click("#hidden-metrics summary");
    await page.waitForSelector("#hidden-metrics .chart[data-state=drawn]");
    assert.deepEqual(await cardTitles(page, "#hidden-metrics"), ["Lane change states"]);
    assert.equal(await assertChartsDrawn(page, "#hidden-metrics"), 1);
    await screenshot(page, "upstream_all_types");
    assert.deepEqual(consoleErrors, []);
    await page.close();
  });

  test("all_types (a realistic script's output): all 12 types drawn, images shown, event metrics on click", async (t) => {
    const outputs = await tempTree(t);
    writeFileSync(join(outputs, "metrics.binproto"), buildAllTypesJobMetrics(outputs).bytes);
    const { path } = await writePreview(outputs, { output: join(testOutputDir, "all_types.html") });
    const { page, consoleErrors } = await openPreview(browser, path);
    assert.deepEqual(await cardTitles(page, "#metrics"), [
      "Speed",
      "Maximum speed",
      "Distance to lead vehicle",
      "Gap at 5 s",
      "Actor states",
      "Final distance by actor",
      "Detection quality",
      "Lateral error",
      "Speed distribution",
      "Speed plot",
      "Camera frames",
      "Summary",
      "Outcomes per batch",
    ]);
    assert.deepEqual(new Set(await cardKinds(page, "#metrics")).size, 12);
    assert.equal(await assertChartsDrawn(page, "#metrics"), 7);
    assert.deepEqual(
      await page.$$eval("#metrics img", (images) => images.map((image) => [image.getAttribute("alt"), (image as HTMLImageElement).naturalWidth])),
      [["speed plot image", 16], ["frame 0", 16], ["frame 1", 16]],
    );
    assert.deepEqual(
      await page.$$eval(".timeline .event-marker", (markers) => markers.map((marker) => marker.textContent)),
      ["Pedestrian stopped", "Hard brake"],
    );
    await page.click('.timeline .event-marker:has-text("Hard brake")');
    assert.deepEqual(await cardTitles(page, ".event-panel:not([hidden])"), ["Deceleration at hard brake"]);
    await screenshot(page, "all_types");
    assert.deepEqual(consoleErrors, []);
    await page.close();
  });

  test("a ~100 MB file renders downsampled and becomes interactive quickly", async (t) => {
    const metricsPath = join(await tempTree(t), "metrics.binproto");
    writeFileSync(metricsPath, JobMetrics.encode(largeJobMetrics()));
    const { path } = await writePreview(metricsPath, { output: join(testOutputDir, "large.html") });
    const { page, consoleErrors } = await openPreview(browser, path);
    const timing = await page.evaluate(() => ({
      marks: Object.fromEntries(performance.getEntriesByType("mark").map((mark) => [mark.name, mark.startTime])),
      longestTask: Math.max(0, ...(window as unknown as { longTasks: number[] }).longTasks),
    }));
    t.diagnostic(`interactive after ${Math.round(timing.marks["preview-interactive"]!)} ms, charts drawn after ${Math.round(timing.marks["preview-ready"]!)} ms, longest task ${Math.round(timing.longestTask)} ms`);
    // Generous bounds for a shared 2-core machine: the point is "seconds, not a frozen tab".
    assert.ok(timing.marks["preview-interactive"]! < 10_000, "interactive within 10 s");
    assert.ok(timing.marks["preview-ready"]! < 20_000, "every chart drawn within 20 s");
    assert.ok(timing.longestTask < 5_000, "no task blocks the page for 5 s or more");
    assert.equal(await assertChartsDrawn(page, "#metrics"), 10);
    const drawnPoints = await page.$$eval("#metrics .chart", (charts) => charts.map((chart) => (chart as unknown as { data: { y: unknown[] }[] }).data[0]!.y.length));
    assert.deepEqual(drawnPoints, Array(10).fill(4000));
    assert.equal(
      await page.textContent("#metrics .card .note"),
      "Downsampled for drawing: 1,000,000 points per series shown as 4,000 (minimum and maximum of each bucket of consecutive points).",
    );
    await screenshot(page, "large");
    assert.deepEqual(consoleErrors, []);
    await page.close();
  });
});
