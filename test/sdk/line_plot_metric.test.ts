import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { GroupedMetricsData, LinePlotMetric, MetricImportance, MetricsRangeError, MetricsTypeError, MetricStatus, SeriesMetricsData, Timestamps } from "../../src/sdk/index.ts";
import { testWriter } from "./_helpers.ts";
import { helloWorld, written } from "./_upstream.ts";

describe("LinePlotMetric", () => {
  test("LinePlotMetric matches ReSim's output for hello world's \"Angular Acceleration\"", () => {
    const writer = testWriter();
    const time = SeriesMetricsData.from("Time", helloWorld.values("Time") as Float64Array, { unit: "s" });
    const statuses = SeriesMetricsData.from("statuses", helloWorld.values("statuses") as Int32Array, { type: "status" });
    const metric = writer
      .addLinePlotMetric("Angular Acceleration")
      .withDescription("Angular acceleration about pitch yaw roll axes.")
      .withStatus(MetricStatus.PASSED_METRIC_STATUS)
      .withImportance(MetricImportance.HIGH_IMPORTANCE)
      .withShouldDisplay(true)
      .withBlocking(false)
      .withOrder(3)
      .withXAxisName("Time")
      .withYAxisName("Angular accel");
    for (const axis of ["roll", "pitch", "yaw"]) {
      metric.appendSeriesData(time, SeriesMetricsData.from(axis, helloWorld.values(axis) as Float64Array, { unit: "rad/s/s" }), axis);
    }
    metric.appendStatusesData(statuses).appendStatusesData(statuses).appendStatusesData(statuses);
    assert.deepEqual(written(writer.write()), helloWorld.expected("Angular Acceleration"));
  });

  test("appendSeriesData() accepts x and y indexed by the same timestamps", () => {
    const time = SeriesMetricsData.from("t", Timestamps.fromSeconds([0, 1]));
    const x = SeriesMetricsData.from("x", [0, 1], { index: time });
    const y = SeriesMetricsData.from("y", [2, 3], { index: time });
    const plot = new LinePlotMetric("p").appendSeriesData(x, y).appendStatusesData(SeriesMetricsData.from("s", [1, 1], { type: "status", index: time }));
    assert.equal(plot.series[0]!.statuses?.name, "s");
  });

  test("the builder names the line plot and the field at fault", () => {
    const x = SeriesMetricsData.from("x", [0, 1, 2]);
    const y = SeriesMetricsData.from("y", [0, 1]);
    const labels = SeriesMetricsData.from("labels", ["a", "b", "c"]);
    const byLabel = SeriesMetricsData.from("by label", [1, 2, 3], { index: labels });
    const grouped = GroupedMetricsData.from("g", { a: [1, 2, 3] });
    const cases: [(p: LinePlotMetric) => unknown, typeof MetricsTypeError | typeof MetricsRangeError, string, string][] = [
      [(p) => p.appendSeriesData(x, y), MetricsRangeError, "y", 'Cannot add series to line plot "Speed": x data "x" has 3 values but y data "y" has 2'],
      [(p) => p.appendSeriesData(x, labels as never), MetricsTypeError, "y", 'Cannot add series to line plot "Speed": y data "labels" holds strings, not doubles'],
      [(p) => p.appendSeriesData(byLabel, byLabel), MetricsTypeError, "x", 'Cannot add series to line plot "Speed": x data "by label" is indexed by strings ("labels"), not by timestamps'],
      [(p) => p.appendSeriesData(grouped, grouped), MetricsTypeError, "x", 'Cannot add series to line plot "Speed": x data "g" is per category, which line plots do not support'],
      [(p) => p.appendSeriesData(x, x, 5 as never), MetricsTypeError, "legend", 'Cannot add series to line plot "Speed": 5 is not a string'],
      [(p) => p.appendSeriesData(x, x).appendStatusesData(x as never), MetricsTypeError, "statuses", 'Cannot add statuses to line plot "Speed": status data "x" holds doubles, not statuses'],
      [(p) => p.withXAxisName(1 as never), MetricsTypeError, "xAxisName", 'Cannot set x-axis name of line plot "Speed": 1 is not a string'],
    ];
    for (const [build, type, field, message] of cases) {
      assert.throws(() => build(new LinePlotMetric("Speed")), (e) => e instanceof type && e.message === message && e.field === field && e.subject === "Speed", message);
    }
  });
});
