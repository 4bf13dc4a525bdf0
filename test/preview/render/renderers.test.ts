import { test } from "node:test";
import assert from "node:assert/strict";
import type { BarChartView, StatusBadge } from "../../../src/preview/model/index.ts";
import {
  barChartFigure,
  batchwiseBarChartFigure,
  doubleOverTimeFigure,
  histogramFigure,
  linePlotFigure,
  plotlyFigure,
  renderCannotDraw,
  renderCard,
  renderDoubleSummary,
  renderImage,
  renderImageList,
  renderMarkdown,
  renderPlotly,
  renderScalar,
  renderText,
  statesOverTimeFigure,
} from "../../../src/preview/render/index.ts";

const passed: StatusBadge = { code: 1, label: "Passed", tone: "passed" };
const plain = (value: unknown) => JSON.parse(JSON.stringify(value, (_, v) => (ArrayBuffer.isView(v) ? Array.from(v as Float64Array) : v)));

test("renderScalar() shows the value with its unit and thresholds", () => {
  assert.equal(
    renderScalar({ kind: "scalar", value: 2.026120138199386, unit: "m", failure: { above: 0.1, below: 0 } }).value,
    `<p class="big-value">2.02612 <span class="unit">m</span></p><p class="thresholds">Fails below 0 m · above 0.1 m</p>`,
  );
  assert.equal(renderScalar({ kind: "scalar", unit: "", failure: {} }).value, `<p class="big-value"><span class="missing">no value</span></p>`);
});

test("renderDoubleSummary() shows one value, or a table of categories", () => {
  assert.equal(
    renderDoubleSummary({ kind: "doubleSummary", selection: { by: "label", label: "Upper" }, dataName: "Temps", unit: "C", failure: {}, rows: [{ value: 25, status: passed }] }).value,
    `<p class="big-value">25 <span class="unit">C</span></p><p class="source">Value at &quot;Upper&quot; of <q>Temps</q></p>`,
  );
  assert.equal(
    renderDoubleSummary({
      kind: "doubleSummary",
      selection: { by: "time", time: 5, timeScale: "relative" },
      dataName: "counts",
      unit: "",
      failure: { above: 3 },
      rows: [{ category: "Engage", value: 4, status: passed }, { category: "<b>", value: -3 }],
    }).value,
    `<table class="summary-table"><thead><tr><th scope="col">Category</th><th scope="col">Value</th><th scope="col">Status</th></tr></thead><tbody>` +
      `<tr><th scope="row">Engage</th><td class="number">4</td><td><span class="pill tone-passed">Passed</span></td></tr>` +
      `<tr><th scope="row">&lt;b&gt;</th><td class="number">−3</td><td></td></tr></tbody></table>` +
      `<p class="source">Value at 5 s of <q>counts</q></p><p class="thresholds">Fails above 3</p>`,
  );
});

test("renderImage() shows the file, or a placeholder naming the missing file", () => {
  assert.equal(
    renderImage({ kind: "image", image: { name: "tree", path: "my_tree.gif", found: false, reason: "file not found" } }).value,
    `<figure class="image missing-file"><div class="placeholder" role="img" aria-label="file not found: my_tree.gif">file not found: my_tree.gif</div><figcaption>tree</figcaption></figure>`,
  );
  assert.equal(
    renderImage({ kind: "image", image: { name: "t", path: "a b.png", found: true, src: "/files/a%20b.png", bytes: 2048 } }).value,
    `<figure class="image"><a href="/files/a%20b.png" target="_blank" rel="noopener"><img src="/files/a%20b.png" alt="t"></a><figcaption>t <span class="file">a b.png · 2.0 kB</span></figcaption></figure>`,
  );
  assert.equal(
    renderImageList({ kind: "imageList", images: [{ name: "a", path: "a.gif", found: false, reason: "file not found" }] }).value,
    `<div class="gallery"><figure class="image missing-file"><div class="placeholder" role="img" aria-label="file not found: a.gif">file not found: a.gif</div><figcaption>a</figcaption></figure></div>`,
  );
});

