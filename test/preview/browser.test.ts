import { after, before, suite, test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { JobMetrics, MetricImportance, MetricStatus, TimestampType } from "../../src/proto/index.ts";
import { writePreview } from "../../src/preview/index.ts";
import { fixturePath, repoDir } from "../_shared.ts";
import { launchBrowser, openPreview, screenshot, testOutputDir, type Browser } from "./_browser.ts";
import { groupedData, job, metric, ref, scalar, seriesData } from "./_jobs.ts";
import { buildAllTypesJobMetrics } from "../_fixtures/all_types.ts";
import { largeJobMetrics } from "../_fixtures/large_job.ts";
import { tempTree } from "../_temp_tree.ts";
import { runCli } from "../cli/_run_cli.ts";

/** The window widths every page must fit: a phone, a laptop, a wide screen. */
const windowWidths = [390, 1024, 1600] as const;

/**
 * A file made to be hard to fit on a phone: a long event name with tags,
 * long category names, a wide Markdown table, a long unit; and tall charts
 * among short scalars, the mix that leaves holes in a grid of rows.
 */
function awkwardJobMetrics(): JobMetrics {
  const line = (name: string, y: string) =>
    metric(name, { case: "linePlotMetricValues", value: { xDoublesDataId: [ref("t")], yDoublesDataId: [ref(y)], xAxisName: "time (s)", yAxisName: name } });
  const table = ["| " + "column | ".repeat(14), "|" + " --- |".repeat(14), "| " + "1234567 | ".repeat(14)].join("\n");
  return job(
    [
      line("Speed", "speed"),
      scalar("Top speed", 12.5, { importance: MetricImportance.HIGH_IMPORTANCE }),
      scalar("Distance to the pedestrian at the moment of the emergency brake", 1.25),
      metric("Final values", { case: "doubleMetricValues", value: { valueDataId: ref("finals"), index: { case: "seriesIndex", value: 0 } } }),
      line("Acceleration", "acceleration"),
      scalar("Lane offset", 0.3),
      line("Jerk", "jerk"),
      metric("Notes", { case: "textMetricValues", value: { text: `Measured over the whole drive.\n\n${table}` } }),
      scalar("Brake event", 3, { eventMetric: true }),
    ],
    [
      seriesData("t", { doubles: [0, 1, 2, 3, 4] }),
      seriesData("speed", { doubles: [0, 4, 9, 12, 8] }),
      seriesData("acceleration", { doubles: [0, 4, 5, 3, -4] }),
      seriesData("jerk", { doubles: [0, 4, 1, -2, -7] }),
      groupedData("finals", { "sin(3.1415926575897934)/cos(0.7853981633974483)": { doubles: [-2.02612] }, "sin(0.5)": { doubles: [0.479167] } }),
    ],
    {
      events: [
        {
          eventId: ref("brake"),
          name: "Emergency_brake_while_a_pedestrian_crossed_outside_the_crosswalk",
          description: "",
          tags: ["braking", "pedestrian_detected_outside_the_crosswalk"],
          metrics: [ref("metric:Brake event")],
          status: MetricStatus.FAIL_WARN_METRIC_STATUS,
          importance: MetricImportance.CRITICAL_IMPORTANCE,
          timestamp: { seconds: 9n, nanos: 0 },
          timestampType: TimestampType.RELATIVE_TIMESTAMP,
        },
      ],
    },
  );
}

/** Runs the test-mode example into a new outputs folder and returns the folder. */
async function testModeOutputs(t: Parameters<typeof tempTree>[0]): Promise<string> {
  const folder = await tempTree(t);
  const example = join(repoDir, "examples/test-mode");
  const { code, stderr } = runCli(["run", join(example, "script.ts"), "--inputs", join(example, "inputs"), "--outputs", folder]);
  assert.equal(code, 0, stderr);
  return folder;
}

/** Writes `message` as the metrics of a new outputs folder and returns the folder. */
async function outputsOf(t: Parameters<typeof tempTree>[0], write: (folder: string) => Uint8Array): Promise<string> {
  const folder = await tempTree(t);
  writeFileSync(join(folder, "metrics.binproto"), write(folder));
  return folder;
}

/**
 * What reaches past the right edge of the window: the page scrolling
 * sideways, any element outside a scroll box (chart internals aside) ending
 * past the window, any card whose content is wider than the card.
 */
function overflows(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const found: string[] = [];
    const scrolling = document.scrollingElement!;
    if (scrolling.scrollWidth > innerWidth) found.push(`the page is ${scrolling.scrollWidth} px wide`);
    const clipped = (element: Element) => {
      for (let parent = element.parentElement; parent !== null && parent !== document.body; parent = parent.parentElement) {
        if (getComputedStyle(parent).overflowX !== "visible") return true;
      }
      return false;
    };
    for (const element of document.querySelectorAll("body *")) {
      const box = element.getBoundingClientRect();
      if (box.width === 0 || box.right <= innerWidth + 0.5 || element.parentElement?.closest("svg")) continue;
      if (!clipped(element)) found.push(`${element.tagName.toLowerCase()}.${element.getAttribute("class") ?? ""} ends at ${Math.round(box.right)} px`);
    }
    for (const card of document.querySelectorAll<HTMLElement>(".card")) {
      if (card.clientWidth > 0 && card.scrollWidth > card.clientWidth) found.push(`card "${card.querySelector("h3")?.textContent}" holds ${card.scrollWidth} px in ${card.clientWidth} px`);
    }
    return found;
  });
}

