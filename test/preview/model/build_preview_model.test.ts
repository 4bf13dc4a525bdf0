import { test } from "node:test";
import assert from "node:assert/strict";
import { JobMetrics, MetricStatus, TimestampType } from "../../../src/proto/index.ts";
import { buildPreviewModel, type PreviewModel, type ResolvedFile } from "../../../src/preview/model/index.ts";
import { readFixture } from "../../_shared.ts";
import { fileData, job, metric, ref, scalar } from "../_jobs.ts";

function modelOf(message: JobMetrics, files: ReadonlyMap<string, ResolvedFile> = new Map()): PreviewModel {
  return buildPreviewModel({ title: "metrics.binproto", job: message, files });
}

test("buildPreviewModel() lists hello_world's metrics in their order with one card each", () => {
  const model = modelOf(JobMetrics.decode(readFixture("hello_world.binproto")));
  assert.deepEqual(
    model.metrics.map((card) => `${card.name} (${card.typeLabel}: ${card.body.kind})`),
    [
      "Final Value Summary (Double summary: doubleSummary)",
      "Convergence over time (Double over time: doubleOverTime)",
      "Max Error (Scalar: scalar)",
      "Angular Acceleration (Line plot: linePlot)",
      "Object detection (Bar chart: barChart)",
      "Localization error frequency (Histogram: histogram)",
      "Shared Memory Usage (Line plot: linePlot)",
      "Operating mode (States over time: statesOverTime)",
      "Plotly example (Plotly: plotly)",
      "Thonk example (Image: image)",
    ],
  );
  assert.equal(model.jobId, "2cba1164-cf65-432c-a631-c27fbc2d41ec");
  assert.deepEqual(model.status, { code: 5, label: "Blocking", tone: "block" });
  assert.deepEqual(
    model.statusCounts.map(({ status, count }) => `${status.label}: ${count}`),
    ["Blocking: 1", "Passed: 9"],
  );
  assert.deepEqual(model.hiddenMetrics, []);
  assert.deepEqual(model.events, []);
  assert.deepEqual(model.problems, [{ severity: "warning", subject: "Thonk example", message: "file not found: thonk.gif" }]);
});

test("buildPreviewModel() shows the image a resolved file gives", () => {
  const files = new Map([["thonk.gif", { found: true, src: "data:image/gif;base64,R0lG", bytes: 4 } as const]]);
  const model = modelOf(JobMetrics.decode(readFixture("hello_world.binproto")), files);
  assert.deepEqual(model.metrics.at(-1)!.body, {
    kind: "image",
    image: { name: "the image", path: "thonk.gif", found: true, src: "data:image/gif;base64,R0lG", bytes: 4 },
  });
  assert.deepEqual(model.problems, []);
});

test("buildPreviewModel() puts hidden metrics behind the toggle and event metrics under their events", () => {
  const model = modelOf(JobMetrics.decode(readFixture("upstream_all_types.binproto")));
  assert.equal(model.metrics.length, 18);
  assert.deepEqual(
    model.hiddenMetrics.map((card) => [card.name, card.hiddenReason]),
    [["Lane change states", "should_display is false"]],
  );
  assert.deepEqual(
    model.events.map((event) => [event.name, event.time, event.timeScale, event.status.label, event.metrics.map((card) => card.name)]),
    [
      ["first event", 42, "relative", "Blocking", ["A plotly chart for an event", "Scalar for an event"]],
      ["second event", 42, "relative", "Blocking", ["A plotly chart for an event", "Scalar for an event"]],
    ],
  );
  const keys = [...model.metrics, ...model.hiddenMetrics, ...model.events.flatMap((event) => event.metrics)].map((card) => card.key);
  assert.equal(new Set(keys).size, keys.length, "card keys are unique");
  assert.deepEqual(
    model.statusCounts.map(({ status, count }) => `${status.label}: ${count}`),
    ["Warning: 4", "Passed: 12", "Not applicable: 5"],
  );
  assert.deepEqual(
    model.problems.map((problem) => `${problem.subject}: ${problem.message}`),
    [
      "A photo of a tree: file not found: my_tree.gif",
      "A set of photos of trees: file not found: my_redwood.gif",
      "A set of photos of trees: file not found: my_oak.gif",
    ],
  );
});