test("renderCannotDraw() says why in place of the chart", () => {
  assert.equal(renderCannotDraw({ kind: "cannotDraw", reason: 'data "x" has no index' }).value, `<p class="cannot-draw" role="note">Cannot draw: data &quot;x&quot; has no index</p>`);
});

test("renderMarkdown() renders the common subset and never passes HTML through", () => {
  const source = [
    "# Title",
    "",
    "Some **bold**, *it* and `co*de*` <script>x</script>",
    "",
    "- a",
    "- [link](https://x.y/?a=1&b=2)",
    "",
    "| a | b |",
    "|---|---|",
    "| 1 | 2 |",
    "",
    "```",
    "<raw>",
    "```",
    "> quote",
    "",
    "1. one",
    "2. two",
    "",
    "[bad](javascript:alert(1)) ~~gone~~",
  ].join("\n");
  assert.equal(
    renderMarkdown(source).value,
    `<h4>Title</h4><p>Some <strong>bold</strong>, <em>it</em> and <code>co*de*</code> &lt;script&gt;x&lt;/script&gt;</p>` +
      `<ul><li>a</li><li><a href="https://x.y/?a=1&amp;b=2" target="_blank" rel="noopener noreferrer">link</a></li></ul>` +
      `<table><thead><tr><th>a</th><th>b</th></tr></thead><tbody><tr><td>1</td><td>2</td></tr></tbody></table>` +
      `<pre><code>&lt;raw&gt;</code></pre><blockquote><p>quote</p></blockquote><ol><li>one</li><li>two</li></ol>` +
      `<p>[bad](javascript:alert(1)) <del>gone</del></p>`,
  );
  assert.equal(renderText({ kind: "text", markdown: "Hello, world!" }).value, `<div class="markdown"><p>Hello, world!</p></div>`);
});

test("doubleOverTimeFigure() draws lines against time with failure bands and the stored range", () => {
  const figure = plain(
    doubleOverTimeFigure({
      kind: "doubleOverTime",
      yAxisName: "TTC",
      timeScale: "relative",
      start: 0,
      end: 10,
      lines: [{ name: "actor", unit: "s", times: Float64Array.of(0, 5), values: Float64Array.of(2, 4), failure: { below: 1 } }],
    }),
  );
  assert.deepEqual(figure.data, [
    { type: "scatter", mode: "lines+markers", name: "actor", legendgroup: "actor", x: [0, 5], y: [2, 4], hovertemplate: "%{y} s<extra>%{fullData.name}</extra>" },
  ]);
  assert.deepEqual(figure.layout.xaxis.range, [0, 10]);
  assert.deepEqual(figure.layout.xaxis.title, { text: "Time (s)" });
  assert.deepEqual(figure.layout.yaxis.title, { text: "TTC (s)" });
  assert.deepEqual(figure.layout.yaxis.range, [0.76, 4.24]);
  assert.deepEqual(
    figure.layout.shapes.map((shape: { type: string; y0: number; y1: number }) => [shape.type, shape.y0, shape.y1]),
    [["rect", 0.76, 1], ["line", 1, 1]],
  );
});

test("linePlotFigure() marks failing points in their status colours", () => {
  const figure = plain(
    linePlotFigure({
      kind: "linePlot",
      xAxisName: "",
      yAxisName: "",
      lines: [{ name: "v", xUnit: "", yUnit: "", x: Float64Array.of(0, 1, 2), y: Float64Array.of(1, 9, 2), failing: { x: Float64Array.of(1, 2), y: Float64Array.of(9, 2), statuses: Int32Array.of(5, 2), total: 2 } }],
    }),
  );
  assert.deepEqual(figure.data[1], {
    type: "scatter",
    mode: "markers",
    name: "v: failing",
    legendgroup: "v",
    showlegend: false,
    x: [1, 2],
    y: [9, 2],
    customdata: ["Blocking", "Warning"],
    hovertemplate: "%{customdata}: %{y}<extra>%{fullData.name}</extra>",
    marker: { size: 8, symbol: "circle-open", line: { width: 2 }, color: ["#cf222e", "#b86e00"] },
  });
});

