import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { BatchwiseBarChartMetric, MetricImportance, MetricsRangeError, MetricsTypeError, MetricStatus, SeriesMetricsData, Timestamps } from "../../src/sdk/index.ts";
import { testWriter } from "./_helpers.ts";
import { upstreamAllTypes, written } from "./_upstream.ts";

describe("BatchwiseBarChartMetric", () => {
  test("BatchwiseBarChartMetric matches ReSim's \"Status Counts per Batch\"", () => {
    const writer = testWriter();
    const batches = SeriesMetricsData.from("Batch Ids", upstreamAllTypes.values("Batch Ids") as string[], { type: "uuid" });
    const metric = writer
      .addBatchwiseBarChartMetric("Status Counts per Batch")
      .withDescription("Count of each status per batch")
      .withStatus(MetricStatus.FAIL_WARN_METRIC_STATUS)
      .withImportance(MetricImportance.MEDIUM_IMPORTANCE)
      .withShouldDisplay(true)
      .withBlocking(false)
      .withOrder(9)
      .withProjectId("{4bbfdc85-fa8b-495a-9938-e3fc6f14cbc6}")
      .withColors(["#46ffd4", "#220050"]);
    for (const status of ["PASSED", "FAILED"]) {
      metric.appendCategoryData(
        status,
        SeriesMetricsData.from(`Batch Times: ${status}`, upstreamAllTypes.values(`Batch Times: ${status}`) as Timestamps, { index: batches }),
        SeriesMetricsData.from(`Status Counts ${status}`, upstreamAllTypes.values(`Status Counts ${status}`) as Float64Array, { index: batches }),
        SeriesMetricsData.from(`Status Counts Per Batch Status: ${status}`, upstreamAllTypes.values(`Status Counts Per Batch Status: ${status}`) as Int32Array, { type: "status", index: batches }),
      );
    }
    const { metric: actual, data } = written(writer.write());
    const expected = upstreamAllTypes.expected("Status Counts per Batch");
    assert.deepEqual(actual, expected.metric);
    assert.deepEqual(data, expected.data);
  });

  test("the builder names the chart and the field at fault", () => {
    const ids = SeriesMetricsData.from("ids", ["2cba1164-cf65-432c-a631-c27fbc2d41ec", "f51cccd4-d8ea-479c-8339-58c252d3a2a7"], { type: "uuid" });
    const times = SeriesMetricsData.from("times", Timestamps.fromSeconds([0, 1]), { index: ids });
    const values = SeriesMetricsData.from("values", [1, 2], { index: ids });
    const ok = SeriesMetricsData.from("ok", [1, 1], { type: "status", index: ids });
    const plainValues = SeriesMetricsData.from("plain", [1, 2]);
    const cases: [(b: BatchwiseBarChartMetric) => unknown, typeof MetricsTypeError | typeof MetricsRangeError, string, string][] = [
      [(b) => b.appendCategoryData("A", times, plainValues, ok), MetricsTypeError, "values", 'Cannot add category to batchwise bar chart "B": values data "plain" has no index; batchwise bar charts need data indexed by UUIDs'],
      [(b) => b.appendCategoryData("A", SeriesMetricsData.from("t2", Timestamps.fromSeconds([0, 1])), values, ok), MetricsTypeError, "times", 'Cannot add category to batchwise bar chart "B": values data "values" is indexed by "ids" but times data "t2" is not indexed'],
      [(b) => b.appendCategoryData(1 as never, times, values, ok), MetricsTypeError, "category", 'Cannot add category to batchwise bar chart "B": 1 is not a string'],
      [(b) => b.withColors(["red"]), MetricsRangeError, "colors", 'Cannot set colors of batchwise bar chart "B": color "red" is not #rrggbb or #rrggbbaa'],
      [(b) => b.withProjectId("p"), MetricsRangeError, "projectId", 'Cannot set project id of batchwise bar chart "B": project id "p" is not a UUID'],
    ];
    for (const [build, type, field, message] of cases) {
      assert.throws(() => build(new BatchwiseBarChartMetric("B")), (e) => e instanceof type && e.message === message && e.field === field, message);
    }
  });
});
