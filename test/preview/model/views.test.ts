import { test } from "node:test";
import assert from "node:assert/strict";
import { JobMetrics, MetricStatus, type Metric, type MetricsData } from "../../../src/proto/index.ts";
import { buildPreviewModel, type MetricBody } from "../../../src/preview/model/index.ts";
import { readFixture } from "../../_shared.ts";
import { fileData, groupedData, job, metric, ref, seriesData } from "../_jobs.ts";

/** The body of the only card of a job holding `m` and `data`. */
function bodyOf(m: Metric, data: MetricsData[] = []): MetricBody {
  return buildPreviewModel({ title: "t", job: job([m], data), files: new Map() }).metrics[0]!.body;
}

/** Typed arrays as plain arrays, so bodies compare with literals. */
function plain(value: unknown): unknown {
  return JSON.parse(JSON.stringify(value, (_, v) => (ArrayBuffer.isView(v) ? Array.from(v as Float64Array) : v)));
}

const upstream = buildPreviewModel({ title: "t", job: JobMetrics.decode(readFixture("upstream_all_types.binproto")), files: new Map() });
const upstreamBody = (name: string) => plain([...upstream.metrics, ...upstream.hiddenMetrics].find((card) => card.name === name)!.body);
const passed = { code: 1, label: "Passed", tone: "passed" };

test("doubleSummaryView() selects by position, time, string and UUID index", () => {
  const rows = (name: string) => (upstreamBody(name) as { selection: unknown; rows: unknown }).rows;
  assert.deepEqual(rows("Initial Speed"), [{ value: 2.4, status: passed }]);
  assert.deepEqual((upstreamBody("Speed at five seconds") as { selection: unknown }).selection, { by: "time", time: 5, timeScale: "relative" });
  assert.deepEqual(rows("Speed at five seconds"), [{ value: 2.3, status: passed }]);
  assert.deepEqual(rows("Upper Chassis Temperature"), [{ value: 25, status: passed }]);
  assert.deepEqual(rows("Distance to given waypoint"), [{ value: 10, status: passed }]);
});

test("doubleSummaryView() shows one row per category of grouped data", () => {
  assert.deepEqual(upstreamBody("Event counts warning"), {
    kind: "doubleSummary",
    selection: { by: "position", position: 0 },
    dataName: "Event counts data warning",
    unit: "",
    failure: {},
    rows: [
      { category: "Engage", value: 4, status: passed },
      { category: "Disengage", value: 3, status: { code: 2, label: "Warning", tone: "warn" } },
    ],
  });
});

test("doubleSummaryView() says when the index has no such entry or the position is out of range", () => {
  const data = [seriesData("labels", { strings: ["a", "b"] }), seriesData("v", { doubles: [1, 2] }, { index: "labels" })];
  const byLabel = metric("s", { case: "doubleMetricValues", value: { valueDataId: ref("v"), index: { case: "stringIndex", value: "c" } } });
  assert.deepEqual(bodyOf(byLabel, data), { kind: "cannotDraw", reason: '"c" is not in the index "labels" of data "v"' });
  const byPosition = metric("s", { case: "doubleMetricValues", value: { valueDataId: ref("v"), index: { case: "seriesIndex", value: 2 } } });
  assert.deepEqual(bodyOf(byPosition, data), { kind: "cannotDraw", reason: 'element 2 is beyond the 2 values of data "v"' });
});

test("doubleOverTimeView() pairs values with the times indexing them and keeps thresholds and range", () => {
  assert.deepEqual(upstreamBody("Time to collision"), {
    kind: "doubleOverTime",
    yAxisName: "TTC",
    timeScale: "relative",
    start: 0,
    end: 10,
    lines: [
      { name: "Actor 1 TTC", unit: "sec", times: [0, 1, 2, 3, 4, 5, 6, 7, 8, 9], values: [2.4, 2.1, 1.9, 1.8, 1.9, 2.3, 2.6, 3, 4.1, 7.2], failure: { below: 1 } },
      {
        name: "Actor 2 TTC",
        unit: "sec",
        times: [0, 1, 2, 3, 4, 5, 6, 7, 8, 9],
        values: [3, 2.9, 2.5, 2, 1.5, 1.6, 1.2, 0.9, 0.8, 1.1],
        failure: { below: 1 },
        failing: { x: [7, 8], y: [0.9, 0.8], statuses: [2, 2], total: 2 },
      },
    ],
  });
});

