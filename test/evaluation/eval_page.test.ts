import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { after, before, describe, test } from "node:test";
import { launchBrowser, openPreview, screenshot, type Browser } from "../preview/_browser.ts";
import { run } from "../cli/_run.ts";
import { tempTree } from "../_temp_tree.ts";
import { demoProject } from "./_demo_project.ts";
import { emission, lines, speedConfigYaml } from "./_plans.ts";

describe("eval --html in Chromium", () => {
  let browser: Browser;
  before(async () => {
    browser = await launchBrowser();
  });
  after(async () => {
    await browser?.close();
  });

  test("every template's card draws, media are embedded, no card is blank, nothing overflows at 390 px", async (t) => {
    const dir = await tempTree(t, demoProject);
    const page = join(dir, "eval.html");
    const result = await run("eval", "--config", join(dir, "metrics/config.resim.yml"), "--set", "Demo", "--html", page, join(dir, "runs"));
    assert.equal(result.code, 0, result.stdout + result.stderr);
    const { page: tab, consoleErrors } = await openPreview(browser, page);
    assert.deepEqual(consoleErrors, []);
    const cards = await tab.$$eval("article.card", (all) => all.map((card) => ({ status: card.getAttribute("data-status"), body: card.querySelector(".card-body")?.textContent?.trim() ?? "", charts: card.querySelectorAll(".chart[data-state=drawn]").length, media: card.querySelectorAll("img[src^='data:'],video[src^='data:']").length })));
    assert.equal(cards.length, 26);
    assert.equal(await tab.locator(".chart:not([data-state=drawn])").count(), 0, "every chart is drawn");
    assert.equal(cards.filter((card) => card.charts > 0).length, 14);
    assert.equal(cards.reduce((sum, card) => sum + card.media, 0), 2, "the image and the video");
    for (const card of cards) assert.ok(card.body !== "" || card.charts + card.media > 0, `a ${card.status} card is blank`);
    await screenshot(tab, "eval-page");
    await tab.setViewportSize({ width: 390, height: 800 });
    // Plotly refits its charts a moment after the window shrinks.
    await tab.waitForFunction(() => document.documentElement.scrollWidth <= window.innerWidth, null, { timeout: 10_000 }).catch(() => undefined);
    assert.equal(await tab.evaluate(() => document.documentElement.scrollWidth - window.innerWidth), 0);
    await screenshot(tab, "eval-page-390");
  });

  test("failures are shown on their cards, and a page without charts carries no Plotly", async (t) => {
    const dir = await tempTree(t, {
      "config.resim.yml": speedConfigYaml({
        "Broken query": "    type: test\n    query_string: SELECT nope FROM speed\n    template_type: system\n    template: scalar",
        "Wrong columns": "    type: test\n    query_string: SELECT v FROM speed\n    template_type: system\n    template: line",
        "Broken template": "    type: test\n    query_string: SELECT v FROM speed\n    template_type: custom\n    template_file: broken.liquid",
        Empty: "    type: test\n    query_string: SELECT v FROM speed WHERE v > 100\n    template_type: system\n    template: table",
      }),
      "templates/broken.liquid": "{% if %}",
      "run.jsonl": lines(emission("speed", { v: 1 }), emission("speed", { v: "fast" })),
    });
    const page = join(dir, "eval.html");
    const result = await run("eval", "--config", join(dir, "config.resim.yml"), "--html", page, join(dir, "run.jsonl"));
    assert.equal(result.code, 1);
    process.exitCode = undefined; // main() leaves the failing run's exit code on this process
    assert.ok(!readFileSync(page, "utf8").includes("plotly.js v"), "no chart, no Plotly");
    const { page: tab, consoleErrors } = await openPreview(browser, page);
    assert.deepEqual(consoleErrors, []);
    const cards = await tab.$$eval("article.card", (all) => all.map((card) => `${card.getAttribute("data-status")}: ${card.querySelector("[role=alert]")?.textContent ?? card.querySelector(".card-body")?.textContent}`));
    assert.match(cards[0]!, /^QUERY_ERROR: query_string line 1, column 8: Binder error: Referenced column "nope" not found/);
    assert.match(cards[1]!, /^RENDER_ERROR: template: the line template needs 3 columns/);
    assert.match(cards[2]!, /^RENDER_ERROR: template line 1, column \d+: Liquid: /);
    assert.match(cards[3]!, /^NO_DATA: No data: the query returned no rows/);
    assert.match(await tab.locator("#problems").innerText(), /run.jsonl:2[\s\S]*field 'v' should be float, got string/);
    await screenshot(tab, "eval-page-failures");
  });
});
