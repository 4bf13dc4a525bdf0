import { describe, test } from "node:test";
import assert from "node:assert/strict";
import fc from "fast-check";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import {
  equalWidthBuckets,
  ExternalFileMetricsData,
  type Metric,
  MetricImportance,
  MetricStatus,
  type MetricsWriter,
  SeriesMetricsData,
  Timestamp,
  Timestamps,
} from "../../src/sdk/index.ts";
import { useTempFolder } from "../_temp_tree.ts";
import { testWriter } from "./_helpers.ts";

/** One builder call; calls of the same `group` keep their relative order (the second series stays second). */
interface Call {
  readonly group: string;
  readonly apply: (metric: never) => unknown;
}

/** How to build one metric of each type: a fresh metric and the calls that fill it, made on fresh data each time. */
interface Recipe {
  readonly create: (writer: MetricsWriter) => Metric;
  readonly calls: (outputsDir: string) => readonly Call[];
}

let calls = 0;
/** A call that no other call must follow or precede. */
const alone = (apply: (metric: never) => unknown): Call => ({ group: `call ${calls++}`, apply });
const common: readonly Call[] = [
  alone((m: Metric) => m.withDescription("described")),
  alone((m: Metric) => m.withStatus(MetricStatus.PASSED_METRIC_STATUS)),
  alone((m: Metric) => m.withImportance(MetricImportance.HIGH_IMPORTANCE)),
  alone((m: Metric) => m.withShouldDisplay(true)),
  alone((m: Metric) => m.withBlocking(false)),
  alone((m: Metric) => m.withOrder(2)),
  alone((m: Metric) => m.withTag("team", "planning")),
];

function timeData() {
  const t = SeriesMetricsData.from("t", Timestamps.fromSeconds([0, 1, 2]));
  return {
    t,
    doubles: (name: string, values: number[]) => SeriesMetricsData.from(name, values, { index: t }),
    statuses: (name: string) => SeriesMetricsData.from(name, [1, 1, 2], { type: "status", index: t }),
  };
}

function imageFile(outputsDir: string, name: string): ExternalFileMetricsData {
  writeFileSync(join(outputsDir, name), "GIF89a");
  return new ExternalFileMetricsData(name, join(outputsDir, name), { outputsDir });
}

