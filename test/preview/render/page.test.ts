import { test } from "node:test";
import assert from "node:assert/strict";
import { JobMetrics } from "../../../src/proto/index.ts";
import { buildPreviewModel, type EventView } from "../../../src/preview/model/index.ts";
import { renderErrorPage, renderPreviewPage } from "../../../src/preview/render/index.ts";
import { timelinePositions } from "../../../src/preview/render/_events.ts";
import { readFixture } from "../../_shared.ts";
import { job, metric, ref, scalar, seriesData } from "../_jobs.ts";

const model = (name: string) => buildPreviewModel({ title: `<${name}>`, job: JobMetrics.decode(readFixture(name)), files: new Map() });
const count = (text: string, pattern: RegExp) => text.match(pattern)?.length ?? 0;

test("renderPreviewPage() renders one card per metric, the problems, and the scripts inline", () => {
  const page = renderPreviewPage(model("hello_world.binproto"), { plotly: () => "window.Plotly = {}; '</script>';" });
  assert.match(page, /^<!doctype html>\n<html lang="en">/);
  assert.match(page, /<title>&lt;hello_world.binproto&gt; · metrics preview<\/title>/);
  assert.equal(count(page, /<article class="card/g), 10);
  assert.equal(count(page, /<div class="chart"/g), 7);
  assert.match(page, /<li class="problem warning"><span class="severity">Warning<\/span><span class="problem-text"><strong class="subject">Thonk example<\/strong><span class="message">file not found: thonk.gif<\/span><\/span><\/li>/);
  assert.ok(page.includes(`<script>window.Plotly = {}; '<\\/script>';</script>`), "inlined code cannot end its script element");
  assert.equal(count(page, /<script>/g), 2);
  assert.doesNotMatch(page, /\b(src|href)="https?:/, "the page loads nothing from the network");
  assert.doesNotMatch(page, /data-live=/);
});

test("renderPreviewPage() lists events with a timeline and one hidden panel each, and hidden metrics behind a toggle", () => {
  const page = renderPreviewPage(model("upstream_all_types.binproto"), { plotly: () => "", liveReloadUrl: "/events" });
  assert.match(page, /<body data-live="\/events">/);
  assert.equal(count(page, /<button type="button" class="event-marker tone-block"/g), 2);
  assert.equal(count(page, /<section class="event-panel tone-block" id="event-e\d" data-event-panel="e\d" hidden>/g), 2);
  assert.match(page, /<details id="hidden-metrics" class="hidden-metrics"><summary>Hidden metrics<span class="count">1<\/span><\/summary>/);
  assert.equal(count(page, /<article class="card/g), 18 + 1 + 2 * 2);
  assert.match(page, /<nav><a href="#problems">Problems<span class="count">3<\/span><\/a><a href="#events">Events<span class="count">2<\/span><\/a><a href="#metrics">Metrics<span class="count">18<\/span><\/a><a href="#hidden-metrics">Hidden<span class="count">1<\/span><\/a><\/nav>/);
});

test("renderPreviewPage() asks for Plotly only when a card draws a chart, and leaves it out otherwise", () => {
  const modelOf = (message: JobMetrics) => buildPreviewModel({ title: "metrics.binproto", job: message, files: new Map() });
  const plain = modelOf(
    job([scalar("Top speed", 12), metric("Notes", { case: "textMetricValues", value: { text: "All **good**." } }), metric("Empty figure", { case: "plotlyMetricValues", value: { json: {} } })]),
  );
  const page = renderPreviewPage(plain, { plotly: () => assert.fail("a page without charts asked for Plotly") });
  assert.equal(count(page, /<script>/g), 1, "only the page script");
  assert.doesNotMatch(page, /Charts by Plotly/);
  assert.ok(page.length < 60_000, `${page.length} characters`);

  const charted = modelOf(job([metric("Speed", { case: "linePlotMetricValues", value: { xDoublesDataId: [ref("x")], yDoublesDataId: [ref("y")] } })], [seriesData("x", { doubles: [0, 1] }), seriesData("y", { doubles: [2, 3] })]));
  let asked = 0;
  const withChart = renderPreviewPage(charted, { plotly: () => `window.Plotly = ${++asked};` });
  assert.equal(asked, 1);
  assert.ok(withChart.includes("<script>window.Plotly = 1;</script>"));
  assert.match(withChart, /Charts by Plotly\.<\/footer>/);
});

test("timelinePositions() spreads events over the width and stacks close ones in lanes", () => {
  const event = (key: string, time?: number): EventView => ({
    key,
    name: key,
    description: "",
    tags: [],
    status: { code: 1, label: "Passed", tone: "passed" },
    importance: { code: 0, label: "" },
    timeScale: "relative",
    metrics: [],
    ...(time === undefined ? {} : { time }),
  });
  assert.deepEqual(
    [...timelinePositions([event("a", 0), event("b", 1), event("c", 50), event("d", 100), event("e")])],
    [
      ["a", { left: 4, lane: 0 }],
      ["b", { left: 4.92, lane: 1 }],
      ["c", { left: 50, lane: 0 }],
      ["d", { left: 96, lane: 0 }],
    ],
  );
  assert.deepEqual([...timelinePositions([event("x", 42), event("y", 42)])], [["x", { left: 50, lane: 0 }], ["y", { left: 50, lane: 1 }]]);
});

test("renderErrorPage() shows the failure and reloads on the next change", () => {
  const page = renderErrorPage("metrics.binproto", 'Cannot decode "metrics.binproto": truncated message at byte 12', "/events");
  assert.match(page, /<body data-live="\/events">/);
  assert.match(page, /<p class="message">Cannot decode &quot;metrics.binproto&quot;: truncated message at byte 12<\/p>/);
});