test("doubleOverTimeView() downsamples long series and says so", () => {
  const n = 10_000;
  const data = [
    seriesData("t", { times: Array.from({ length: n }, (_, i) => i / 100) }),
    seriesData("v", { doubles: Array.from({ length: n }, (_, i) => Math.sin(i)) }, { index: "t" }),
  ];
  const body = bodyOf(metric("m", { case: "doubleOverTimeMetricValues", value: { doublesOverTimeDataId: [ref("v")] } }), data);
  assert.equal(body.kind, "doubleOverTime");
  if (body.kind !== "doubleOverTime") return;
  assert.equal(body.lines[0]!.values.length, 4000);
  assert.deepEqual(body.downsampling, { sourcePoints: 10_000, drawnPoints: 4000, method: "minimum and maximum of each bucket of consecutive points" });
});

test("linePlotView() uses legend names, falling back to the y data name", () => {
  const data = [seriesData("x", { doubles: [0, 1] }, { unit: "s" }), seriesData("y1", { doubles: [2, 3] }, { unit: "m" }), seriesData("y2", { doubles: [4, 5] })];
  const body = bodyOf(
    metric("m", { case: "linePlotMetricValues", value: { xDoublesDataId: [ref("x"), ref("x")], yDoublesDataId: [ref("y1"), ref("y2")], legendSeriesNames: ["first"], xAxisName: "time" } }),
    data,
  );
  assert.deepEqual(plain(body), {
    kind: "linePlot",
    xAxisName: "time",
    yAxisName: "",
    lines: [
      { name: "first", xUnit: "s", yUnit: "m", x: [0, 1], y: [2, 3] },
      { name: "y2", xUnit: "s", yUnit: "", x: [0, 1], y: [4, 5] },
    ],
  });
});

test("linePlotView() finds the points whose status fails, at most the drawn-point limit", () => {
  const n = 10_000;
  const data = [
    seriesData("x", { doubles: Array.from({ length: n }, (_, i) => i) }),
    seriesData("y", { doubles: Array.from({ length: n }, (_, i) => i * 2) }),
    seriesData("s", { statuses: Array.from({ length: n }, (_, i) => (i % 2 === 0 ? 5 : i === 3 ? 2 : 1)) }),
  ];
  const body = bodyOf(metric("m", { case: "linePlotMetricValues", value: { xDoublesDataId: [ref("x")], yDoublesDataId: [ref("y")], statusesDataId: [ref("s")] } }), data);
  assert.equal(body.kind, "linePlot");
  if (body.kind !== "linePlot") return;
  const failing = body.lines[0]!.failing!;
  assert.equal(failing.total, 5001);
  assert.equal(failing.x.length, 2501);
  assert.deepEqual([...failing.x.slice(0, 3)], [0, 3, 6]);
  assert.deepEqual([...failing.y.slice(0, 3)], [0, 6, 12]);
  assert.deepEqual([...failing.statuses.slice(0, 3)], [5, 2, 5]);
});

test("linePlotView() refuses series of different lengths", () => {
  const data = [seriesData("x", { doubles: [0, 1, 2] }), seriesData("y", { doubles: [2, 3] })];
  const body = bodyOf(metric("m", { case: "linePlotMetricValues", value: { xDoublesDataId: [ref("x")], yDoublesDataId: [ref("y")] } }), data);
  assert.deepEqual(body, { kind: "cannotDraw", reason: 'x data "x" and y data "y" have different lengths (3 and 2)' });
});