test("buildPreviewModel() orders by order, then name, unset last", () => {
  const model = modelOf(job([scalar("b", 1), scalar("a", 1), scalar("z", 1, { order: 0 }), scalar("y", 1, { order: -2 })]));
  assert.deepEqual(model.metrics.map((card) => card.name), ["y", "z", "a", "b"]);
});

test("buildPreviewModel() hides an event metric no event references, and stands in for a metric an event lacks", () => {
  const message = job([scalar("orphan", 1, { eventMetric: true }), scalar("shown", 2, { eventMetric: true })], [], {
    events: [
      {
        eventId: ref("event-1"),
        name: "hard brake",
        description: "",
        tags: [],
        metrics: [ref("metric:shown"), ref("metric:gone")],
        status: MetricStatus.FAIL_WARN_METRIC_STATUS,
        importance: 0,
        timestampType: TimestampType.ABSOLUTE_TIMESTAMP,
      },
    ],
  });
  const model = modelOf(message);
  assert.deepEqual(model.metrics, []);
  assert.deepEqual(model.hiddenMetrics.map((card) => [card.name, card.hiddenReason]), [["orphan", "event metric that no event references"]]);
  const [event] = model.events;
  assert.equal(event!.time, undefined);
  assert.equal(event!.timeScale, "absolute");
  assert.deepEqual(
    event!.metrics.map((card) => [card.name, card.body]),
    [
      ["shown", { kind: "scalar", unit: "", failure: {}, value: 2 }],
      ['Metric "metric:gone"', { kind: "cannotDraw", reason: 'the event refers to metric "metric:gone", which is not in the file' }],
    ],
  );
});

test("buildPreviewModel() explains metrics it cannot draw, in the card and as a problem", () => {
  const cases: { name: string; values: Parameters<typeof metric>[1]; type?: number; reason: string }[] = [
    { name: "no values", values: { case: undefined }, reason: "the metric has no values" },
    {
      name: "wrong case",
      values: { case: "textMetricValues", value: { text: "hi" } },
      type: 7,
      reason: "the metric's type is Scalar but it holds text_metric_values",
    },
    {
      name: "missing data",
      values: { case: "imageMetricValues", value: { imageDataId: ref("nowhere") } },
      reason: 'image_data_id refers to data "nowhere", which is not in the file',
    },
    {
      name: "not a file",
      values: { case: "imageMetricValues", value: {} },
      reason: "image_data_id is not set",
    },
  ];
  const metrics = cases.map(({ name, values, type }) => metric(name, values, type === undefined ? {} : { type }));
  const model = modelOf(job(metrics));
  for (const { name, reason } of cases) {
    const card = model.metrics.find((c) => c.name === name)!;
    assert.deepEqual(card.body, { kind: "cannotDraw", reason }, name);
    assert.ok(model.problems.some((p) => p.subject === name && p.message === `cannot draw: ${reason}`), name);
  }
});

test("buildPreviewModel() names the list entry whose data is missing", () => {
  const model = modelOf(job([metric("pic", { case: "imageListMetricValues", value: { imageDataIds: [ref("f"), ref("s")] } })], [fileData("f", "a.png")]));
  assert.deepEqual(model.metrics[0]!.body, { kind: "cannotDraw", reason: 'image_data_ids[1] refers to data "s", which is not in the file' });
});

test("buildPreviewModel() lists validation problems with their rules and still draws what it can", () => {
  const message = JobMetrics.decode(readFixture("hello_world.binproto"));
  const metrics = message.jobLevelMetrics!.metrics;
  const histogram = metrics[5]!.metricValues!.metricValues;
  assert.equal(histogram.case, "histogramMetricValues");
  if (histogram.case === "histogramMetricValues") histogram.value.buckets[1]!.lower = -0.2;
  metrics[3]!.name = "";
  const model = modelOf(message);
  assert.deepEqual(model.problems.slice(0, 2), [
    { severity: "error", rule: "METRIC-01", message: "metrics[3] (LINE_PLOT): name is empty: every metric needs a name" },
    {
      severity: "error",
      rule: "HIST-03",
      message: 'metrics[5] "Localization error frequency" (HISTOGRAM): buckets[1].lower is -0.2, but buckets[0].upper is -0.3: buckets must be contiguous',
    },
  ]);
  assert.equal(model.metrics.length, 10);
  assert.equal(model.metrics.find((card) => card.name === "Localization error frequency")!.body.kind, "histogram");
  assert.equal(model.metrics.find((card) => card.name === "")!.body.kind, "linePlot");
});