test("doubleOverTimeFigure() uses a date axis for wall-clock times", () => {
  const figure = plain(
    doubleOverTimeFigure({ kind: "doubleOverTime", yAxisName: "", timeScale: "absolute", lines: [{ name: "a", unit: "", times: Float64Array.of(1.7e9), values: Float64Array.of(1), failure: {} }] }),
  );
  assert.deepEqual(figure.data[0].x, [1.7e12]);
  assert.deepEqual(figure.layout.xaxis.type, "date");
});

test("linePlotFigure() names axes with the stored names and units", () => {
  const figure = plain(
    linePlotFigure({
      kind: "linePlot",
      xAxisName: "Time",
      yAxisName: "accel [rad/s²]",
      lines: [
        { name: "roll", xUnit: "s", yUnit: "rad/s/s", x: Float64Array.of(0, 1), y: Float64Array.of(3, 4) },
        { name: "yaw", xUnit: "s", yUnit: "rad/s/s", x: Float64Array.of(0, 1), y: Float64Array.of(5, 6) },
      ],
    }),
  );
  assert.deepEqual(figure.data.map((trace: { name: string; mode: string }) => [trace.name, trace.mode]), [["roll", "lines+markers"], ["yaw", "lines+markers"]]);
  assert.deepEqual([figure.layout.xaxis.title, figure.layout.yaxis.title, figure.layout.showlegend], [{ text: "Time (s)" }, { text: "accel [rad/s²]" }, true]);
});

test("barChartFigure() stacks or groups bars as stored", () => {
  const view: BarChartView = { kind: "barChart", xAxisName: "Object", yAxisName: "", stacked: true, series: [{ name: "p", unit: "", labels: ["a", "b"], values: Float64Array.of(1, 2) }] };
  const figure = plain(barChartFigure(view));
  assert.deepEqual(figure.data, [{ type: "bar", name: "p", x: ["a", "b"], y: [1, 2] }]);
  assert.equal(figure.layout.barmode, "stack");
  assert.equal(plain(barChartFigure({ ...view, stacked: false })).layout.barmode, "group");
});

test("histogramFigure() draws each bucket as wide as it is, within the bounds", () => {
  const figure = plain(
    histogramFigure({ kind: "histogram", xAxisName: "err", dataName: "e", unit: "m", bins: [{ lower: 0, upper: 1, count: 2 }, { lower: 1, upper: 3, count: 5 }], outside: 0, total: 7, lowerBound: 0, upperBound: 3 }),
  );
  const [trace] = figure.data;
  assert.deepEqual([trace.x, trace.y, trace.width, trace.customdata], [[0.5, 2], [2, 5], [1, 2], ["[0, 1)", "[1, 3)"]]);
  assert.deepEqual([figure.layout.xaxis.range, figure.layout.xaxis.title], [[0, 3], { text: "err (m)" }]);
});

test("statesOverTimeFigure() draws one bar trace per state, failure states in red", () => {
  const figure = plain(
    statesOverTimeFigure({
      kind: "statesOverTime",
      timeScale: "relative",
      states: ["ok", "fault"],
      failureStates: ["fault"],
      rows: [{ name: "mode", segments: [{ state: "ok", start: 0, end: 2 }, { state: "fault", start: 2, end: 3 }, { state: "ok", start: 3, end: 4 }] }],
    }),
  );
  assert.deepEqual(
    figure.data.map((t: Record<string, unknown>) => [t["name"], t["y"], t["base"], t["x"], (t["marker"] as { color: string }).color]),
    [
      ["ok", ["mode", "mode"], [0, 3], [2, 1], "#2f6fde"],
      ["fault (failure)", ["mode"], [2], [1], "#cf222e"],
    ],
  );
  assert.deepEqual(figure.data[1].customdata, ["2 s – 3 s"]);
});

