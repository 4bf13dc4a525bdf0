import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { equalWidthBuckets, GroupedMetricsData, HistogramMetric, MetricImportance, MetricsRangeError, MetricsTypeError, MetricStatus, SeriesMetricsData } from "../../src/sdk/index.ts";
import { testWriter } from "./_helpers.ts";
import { helloWorld, written } from "./_upstream.ts";

describe("HistogramMetric", () => {
  test("HistogramMetric matches ReSim's output for hello world's \"Localization error frequency\"", () => {
    const writer = testWriter();
    const edges = [-0.5, -0.3, -0.1, 0.1, 0.3, 0.5];
    writer
      .addHistogramMetric("Localization error frequency")
      .withDescription("Frequency over magnitude of localization error")
      .withStatus(MetricStatus.PASSED_METRIC_STATUS)
      .withImportance(MetricImportance.HIGH_IMPORTANCE)
      .withShouldDisplay(true)
      .withBlocking(false)
      .withOrder(5)
      .withValuesData(SeriesMetricsData.from("localization error", helloWorld.values("localization error") as Float64Array, { unit: "m/s" }))
      .withStatusesData(SeriesMetricsData.from("statuses_3", helloWorld.values("statuses_3") as Int32Array, { type: "status" }))
      .withBuckets(edges.slice(1).map((upper, i) => ({ lower: edges[i]!, upper })))
      .withLowerBound(-0.5)
      .withUpperBound(0.5)
      .withXAxisName("localization error (m)");
    assert.deepEqual(written(writer.write()), helloWorld.expected("Localization error frequency"));
  });

  test("the bounds default to the outer bucket edges", () => {
    const writer = testWriter();
    writer
      .addHistogramMetric("h")
      .withStatus(MetricStatus.PASSED_METRIC_STATUS)
      .withImportance(MetricImportance.LOW_IMPORTANCE)
      .withValuesData(SeriesMetricsData.from("v", [0.5]))
      .withStatusesData(SeriesMetricsData.from("s", [1], { type: "status" }))
      .withBuckets(equalWidthBuckets(0, 1, 4));
    const values = writer.write().message.jobLevelMetrics!.metrics[0]!.metricValues!.metricValues;
    assert.ok(values.case === "histogramMetricValues");
    assert.deepEqual([values.value.lowerBound, values.value.upperBound], [0, 1]);
  });

  test("the builder names the histogram and the field at fault", () => {
    const cases: [(h: HistogramMetric) => unknown, typeof MetricsTypeError | typeof MetricsRangeError, string, string][] = [
      [(h) => h.withBuckets([]), MetricsRangeError, "buckets", 'Cannot set buckets of histogram "H": there are no buckets'],
      [(h) => h.withBuckets([{ lower: 0, upper: 1 }, { lower: 0.5, upper: 2 }]), MetricsRangeError, "buckets", 'Cannot set buckets of histogram "H": bucket 1 [0.5, 2) overlaps bucket 0 [0, 1) (each bucket must start where the previous one ends)'],
      [(h) => h.withBuckets([{ lower: 0, upper: 1 }, { lower: 1.5, upper: 2 }]), MetricsRangeError, "buckets", 'Cannot set buckets of histogram "H": bucket 1 [1.5, 2) leaves a gap after bucket 0 [0, 1) (each bucket must start where the previous one ends)'],
      [(h) => h.withBuckets([{ lower: 1, upper: 1 }]), MetricsRangeError, "buckets", 'Cannot set buckets of histogram "H": bucket 0 [1, 1) is empty or not numeric (lower must be less than upper)'],
      [(h) => h.withBuckets([{ lower: Number.NaN, upper: 1 }]), MetricsRangeError, "buckets", 'Cannot set buckets of histogram "H": bucket 0 [NaN, 1) is empty or not numeric (lower must be less than upper)'],
      [(h) => h.withBuckets([{ lower: "0" as never, upper: 1 }]), MetricsTypeError, "buckets", 'Cannot set buckets of histogram "H": bucket 0 is not { lower: number, upper: number }'],
      [(h) => h.withLowerBound(Number.NaN), MetricsRangeError, "lowerBound", 'Cannot set lower bound of histogram "H": lowerBound is NaN'],
      [(h) => h.withValuesData(GroupedMetricsData.from("g", { a: [1] })), MetricsTypeError, "values", 'Cannot set values of histogram "H": values data "g" is per category, which histograms do not support'],
    ];
    for (const [build, type, field, message] of cases) {
      assert.throws(() => build(new HistogramMetric("H")), (e) => e instanceof type && e.message === message && e.field === field, message);
    }
  });
});