test("barChartView() labels bars by the index strings", () => {
  assert.deepEqual(upstreamBody("Detection latency"), {
    kind: "barChart",
    xAxisName: "Component",
    yAxisName: "Mean Latency",
    stacked: false,
    series: [
      { name: "Camera timings", unit: "msec", labels: ["camera_0", "camera_1", "camera_2"], values: [1.5, 2.6, 1.8] },
      { name: "Pytorch timings", unit: "msec", labels: ["camera_0", "camera_1", "camera_2"], values: [10.1, 9.2, 12.3] },
    ],
  });
});

test("barChartView() names the data whose kind is wrong", () => {
  const data = [seriesData("labels", { strings: ["a"] }), seriesData("v", { strings: ["1"] }, { index: "labels" })];
  const body = bodyOf(metric("m", { case: "barChartMetricValues", value: { valuesDataId: [ref("v")] } }), data);
  assert.deepEqual(body, { kind: "cannotDraw", reason: 'data "v" holds strings where doubles are expected' });
});

test("histogramView() counts values into buckets, the top bucket closed", () => {
  const data = [seriesData("v", { doubles: [0, 0.5, 1, 1.5, 2, 2.5, -1, Number.NaN] })];
  const buckets = [{ lower: 1, upper: 2 }, { lower: 0, upper: 1 }];
  const body = bodyOf(metric("h", { case: "histogramMetricValues", value: { valuesDataId: ref("v"), buckets, lowerBound: 0, upperBound: 2 } }), data);
  assert.deepEqual(body, {
    kind: "histogram",
    xAxisName: "",
    dataName: "v",
    unit: "",
    bins: [{ lower: 1, upper: 2, count: 3 }, { lower: 0, upper: 1, count: 2 }],
    lowerBound: 0,
    upperBound: 2,
    outside: 3,
    total: 8,
  });
});

test("histogramView() cannot draw without buckets", () => {
  const body = bodyOf(metric("h", { case: "histogramMetricValues", value: { valuesDataId: ref("v") } }), [seriesData("v", { doubles: [1] })]);
  assert.deepEqual(body, { kind: "cannotDraw", reason: "the histogram has no buckets" });
});

test("statesOverTimeView() turns samples into spans, one row per category", () => {
  assert.deepEqual(upstreamBody("Subsystem states"), {
    kind: "statesOverTime",
    timeScale: "relative",
    states: ["ENGAGED", "DISENGAGED", "FAULTED"],
    failureStates: ["FAULTED"],
    rows: [
      {
        name: "Subsystem states data · Planner",
        segments: [
          { state: "DISENGAGED", start: 0, end: 3 },
          { state: "ENGAGED", start: 3, end: 7 },
          { state: "DISENGAGED", start: 7, end: 10 },
        ],
      },
      { name: "Subsystem states data · Localization", segments: [{ state: "ENGAGED", start: 0, end: 10 }] },
    ],
  });
});

test("statesOverTimeView() adds states the set lacks, after the set's", () => {
  const data = [seriesData("t", { times: [0, 2] }), seriesData("s", { strings: ["b", "x"] }, { index: "t" })];
  const body = bodyOf(metric("m", { case: "statesOverTimeMetricValues", value: { statesOverTimeDataId: [ref("s")], statesSet: ["a", "b"], legendSeriesNames: ["mode"] } }), data);
  assert.deepEqual(body, {
    kind: "statesOverTime",
    timeScale: "relative",
    states: ["a", "b", "x"],
    failureStates: [],
    rows: [{ name: "mode", segments: [{ state: "b", start: 0, end: 2 }, { state: "x", start: 2, end: 4 }] }],
  });
});