test("batchwiseBarChartFigure() labels batches by time and short id, in the stored colours", () => {
  const figure = plain(
    batchwiseBarChartFigure({
      kind: "batchwiseBarChart",
      xAxisName: "",
      yAxisName: "count",
      stacked: true,
      timeScale: "absolute",
      batches: [{ id: "{cd68df3c-3c1e-4d3f-91de-a77822bb20fa}", time: 1.7e9 }],
      series: [{ category: "PASSED", color: "#00ff00", values: Float64Array.of(3) }],
    }),
  );
  assert.deepEqual(figure.data[0].x, ["2023-11-14 22:13:20Z<br>cd68df3c"]);
  assert.deepEqual(figure.data[0].marker, { color: "#00ff00" });
  assert.equal(figure.layout.barmode, "stack");
});

test("plotlyFigure() keeps the stored figure but fits its width; an empty one is said to be empty", () => {
  const stored = { data: [{ type: "pie", values: [1, 2] }], layout: { width: 800, height: 500, title: { text: "t" } }, frames: [] };
  assert.deepEqual(plotlyFigure({ kind: "plotly", figure: stored }), { data: stored.data, layout: { height: 500, title: { text: "t" }, autosize: true } });
  assert.deepEqual(plotlyFigure({ kind: "plotly", figure: { data: stored.data } })?.layout, { height: 420, autosize: true });
  assert.equal(plotlyFigure({ kind: "plotly", figure: {} }), undefined);
  assert.equal(renderPlotly({ kind: "plotly", figure: {} }, "m1").value, `<p class="empty">The stored figure has no traces to draw.</p>`);
});

test("renderCard() frames the body with name, type, badges, description, tags and notes", () => {
  const card = renderCard({
    key: "m7",
    name: "Max <Error>",
    typeLabel: "Scalar",
    status: { code: 5, label: "Blocking", tone: "block" },
    importance: { code: 4, label: "High" },
    description: "Max error",
    tags: [{ key: "team", value: "planning" }],
    hiddenReason: "should_display is false",
    body: { kind: "scalar", value: 1, unit: "", failure: {} },
  }).value;
  assert.equal(
    card,
    `<article class="card tone-block" id="card-m7" data-kind="scalar" data-width="column">
<header class="card-head"><div class="card-title"><h3>Max &lt;Error&gt;</h3><span class="type">Scalar</span></div><div class="badges"><span class="pill tone-block">Blocking</span><span class="importance importance-4">High importance</span></div></header>
<p class="hidden-reason">Hidden: should_display is false</p><p class="description">Max error</p><ul class="tags"><li><span class="tag-key">team</span>planning</li></ul>
<div class="card-body"><p class="big-value">1</p></div>
</article>`,
  );
});

test("renderCard() notes downsampling and widens timeline cards", () => {
  const card = renderCard({
    key: "m1",
    name: "modes",
    typeLabel: "States over time",
    status: { code: 1, label: "Passed", tone: "passed" },
    importance: { code: 0, label: "" },
    description: "",
    tags: [],
    body: { kind: "statesOverTime", timeScale: "relative", states: [], failureStates: [], rows: [], downsampling: { sourcePoints: 1_000_000, drawnPoints: 4000, method: "one sample in every 250" } },
  }).value;
  assert.match(card, /^<article class="card tone-passed" id="card-m1" data-kind="statesOverTime" data-width="full">/);
  assert.match(card, /<p class="note">Downsampled for drawing: 1,000,000 points per series shown as 4,000 \(one sample in every 250\)\.<\/p>\n<\/article>$/);
});
