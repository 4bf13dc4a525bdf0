import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { MetricImportance, MetricsRangeError, MetricsTypeError, MetricStatus, ScalarMetric } from "../../src/sdk/index.ts";
import { testWriter } from "./_helpers.ts";
import { helloWorld, written } from "./_upstream.ts";

describe("ScalarMetric", () => {
  test("ScalarMetric matches ReSim's output for hello world's \"Max Error\"", () => {
    const writer = testWriter();
    writer
      .addScalarMetric("Max Error")
      .withDescription("Max error on final iteration accross values.")
      .withStatus(MetricStatus.FAIL_BLOCK_METRIC_STATUS)
      .withImportance(MetricImportance.HIGH_IMPORTANCE)
      .withShouldDisplay(true)
      .withBlocking(false)
      .withOrder(2)
      .withValue(2.026120138199386)
      .withFailureDefinition({ failsAbove: 0.1, failsBelow: 0 });
    assert.deepEqual(written(writer.write()), helloWorld.expected("Max Error"));
  });

  test("withUnit() writes the unit beside the value", () => {
    const writer = testWriter();
    writer.addScalarMetric("Distance").withValue(12.5).withUnit("m").withStatus(MetricStatus.PASSED_METRIC_STATUS).withImportance(MetricImportance.LOW_IMPORTANCE);
    const values = writer.write().message.jobLevelMetrics!.metrics[0]!.metricValues!.metricValues;
    assert.deepEqual(values, { case: "scalarMetricValues", value: { value: 12.5, unit: "m" } });
  });

  test("the builder names the scalar and the field at fault", () => {
    const cases: [(s: ScalarMetric) => unknown, typeof MetricsTypeError | typeof MetricsRangeError, string, string][] = [
      [(s) => s.withValue(Number.NaN), MetricsRangeError, "value", 'Cannot set value of scalar metric "Max": value is NaN'],
      [(s) => s.withValue("1" as never), MetricsTypeError, "value", 'Cannot set value of scalar metric "Max": "1" is not a number'],
      [(s) => s.withUnit(1 as never), MetricsTypeError, "unit", 'Cannot set unit of scalar metric "Max": 1 is not a string'],
      [(s) => s.withFailureDefinition(null as never), MetricsTypeError, "failureDefinition", 'Cannot set failure definition of scalar metric "Max": the failure definition is not an object'],
    ];
    for (const [build, type, field, message] of cases) {
      assert.throws(() => build(new ScalarMetric("Max")), (e) => e instanceof type && e.message === message && e.field === field, message);
    }
  });
});