const recipes: Record<string, Recipe> = {
  scalar: {
    create: (w) => w.addScalarMetric("scalar"),
    calls: () => [alone((m: ReturnType<MetricsWriter["addScalarMetric"]>) => m.withValue(2)), alone((m: ReturnType<MetricsWriter["addScalarMetric"]>) => m.withUnit("m")), alone((m: ReturnType<MetricsWriter["addScalarMetric"]>) => m.withFailureDefinition({ failsAbove: 5 }))],
  },
  "double over time": {
    create: (w) => w.addDoubleOverTimeMetric("dot"),
    calls: () => {
      type M = ReturnType<MetricsWriter["addDoubleOverTimeMetric"]>;
      const { doubles, statuses } = timeData();
      const [a, b, sa, sb] = [doubles("a", [1, 2, 3]), doubles("b", [3, 2, 1]), statuses("sa"), statuses("sb")];
      return [
        { group: "series", apply: (m: M) => m.appendDoublesOverTimeData(a, "first") },
        { group: "series", apply: (m: M) => m.appendDoublesOverTimeData(b) },
        { group: "statuses", apply: (m: M) => m.appendStatusesOverTimeData(sa) },
        { group: "statuses", apply: (m: M) => m.appendStatusesOverTimeData(sb) },
        alone((m: M) => m.withFailureDefinitions([{ failsAbove: 4 }, {}])),
        alone((m: M) => m.withStartTime(new Timestamp(0))),
        alone((m: M) => m.withEndTime(new Timestamp(2))),
        alone((m: M) => m.withYAxisName("y")),
        alone((m: M) => m.withLegendSeriesNames(["A", "B"])),
      ];
    },
  },
  "line plot": {
    create: (w) => w.addLinePlotMetric("line"),
    calls: () => {
      type M = ReturnType<MetricsWriter["addLinePlotMetric"]>;
      const x = SeriesMetricsData.from("x", [0, 1, 2]);
      const [y1, y2] = [SeriesMetricsData.from("y1", [1, 2, 3]), SeriesMetricsData.from("y2", [2, 2, 2])];
      const [s1, s2] = ["s1", "s2"].map((name) => SeriesMetricsData.from(name, [1, 1, 1], { type: "status" }));
      return [
        { group: "series", apply: (m: M) => m.appendSeriesData(x, y1, "one") },
        { group: "series", apply: (m: M) => m.appendSeriesData(x, y2) },
        { group: "statuses", apply: (m: M) => m.appendStatusesData(s1!) },
        { group: "statuses", apply: (m: M) => m.appendStatusesData(s2!) },
        alone((m: M) => m.withXAxisName("x")),
        alone((m: M) => m.withYAxisName("y")),
        alone((m: M) => m.withLegendSeriesNames(["One", "Two"])),
      ];
    },
  },
  "bar chart": {
    create: (w) => w.addBarChartMetric("bars"),
    calls: () => {
      type M = ReturnType<MetricsWriter["addBarChartMetric"]>;
      const labels = SeriesMetricsData.from("labels", ["car", "truck"]);
      const [v1, v2] = [SeriesMetricsData.from("v1", [0.5, 0.7], { index: labels }), SeriesMetricsData.from("v2", [0.1, 0.2], { index: labels })];
      const [s1, s2] = ["s1", "s2"].map((name) => SeriesMetricsData.from(name, [1, 1], { type: "status", index: labels }));
      return [
        { group: "series", apply: (m: M) => m.appendValuesData(v1, "first") },
        { group: "series", apply: (m: M) => m.appendValuesData(v2) },
        { group: "statuses", apply: (m: M) => m.appendStatusesData(s1!) },
        { group: "statuses", apply: (m: M) => m.appendStatusesData(s2!) },
        alone((m: M) => m.withStackBars(true)),
        alone((m: M) => m.withXAxisName("class")),
        alone((m: M) => m.withYAxisName("precision")),
        alone((m: M) => m.withLegendSeriesNames(["V1", "V2"])),
      ];
    },
  },
  "states over time": {
    create: (w) => w.addStatesOverTimeMetric("states"),
    calls: () => {
      type M = ReturnType<MetricsWriter["addStatesOverTimeMetric"]>;
      const { t, statuses } = timeData();
      const modes = SeriesMetricsData.from("modes", ["idle", "drive", "idle"], { index: t });
      const modeStatuses = statuses("mode statuses");
      return [
        alone((m: M) => m.appendStatesOverTimeData(modes, "Mode")),
        alone((m: M) => m.appendStatusesOverTimeData(modeStatuses)),
        alone((m: M) => m.withStatesSet(["idle", "drive", "fault"])),
        alone((m: M) => m.withFailureStates(["fault"])),
        alone((m: M) => m.withLegendSeriesNames(["Operating mode"])),
      ];
    },
  },
  histogram: {
    create: (w) => w.addHistogramMetric("histogram"),
    calls: () => {
      type M = ReturnType<MetricsWriter["addHistogramMetric"]>;
      const values = SeriesMetricsData.from("values", [0.1, 0.6, 0.9]);
      const statuses = SeriesMetricsData.from("statuses", [1, 1, 1], { type: "status" });
      return [
        alone((m: M) => m.withValuesData(values)),
        alone((m: M) => m.withStatusesData(statuses)),
        alone((m: M) => m.withBuckets(equalWidthBuckets(0, 1, 2))),
        alone((m: M) => m.withLowerBound(0)),
        alone((m: M) => m.withUpperBound(1)),
        alone((m: M) => m.withXAxisName("error")),
      ];
    },
  },
  "double summary": {
    create: (w) => w.addDoubleSummaryMetric("summary"),
    calls: () => {
      type M = ReturnType<MetricsWriter["addDoubleSummaryMetric"]>;
      const ids = SeriesMetricsData.from("ids", ["2cba1164-cf65-432c-a631-c27fbc2d41ec", "f51cccd4-d8ea-479c-8339-58c252d3a2a7"], { type: "uuid" });
      const values = SeriesMetricsData.from("values", [1, 2], { index: ids });
      const statuses = SeriesMetricsData.from("statuses", [1, 1], { type: "status", index: ids });
      return [
        alone((m: M) => m.withValueData(values)),
        alone((m: M) => m.withStatusData(statuses)),
        alone((m: M) => m.withIndex("f51cccd4-d8ea-479c-8339-58c252d3a2a7")),
        alone((m: M) => m.withFailureDefinition({ failsBelow: 0 })),
      ];
    },
  },
  plotly: {
    create: (w) => w.addPlotlyMetric("plotly"),
    calls: () => [alone((m: ReturnType<MetricsWriter["addPlotlyMetric"]>) => m.withPlotlyData({ data: [{ type: "bar", y: [1, 2] }] }))],
  },
  image: {
    create: (w) => w.addImageMetric("image"),
    calls: (outputsDir) => {
      const image = imageFile(outputsDir, "one.gif");
      return [alone((m: ReturnType<MetricsWriter["addImageMetric"]>) => m.withImageData(image))];
    },
  },
  "image list": {
    create: (w) => w.addImageListMetric("images"),
    calls: (outputsDir) => {
      const [one, two] = [imageFile(outputsDir, "one.gif"), imageFile(outputsDir, "two.gif")];
      return [
        { group: "images", apply: (m: ReturnType<MetricsWriter["addImageListMetric"]>) => m.appendImageData(one) },
        { group: "images", apply: (m: ReturnType<MetricsWriter["addImageListMetric"]>) => m.appendImageData(two) },
      ];
    },
  },
  "batchwise bar chart": {
    create: (w) => w.addBatchwiseBarChartMetric("batchwise"),
    calls: () => {
      type M = ReturnType<MetricsWriter["addBatchwiseBarChartMetric"]>;
      const batches = SeriesMetricsData.from("batches", ["2cba1164-cf65-432c-a631-c27fbc2d41ec", "f51cccd4-d8ea-479c-8339-58c252d3a2a7"], { type: "uuid" });
      const category = (name: string) =>
        [
          SeriesMetricsData.from(`${name} times`, Timestamps.fromSeconds([10, 20]), { index: batches }),
          SeriesMetricsData.from(`${name} counts`, [3, 4], { index: batches }),
          SeriesMetricsData.from(`${name} statuses`, [1, 1], { type: "status", index: batches }),
        ] as const;
      const [passed, failed] = [category("passed"), category("failed")];
      return [
        { group: "categories", apply: (m: M) => m.appendCategoryData("PASSED", ...passed) },
        { group: "categories", apply: (m: M) => m.appendCategoryData("FAILED", ...failed) },
        alone((m: M) => m.withColors(["#00aa00", "#aa0000"])),
        alone((m: M) => m.withProjectId("0b6f1c2e-3a4d-4e5f-8a9b-0c1d2e3f4a5b")),
        alone((m: M) => m.withStackBars(false)),
        alone((m: M) => m.withXAxisName("batch")),
        alone((m: M) => m.withYAxisName("count")),
      ];
    },
  },
  text: {
    create: (w) => w.addTextMetric("text"),
    calls: () => [alone((m: ReturnType<MetricsWriter["addTextMetric"]>) => m.withText("All good"))],
  },
};