/**
 * The tallest empty run above a card in the shown grids of cards: for each
 * column a card covers, the space between it and the card above it (or the
 * top of the grid); and how many cards sit side by side at most.
 */
function gridHoles(page: Page): Promise<{ tallestHole: number; sideBySide: number }> {
  return page.evaluate(() => {
    let tallestHole = 0;
    let sideBySide = 0;
    for (const grid of document.querySelectorAll(".cards")) {
      const frame = grid.getBoundingClientRect();
      if (frame.width === 0) continue;
      const cards = [...grid.children].map((card) => card.getBoundingClientRect());
      for (const x of cards.flatMap((card) => [card.left + 8, card.right - 8])) {
        const column = cards.filter((card) => card.left <= x && x <= card.right).sort((a, b) => a.top - b.top);
        let above = frame.top;
        for (const card of column) {
          tallestHole = Math.max(tallestHole, card.top - above);
          above = card.bottom;
        }
      }
      for (const card of cards) sideBySide = Math.max(sideBySide, cards.filter((other) => other.top <= card.top + 1 && card.top + 1 < other.bottom).length);
    }
    return { tallestHole: Math.round(tallestHole), sideBySide };
  });
}

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

  test("at 390, 1024 and 1600 px pages fit the window, and cards leave no holes beside taller ones", async (t) => {
    const pages = {
      all_types: await outputsOf(t, (folder) => buildAllTypesJobMetrics(folder).bytes),
      awkward: await outputsOf(t, () => JobMetrics.encode(awkwardJobMetrics())),
      hello_world: fixturePath("hello_world_outputs"),
      test_mode: await testModeOutputs(t),
    };
    const columns = { 390: 1, 1024: 2, 1600: 3 };
    for (const [name, outputs] of Object.entries(pages)) {
      const { path } = await writePreview(outputs, { output: join(testOutputDir, `fit-${name}.html`) });
      for (const width of windowWidths) {
        const { page, consoleErrors } = await openPreview(browser, path, width);
        const { tallestHole, sideBySide } = await gridHoles(page);
        t.diagnostic(`${name} at ${width} px: tallest hole ${tallestHole} px, ${sideBySide} cards side by side`);
        // Columns end level above the card below them: between two cards, only the grid's 16 px gap.
        assert.ok(tallestHole <= 24, `${name} at ${width} px: a ${tallestHole} px hole`);
        assert.equal(sideBySide, columns[width], `${name} at ${width} px: cards side by side`);
        if ((await page.locator(".event-list .event-link").count()) > 0) await page.click(".event-list .event-link >> nth=-1");
        await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
        assert.deepEqual(await overflows(page), [], `${name} at ${width} px`);
        await screenshot(page, `fit-${name}-${width}`);
        assert.deepEqual(consoleErrors, []);
        await page.close();
      }
    }
  });

  test("a page without charts carries no Plotly; a page with charts is still one file that needs no network", async (t) => {
    const plain = await outputsOf(t, () => JobMetrics.encode(job([scalar("Top speed", 12.5), metric("Notes", { case: "textMetricValues", value: { text: "All **good**." } })])));
    const { path: plainPath } = await writePreview(plain, { output: join(testOutputDir, "no_charts.html") });
    const plainHtml = readFileSync(plainPath, "utf8");
    assert.ok(plainHtml.length < 100_000, `the page is ${plainHtml.length} bytes`);
    assert.ok(!plainHtml.includes("plotly.js v"), "Plotly is left out");
    const opened = await openPreview(browser, plainPath, 390);
    assert.equal(await opened.page.evaluate(() => "Plotly" in window), false);
    assert.deepEqual(await cardTitles(opened.page, "#metrics"), ["Notes", "Top speed"]);
    assert.deepEqual(opened.consoleErrors, []);
    await opened.page.close();

    const charted = await outputsOf(t, (folder) => buildAllTypesJobMetrics(folder).bytes);
    const { path } = await writePreview(charted, { output: join(testOutputDir, "offline.html") });
    assert.ok(readFileSync(path, "utf8").includes("plotly.js v"), "Plotly is inlined");
    const { page, consoleErrors, requests } = await openPreview(browser, path, 1024);
    assert.equal(await assertChartsDrawn(page, "#metrics"), 7);
    assert.deepEqual(requests.filter((url) => !/^(file|data|blob):/.test(url)), [], "no request leaves the file");
    assert.deepEqual(consoleErrors, []);
    await page.close();
  });
});