test("statesOverTimeView() reads one sample in every few of very long series, and says so", () => {
  const n = 10_000;
  const data = [
    seriesData("t", { times: Array.from({ length: n }, (_, i) => i) }),
    seriesData("s", { strings: Array.from({ length: n }, (_, i) => (i % 2 === 0 ? "a" : "b")) }, { index: "t" }),
  ];
  const body = bodyOf(metric("m", { case: "statesOverTimeMetricValues", value: { statesOverTimeDataId: [ref("s")], statesSet: ["a", "b"] } }), data);
  assert.equal(body.kind, "statesOverTime");
  if (body.kind !== "statesOverTime") return;
  assert.deepEqual(body.downsampling, { sourcePoints: 10_000, drawnPoints: 3334, method: "one sample in every 3" });
  assert.deepEqual(body.rows[0]!.segments.slice(0, 2), [{ state: "a", start: 0, end: 3 }, { state: "b", start: 3, end: 6 }]);
});

test("batchwiseBarChartView() aligns categories by batch and orders batches by time", () => {
  const data = [
    seriesData("batches", { uuids: ["b1", "b2"] }),
    seriesData("t-pass", { times: [20, 10] }, { index: "batches" }),
    seriesData("v-pass", { doubles: [5, 6] }, { index: "batches" }),
    seriesData("batches-fail", { uuids: ["b2"] }),
    seriesData("t-fail", { times: [12] }, { index: "batches-fail" }),
    seriesData("v-fail", { doubles: [1] }, { index: "batches-fail" }),
  ];
  const values = {
    timesDataId: [ref("t-pass"), ref("t-fail")],
    valuesDataId: [ref("v-pass"), ref("v-fail")],
    categories: ["passed", "failed"],
    colors: ["#00ff00"],
    yAxisName: "count",
    stackBars: true,
  };
  assert.deepEqual(plain(bodyOf(metric("b", { case: "batchwiseBarChartMetricValues", value: values }), data)), {
    kind: "batchwiseBarChart",
    xAxisName: "",
    yAxisName: "count",
    stacked: true,
    timeScale: "relative",
    batches: [{ id: "b2", time: 10 }, { id: "b1", time: 20 }],
    series: [
      { category: "passed", color: "#00ff00", values: [6, 5] },
      { category: "failed", values: [1, null] },
    ],
  });
});

test("imageView() names an external file that is missing; text and plotly pass through", () => {
  const m = [
    metric("img", { case: "imageMetricValues", value: { imageDataId: ref("f") } }),
    metric("txt", { case: "textMetricValues", value: { text: "# Title" } }),
    metric("fig", { case: "plotlyMetricValues", value: { json: { data: [] } } }),
    metric("scalar", { case: "scalarMetricValues", value: { value: 3, unit: "m", failureDefinition: { failsAbove: 2 } } }, { status: MetricStatus.FAIL_WARN_METRIC_STATUS }),
  ];
  const model = buildPreviewModel({ title: "t", job: job(m, [fileData("f", "shots/a.png")]), files: new Map() });
  const body = (name: string) => model.metrics.find((card) => card.name === name)!.body;
  assert.deepEqual(body("img"), { kind: "image", image: { name: "f", path: "shots/a.png", found: false, reason: "file not found" } });
  assert.deepEqual(body("txt"), { kind: "text", markdown: "# Title" });
  assert.deepEqual(body("fig"), { kind: "plotly", figure: { data: [] } });
  assert.deepEqual(body("scalar"), { kind: "scalar", value: 3, unit: "m", failure: { above: 2 } });
});

test("imageView() refuses data that is not an external file", () => {
  const body = bodyOf(metric("img", { case: "imageMetricValues", value: { imageDataId: ref("v") } }), [seriesData("v", { doubles: [1] })]);
  assert.deepEqual(body, { kind: "cannotDraw", reason: 'data "v" (image_data_id) is not an external file' });
});

test("seriesOf() explains grouped data where a single series is expected", () => {
  const data = [groupedData("t", { a: { times: [0] } }), groupedData("v", { a: { doubles: [1] } }, { index: "t" })];
  const body = bodyOf(metric("m", { case: "doubleOverTimeMetricValues", value: { doublesOverTimeDataId: [ref("v")] } }), data);
  assert.deepEqual(body, { kind: "cannotDraw", reason: 'data "v" is grouped by category where a single series is expected' });
});