/** The bytes written after making `calls` in `order` (positions into the recipe's calls). */
function writeInOrder(recipe: Recipe, outputsDir: string, order: readonly number[]): Uint8Array {
  const writer = testWriter(outputsDir);
  const metric = recipe.create(writer);
  const calls = [...common, ...recipe.calls(outputsDir)];
  for (const k of order) calls[k]!.apply(metric as never);
  return writer.write().bytes;
}

/** `shuffled` with the members of each group put back in their original relative order. */
function keepGroupOrder(calls: readonly Call[], shuffled: readonly number[]): number[] {
  const queues = new Map<string, number[]>();
  calls.forEach((call, k) => queues.set(call.group, [...(queues.get(call.group) ?? []), k]));
  return shuffled.map((k) => queues.get(calls[k]!.group)!.shift()!);
}

describe("builder call order", () => {
  const outputsDir = useTempFolder();

  test("recipes cover all 12 metric types", () => {
    assert.equal(Object.keys(recipes).length, 12);
  });

  for (const [type, recipe] of Object.entries(recipes)) {
    test(`the ${type} metric is written the same whatever order its builder calls are made in`, () => {
      const count = common.length + recipe.calls(outputsDir).length;
      const inOrder = [...Array(count).keys()];
      const expected = writeInOrder(recipe, outputsDir, inOrder);
      const reversed = keepGroupOrder([...common, ...recipe.calls(outputsDir)], [...inOrder].reverse());
      assert.deepEqual(writeInOrder(recipe, outputsDir, reversed), expected, "reversed");
      fc.assert(
        fc.property(fc.shuffledSubarray(inOrder, { minLength: count, maxLength: count }), (shuffled) => {
          const order = keepGroupOrder([...common, ...recipe.calls(outputsDir)], shuffled);
          assert.deepEqual(writeInOrder(recipe, outputsDir, order), expected, `order ${order.join(",")}`);
        }),
        { seed: 13, numRuns: 40 },
      );
    });
  }
});

