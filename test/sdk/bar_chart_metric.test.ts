import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { BarChartMetric, MetricImportance, MetricsRangeError, MetricsTypeError, MetricStatus, SeriesMetricsData, Timestamps } from "../../src/sdk/index.ts";
import { testWriter } from "./_helpers.ts";
import { helloWorld, written } from "./_upstream.ts";

describe("BarChartMetric", () => {
  test("BarChartMetric matches ReSim's output for hello world's \"Object detection\"", () => {
    const writer = testWriter();
    const classes = SeriesMetricsData.from("Object classes", helloWorld.values("Object classes") as string[]);
    const precision = SeriesMetricsData.from("Precision", helloWorld.values("Precision") as Float64Array, { index: classes });
    const recall = SeriesMetricsData.from("Recall", helloWorld.values("Recall") as Float64Array, { index: classes });
    const statuses = SeriesMetricsData.from("statuses_1", helloWorld.values("statuses_1") as Int32Array, { type: "status", index: classes });
    writer
      .addBarChartMetric("Object detection")
      .withDescription("perception metrics on object classes")
      .withStatus(MetricStatus.PASSED_METRIC_STATUS)
      .withImportance(MetricImportance.HIGH_IMPORTANCE)
      .withShouldDisplay(true)
      .withBlocking(false)
      .withOrder(4)
      .appendValuesData(precision, "Precision")
      .appendStatusesData(statuses)
      .appendValuesData(recall, "Recall")
      .appendStatusesData(statuses)
      .withXAxisName("Object types")
      .withYAxisName("precision/recall");
    assert.deepEqual(written(writer.write()), helloWorld.expected("Object detection"));
  });

  test("the builder names the bar chart and the field at fault", () => {
    const plain = SeriesMetricsData.from("plain", [1, 2]);
    const byTime = SeriesMetricsData.from("by time", [1, 2], { index: SeriesMetricsData.from("t", Timestamps.fromSeconds([0, 1])) });
    const cases: [(b: BarChartMetric) => unknown, typeof MetricsTypeError | typeof MetricsRangeError, string, string][] = [
      [(b) => b.appendValuesData(plain), MetricsTypeError, "values", 'Cannot add values to bar chart "Bars": values data "plain" has no index; bar charts need data indexed by strings'],
      [(b) => b.appendValuesData(byTime), MetricsTypeError, "values", 'Cannot add values to bar chart "Bars": values data "by time" is indexed by timestamps ("t"), not by strings'],
    ];
    for (const [build, type, field, message] of cases) {
      assert.throws(() => build(new BarChartMetric("Bars")), (e) => e instanceof type && e.message === message && e.field === field, message);
    }
  });
});
