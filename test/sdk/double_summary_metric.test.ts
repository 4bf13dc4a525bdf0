import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { DoubleSummaryMetric, GroupedMetricsData, MetricImportance, MetricsRangeError, MetricsTypeError, MetricStatus, SeriesMetricsData, Timestamp, Timestamps } from "../../src/sdk/index.ts";
import { firstMetricJson, testWriter } from "./_helpers.ts";
import { helloWorld, written } from "./_upstream.ts";

describe("DoubleSummaryMetric", () => {
  test("DoubleSummaryMetric matches ReSim's output for hello world's per-category \"Final Value Summary\"", () => {
    const writer = testWriter();
    const categories = ["sin(3.1415926575897934)", "sin(0.5)", "sin(2.0)"];
    const values = GroupedMetricsData.from("final_value_data", new Map(categories.map((c) => [c, helloWorld.values("final_value_data", c) as Float64Array])));
    const statuses = GroupedMetricsData.from("final_value_statuses", new Map(categories.map((c) => [c, helloWorld.values("final_value_statuses", c) as Int32Array])), { type: "status" });
    writer
      .addDoubleSummaryMetric("Final Value Summary")
      .withDescription("Final converged values for various arguments")
      .withStatus(MetricStatus.PASSED_METRIC_STATUS)
      .withImportance(MetricImportance.ZERO_IMPORTANCE)
      .withShouldDisplay(true)
      .withBlocking(false)
      .withOrder(0)
      .withValueData(values)
      .withStatusData(statuses)
      .withFailureDefinition({});
    assert.deepEqual(written(writer.write()), helloWorld.expected("Final Value Summary"));
  });

  test("withIndex() writes positions, timestamps, strings and UUIDs in their own oneof case", () => {
    const ids = ["2cba1164-cf65-432c-a631-c27fbc2d41ec", "f51cccd4-d8ea-479c-8339-58c252d3a2a7"];
    const indexes = {
      timestamps: SeriesMetricsData.from("times", Timestamps.fromSeconds([0, 1])),
      strings: SeriesMetricsData.from("labels", ["a", "b"]),
      uuids: SeriesMetricsData.from("ids", ids, { type: "uuid" }),
    };
    const cases: [keyof typeof indexes | undefined, number | string | Timestamp, object][] = [
      [undefined, 1, { seriesIndex: 1 }],
      ["timestamps", new Timestamp(1), { timestampIndex: "1970-01-01T00:00:01Z" }],
      ["strings", "b", { stringIndex: "b" }],
      ["uuids", ids[1]!, { uuidIndex: { data: ids[1] } }],
    ];
    for (const [indexName, index, expected] of cases) {
      const writer = testWriter();
      const by = indexName === undefined ? {} : { index: indexes[indexName] };
      writer
        .addDoubleSummaryMetric("s")
        .withStatus(MetricStatus.PASSED_METRIC_STATUS)
        .withImportance(MetricImportance.LOW_IMPORTANCE)
        .withValueData(SeriesMetricsData.from("v", [1, 2], by))
        .withStatusData(SeriesMetricsData.from("st", [1, 1], { type: "status", ...by }))
        .withIndex(index);
      const values = (firstMetricJson(writer.write()) as { metricValues: { doubleMetricValues: Record<string, unknown> } }).metricValues.doubleMetricValues;
      assert.deepEqual({ ...values, valueDataId: undefined, statusDataId: undefined }, { ...expected, valueDataId: undefined, statusDataId: undefined }, String(index));
    }
  });

  test("the builder names the summary and the field at fault", () => {
    const cases: [(d: DoubleSummaryMetric) => unknown, typeof MetricsTypeError | typeof MetricsRangeError, string, string][] = [
      [(d) => d.withIndex(-1), MetricsRangeError, "index", 'Cannot set index of double summary "Sum": position -1 is not an integer from 0 to 4294967295'],
      [(d) => d.withIndex(1.5), MetricsRangeError, "index", 'Cannot set index of double summary "Sum": position 1.5 is not an integer from 0 to 4294967295'],
      [(d) => d.withIndex(true as never), MetricsTypeError, "index", 'Cannot set index of double summary "Sum": the index is not a number, a string or a Timestamp'],
      [(d) => d.withFailureDefinition({ failsBelow: "1" as never }), MetricsTypeError, "failureDefinition", 'Cannot set failure definition of double summary "Sum": failsBelow is string, not a number'],
    ];
    for (const [build, type, field, message] of cases) {
      assert.throws(() => build(new DoubleSummaryMetric("Sum")), (e) => e instanceof type && e.message === message && e.field === field, message);
    }
  });
});
