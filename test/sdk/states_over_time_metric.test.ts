import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { GroupedMetricsData, MetricImportance, MetricsRangeError, MetricsTypeError, MetricStatus, SeriesMetricsData, StatesOverTimeMetric, Timestamps } from "../../src/sdk/index.ts";
import { testWriter } from "./_helpers.ts";
import { helloWorld, written } from "./_upstream.ts";

describe("StatesOverTimeMetric", () => {
  test("StatesOverTimeMetric matches ReSim's output for hello world's per-category \"Operating mode\"", () => {
    const writer = testWriter();
    const times = GroupedMetricsData.from("sot_times", { main: helloWorld.values("sot_times", "main") as Timestamps }, { unit: "s" });
    const states = GroupedMetricsData.from("states", { main: helloWorld.values("states", "main") as string[] }, { index: times });
    const statuses = GroupedMetricsData.from("statuses_4", { main: helloWorld.values("statuses_4", "main") as Int32Array }, { type: "status", index: times });
    writer
      .addStatesOverTimeMetric("Operating mode")
      .withDescription("Operating modes over time")
      .withStatus(MetricStatus.PASSED_METRIC_STATUS)
      .withImportance(MetricImportance.HIGH_IMPORTANCE)
      .withShouldDisplay(true)
      .withBlocking(false)
      .withOrder(7)
      .appendStatesOverTimeData(states, "Op mode")
      .appendStatusesOverTimeData(statuses)
      .withStatesSet(["moving", "stationary", "fault"])
      .withFailureStates(["fault"]);
    assert.deepEqual(written(writer.write()), helloWorld.expected("Operating mode"));
  });

  test("the states set defaults to the states in the data, then unseen failure states", () => {
    const writer = testWriter();
    const t = SeriesMetricsData.from("t", Timestamps.fromSeconds([0, 1, 2]));
    writer
      .addStatesOverTimeMetric("Mode")
      .withStatus(MetricStatus.PASSED_METRIC_STATUS)
      .withImportance(MetricImportance.LOW_IMPORTANCE)
      .appendStatesOverTimeData(SeriesMetricsData.from("modes", ["idle", "drive", "idle"], { index: t }))
      .appendStatusesOverTimeData(SeriesMetricsData.from("ok", [1, 1, 1], { type: "status", index: t }))
      .withFailureStates(["fault"]);
    const values = writer.write().message.jobLevelMetrics!.metrics[0]!.metricValues!.metricValues;
    assert.ok(values.case === "statesOverTimeMetricValues");
    assert.deepEqual(values.value.statesSet, ["idle", "drive", "fault"]);
  });

  test("the builder names the metric and the field at fault", () => {
    const cases: [(m: StatesOverTimeMetric) => unknown, typeof MetricsTypeError | typeof MetricsRangeError, string, string][] = [
      [(m) => m.withStatesSet("idle" as never), MetricsTypeError, "statesSet", 'Cannot set states of states-over-time metric "Mode": the states are not iterable'],
      [(m) => m.appendStatesOverTimeData(SeriesMetricsData.from("plain", ["a"]) as never), MetricsTypeError, "states", 'Cannot add states to states-over-time metric "Mode": states data "plain" has no index; states-over-time metrics need data indexed by timestamps'],
    ];
    for (const [build, type, field, message] of cases) {
      assert.throws(() => build(new StatesOverTimeMetric("Mode")), (e) => e instanceof type && e.message === message && e.field === field, message);
    }
  });
});