describe("consistency at write()", () => {
  const t = SeriesMetricsData.from("t", Timestamps.fromSeconds([0, 1]));
  const byTime = (name: string) => SeriesMetricsData.from(name, [1, 2], { index: t });
  const statusesByTime = (name: string) => SeriesMetricsData.from(name, [1, 1], { type: "status", index: t });
  const labels = SeriesMetricsData.from("labels", ["a", "b"]);
  const ids = SeriesMetricsData.from("ids", ["2cba1164-cf65-432c-a631-c27fbc2d41ec"], { type: "uuid" });
  const cases: [string, (w: MetricsWriter) => unknown, string][] = [
    [
      "failure definitions that are not one per series",
      (w) => w.addDoubleOverTimeMetric("Err").withFailureDefinitions([{}, {}]).appendDoublesOverTimeData(byTime("v")).appendStatusesOverTimeData(statusesByTime("s")),
      'metrics[0] "Err" (DOUBLE_OVER_TIME): failure_definition has 2 entries, but doubles_over_time_data_id has 1: the lists are parallel [DOT-02]',
    ],
    [
      "statuses appended with no series",
      (w) => w.addLinePlotMetric("Speed").appendStatusesData(SeriesMetricsData.from("ok", [1, 1], { type: "status" })),
      'metrics[0] "Speed" (LINE_PLOT): statuses_data_id has 1 entry, but x_doubles_data_id has 0: the lists are parallel [LINE-02]',
    ],
    [
      "statuses of another length than their series",
      (w) => w.addLinePlotMetric("Speed").appendStatusesData(SeriesMetricsData.from("s2", [1], { type: "status" })).appendSeriesData(SeriesMetricsData.from("x", [0, 1]), SeriesMetricsData.from("y", [0, 1])),
      'metrics[0] "Speed" (LINE_PLOT): x_doubles_data_id[0] refers to "x" (metrics_data[0]), which has 2 values, but its status data "s2" (metrics_data[2]) has 1 value [LINE-03 > VS-11 > AGREE-03] (and 1 more)',
    ],
    [
      "legend names that are not one per series",
      (w) => w.addBarChartMetric("Bars").withLegendSeriesNames([]).appendValuesData(SeriesMetricsData.from("values", [1, 2], { index: labels })).appendStatusesData(SeriesMetricsData.from("s", [1, 1], { type: "status", index: labels })),
      'Cannot write bar chart "Bars": 0 legend names given for 1 series (give one legend name per series)',
    ],
    [
      "a state outside the states set",
      (w) => w.addStatesOverTimeMetric("Mode").withStatesSet(["idle"]).appendStatesOverTimeData(SeriesMetricsData.from("modes", ["idle", "drive"], { index: t })).appendStatusesOverTimeData(statusesByTime("s")),
      'metrics[0] "Mode" (STATES_OVER_TIME): states_over_time_data_id[0] refers to "modes" (metrics_data[0]), whose 1 state "drive" is not in states_set [SOT-03]',
    ],
    [
      "a failure state outside the states set",
      (w) => w.addStatesOverTimeMetric("Mode").withFailureStates(["fault"]).withStatesSet(["idle"]).appendStatesOverTimeData(SeriesMetricsData.from("modes", ["idle", "idle"], { index: t })).appendStatusesOverTimeData(statusesByTime("s")),
      'metrics[0] "Mode" (STATES_OVER_TIME): failure_states "fault" is not in states_set: failure states must be states [SOT-04]',
    ],
    [
      "a histogram bound that is not the buckets' edge",
      (w) => w.addHistogramMetric("H").withLowerBound(-1).withBuckets(equalWidthBuckets(0, 1, 2)).withValuesData(SeriesMetricsData.from("v", [0.5])).withStatusesData(SeriesMetricsData.from("s", [1], { type: "status" })),
      'metrics[0] "H" (HISTOGRAM): buckets[0].lower is 0, but lower_bound is -1: the first bucket must start at lower_bound [HIST-02]',
    ],
    [
      "histogram statuses of another length than the values",
      (w) => w.addHistogramMetric("H").withStatusesData(SeriesMetricsData.from("s", [1], { type: "status" })).withBuckets(equalWidthBuckets(0, 1, 2)).withValuesData(SeriesMetricsData.from("v", [0.5, 0.7])),
      'metrics[0] "H" (HISTOGRAM): values_data_id refers to "v" (metrics_data[0]), which has 2 values, but its status data "s" (metrics_data[1]) has 1 value [HIST-01 > VS-11 > AGREE-03]',
    ],
    [
      "a summary key that does not suit the value data's index",
      (w) => w.addDoubleSummaryMetric("Sum").withIndex(new Timestamp(0)).withValueData(SeriesMetricsData.from("by label", [1, 2], { index: labels })).withStatusData(SeriesMetricsData.from("s", [1, 1], { type: "status", index: labels })),
      'Cannot write double summary "Sum": a timestamp index needs value data indexed by timestamps, but value data "by label" is indexed by strings',
    ],
    [
      "a summary key that is not one of the value data's UUIDs",
      (w) => w.addDoubleSummaryMetric("Sum").withIndex("x").withValueData(SeriesMetricsData.from("by id", [1], { index: ids })).withStatusData(SeriesMetricsData.from("s", [1], { type: "status", index: ids })),
      'Cannot write double summary "Sum": "x" is not a UUID, and value data "by id" is indexed by UUIDs',
    ],
  ];
  for (const [name, build, message] of cases) {
    test(`write() reports ${name}, naming the metric`, () => {
      const writer = testWriter();
      build(writer);
      for (const metric of writer.metrics) metric.withStatus(MetricStatus.PASSED_METRIC_STATUS).withImportance(MetricImportance.HIGH_IMPORTANCE);
      assert.throws(() => writer.write(), (e) => e instanceof Error && e.message === message, message);
    });
  }
});
