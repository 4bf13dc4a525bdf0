import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { DoubleOverTimeMetric, MetricImportance, MetricsRangeError, MetricsTypeError, MetricStatus, SeriesMetricsData, Timestamp, Timestamps } from "../../src/sdk/index.ts";
import { firstMetricJson, testWriter } from "./_helpers.ts";
import { helloWorld, written } from "./_upstream.ts";

describe("DoubleOverTimeMetric", () => {
  test("DoubleOverTimeMetric writes the metrics-writer docs' example field by field", () => {
    const writer = testWriter();
    const timestamps = SeriesMetricsData.from("Log timestamps", Timestamps.fromSeconds(Array.from({ length: 11 }, (_, i) => i)), { unit: "Timestamp" });
    const error = SeriesMetricsData.from("Localization error", Array.from({ length: 11 }, (_, i) => i / 20), { index: timestamps });
    const statuses = SeriesMetricsData.from("Localization error statuses", new Array<1>(11).fill(1), { type: "status", index: timestamps });
    writer
      .addDoubleOverTimeMetric("Localization error")
      .withDescription("Accumulated error in localization over time")
      .appendDoublesOverTimeData(error)
      .appendStatusesOverTimeData(statuses)
      .withFailureDefinitions([{ failsBelow: 0.0, failsAbove: 1.0 }])
      .withStartTime(new Timestamp(0))
      .withEndTime(new Timestamp(10))
      .withYAxisName("Error (%)")
      .withLegendSeriesNames(["Error"])
      .withStatus(MetricStatus.PASSED_METRIC_STATUS)
      .withImportance(MetricImportance.HIGH_IMPORTANCE)
      .withTag("err_count", "32")
      .withShouldDisplay(true)
      .withBlocking(false);
    assert.deepEqual(firstMetricJson(writer.write()), {
      metricId: { id: { data: "metric:Localization error" } },
      name: "Localization error",
      type: "DOUBLE_OVER_TIME_METRIC_TYPE",
      description: "Accumulated error in localization over time",
      status: "PASSED_METRIC_STATUS",
      shouldDisplay: true,
      metricValues: {
        doubleOverTimeMetricValues: {
          doublesOverTimeDataId: [{ id: { data: "data:Localization error" } }],
          statusesOverTimeDataId: [{ id: { data: "data:Localization error statuses" } }],
          failureDefinition: [{ failsAbove: 1, failsBelow: 0 }],
          startTime: "1970-01-01T00:00:00Z",
          endTime: "1970-01-01T00:00:10Z",
          yAxisName: "Error (%)",
          legendSeriesNames: ["Error"],
        },
      },
      blocking: false,
      importance: "HIGH_IMPORTANCE",
      jobId: { id: { data: "job" } },
      order: 0,
      tags: [{ key: "err_count", value: "32" }],
    });
  });

  test("DoubleOverTimeMetric matches ReSim's output for hello world's \"Convergence over time\", built in its script's order: failure definitions before series", () => {
    const writer = testWriter();
    const times = SeriesMetricsData.from("times", helloWorld.values("times") as Timestamps);
    const metric = writer
      .addDoubleOverTimeMetric("Convergence over time")
      .withDescription("Error values over time for various arguments, omitted when zero.")
      .withStatus(MetricStatus.PASSED_METRIC_STATUS)
      .withImportance(MetricImportance.ZERO_IMPORTANCE)
      .withShouldDisplay(true)
      .withBlocking(false)
      .withOrder(1)
      .withStartTime(new Timestamp(0))
      .withEndTime(new Timestamp(1))
      .withYAxisName("log10|error|")
      .withFailureDefinitions([{}, {}, {}]);
    const args = ["3.1415926575897934", "0.5", "2.0"];
    for (const arg of args) metric.appendDoublesOverTimeData(SeriesMetricsData.from(`dot_data_${arg}`, helloWorld.values(`dot_data_${arg}`) as Float64Array, { index: times }), `arg=${arg}`);
    for (const arg of args) metric.appendStatusesOverTimeData(SeriesMetricsData.from(`dot_status_data_${arg}`, helloWorld.values(`dot_status_data_${arg}`) as Int32Array, { type: "status", index: times }));
    assert.deepEqual(written(writer.write()), helloWorld.expected("Convergence over time"));
  });

  test("series without failure definitions are written with empty ones, which the validator accepts", () => {
    const writer = testWriter();
    const t = SeriesMetricsData.from("t", Timestamps.fromSeconds([0, 1]));
    writer
      .addDoubleOverTimeMetric("d")
      .withStatus(MetricStatus.PASSED_METRIC_STATUS)
      .withImportance(MetricImportance.LOW_IMPORTANCE)
      .appendDoublesOverTimeData(SeriesMetricsData.from("v", [1, 2], { index: t }))
      .appendStatusesOverTimeData(SeriesMetricsData.from("s", [1, 1], { type: "status", index: t }));
    const values = writer.write().message.jobLevelMetrics!.metrics[0]!.metricValues!.metricValues;
    assert.deepEqual(values.case === "doubleOverTimeMetricValues" && values.value.failureDefinition, [{}]);
  });

  test("the builder names the metric and the field at fault", () => {
    const t = SeriesMetricsData.from("t", Timestamps.fromSeconds([0, 1]));
    const plain = SeriesMetricsData.from("plain", [1, 2]);
    const v = SeriesMetricsData.from("v", [1, 2], { index: t });
    const cases: [(d: DoubleOverTimeMetric) => unknown, typeof MetricsTypeError | typeof MetricsRangeError, string, string][] = [
      [(d) => d.appendDoublesOverTimeData(plain), MetricsTypeError, "doubles", 'Cannot add doubles to double-over-time metric "Err": doubles data "plain" has no index; double-over-time metrics need data indexed by timestamps'],
      [(d) => d.appendDoublesOverTimeData(v).withFailureDefinitions([{ failsAbove: Number.NaN }]), MetricsRangeError, "failureDefinitions", 'Cannot set failure definitions of double-over-time metric "Err": failsAbove is NaN'],
      [(d) => d.withStartTime(5 as never), MetricsTypeError, "startTime", 'Cannot set start time of double-over-time metric "Err": 5 is not a Timestamp'],
    ];
    for (const [build, type, field, message] of cases) {
      assert.throws(() => build(new DoubleOverTimeMetric("Err")), (e) => e instanceof type && e.message === message && e.field === field, message);
    }
  });
});
