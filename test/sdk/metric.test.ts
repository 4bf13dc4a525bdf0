import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { MetricType } from "../../src/proto/index.ts";
import { MetricImportance, MetricsRangeError, MetricsTypeError, MetricStatus, ScalarMetric } from "../../src/sdk/index.ts";
import { pack } from "../../src/sdk/_pack.ts";

const ctx = { jobId: "2cba1164-cf65-432c-a631-c27fbc2d41ec", id: (entity: { name: string }) => `id of ${entity.name}` };

describe("Metric", () => {
  test("[pack]() writes only the common fields that were set, the job and the default order", () => {
    assert.deepEqual(new ScalarMetric("bare")[pack](ctx, 4), {
      metricId: { id: { data: "id of bare" } },
      name: "bare",
      type: MetricType.SCALAR_METRIC_TYPE,
      description: "",
      status: 0,
      metricValues: { metricValues: { case: "scalarMetricValues", value: {} } },
      importance: 0,
      parentId: { case: "jobId", value: { id: { data: ctx.jobId } } },
      order: 4,
      tags: [],
    });
  });

  test("the common setters write every field, false flags included", () => {
    const metric = new ScalarMetric("full")
      .withDescription("d")
      .withStatus(MetricStatus.FAIL_WARN_METRIC_STATUS)
      .withImportance(MetricImportance.CRITICAL_IMPORTANCE)
      .withShouldDisplay(false)
      .withBlocking(false)
      .withEventMetric(false)
      .withOrder(0.5)
      .withParentJobId("{f51cccd4-d8ea-479c-8339-58c252d3a2a7}")
      .withTag("k", "v")
      .withTag("k", "w");
    const message = metric[pack](ctx, 0);
    assert.deepEqual(
      { ...message, metricId: undefined, metricValues: undefined },
      {
        metricId: undefined,
        name: "full",
        type: MetricType.SCALAR_METRIC_TYPE,
        description: "d",
        status: MetricStatus.FAIL_WARN_METRIC_STATUS,
        shouldDisplay: false,
        blocking: false,
        eventMetric: false,
        metricValues: undefined,
        importance: MetricImportance.CRITICAL_IMPORTANCE,
        parentId: { case: "jobId", value: { id: { data: "{f51cccd4-d8ea-479c-8339-58c252d3a2a7}" } } },
        order: 0.5,
        tags: [{ key: "k", value: "v" }, { key: "k", value: "w" }],
      },
    );
    assert.deepEqual([metric.status, metric.order, metric.tags.length, metric.eventMetric], [MetricStatus.FAIL_WARN_METRIC_STATUS, 0.5, 2, false]);
  });

  test("id is fixed once read, and an id given is kept", () => {
    const metric = new ScalarMetric("m");
    assert.equal(metric.id, metric.id);
    assert.equal(new ScalarMetric("m", { id: "{F51CCCD4-D8EA-479C-8339-58C252D3A2A7}" }).id, "{F51CCCD4-D8EA-479C-8339-58C252D3A2A7}");
  });

  test("the common setters name the metric and the field at fault", () => {
    const cases: [(m: ScalarMetric) => unknown, typeof MetricsTypeError | typeof MetricsRangeError, string, string][] = [
      [(m) => m.withStatus(MetricStatus.NO_METRIC_STATUS), MetricsRangeError, "status", 'Cannot set status of scalar metric "m": NO_METRIC_STATUS is not a status (use one of PASSED_METRIC_STATUS, FAIL_WARN_METRIC_STATUS, NOT_APPLICABLE_METRIC_STATUS, RAW_METRIC_STATUS, FAIL_BLOCK_METRIC_STATUS)'],
      [(m) => m.withImportance(MetricImportance.NO_SPECIFIED_IMPORTANCE), MetricsRangeError, "importance", 'Cannot set importance of scalar metric "m": NO_SPECIFIED_IMPORTANCE is not an importance (use one of ZERO_IMPORTANCE, LOW_IMPORTANCE, MEDIUM_IMPORTANCE, HIGH_IMPORTANCE, CRITICAL_IMPORTANCE)'],
      [(m) => m.withTag("", "v"), MetricsRangeError, "tags", 'Cannot add tag to scalar metric "m": the tag key is empty'],
      [(m) => m.withTag("k", ""), MetricsRangeError, "tags", 'Cannot add tag to scalar metric "m": the tag value is empty'],
      [(m) => m.withTag("k", 1 as never), MetricsTypeError, "tags", 'Cannot add tag to scalar metric "m": the tag value is not a string'],
      [(m) => m.withOrder(Number.NaN), MetricsRangeError, "order", 'Cannot set order of scalar metric "m": order is NaN'],
      [(m) => m.withParentJobId("job-1"), MetricsRangeError, "parentJobId", 'Cannot set parent job id of scalar metric "m": job id "job-1" is not a UUID'],
      [(m) => m.withDescription(undefined as never), MetricsTypeError, "description", 'Cannot set description of scalar metric "m": undefined is not a string'],
    ];
    for (const [build, type, field, message] of cases) {
      assert.throws(() => build(new ScalarMetric("m")), (e) => e instanceof type && e.message === message && e.field === field && e.subject === "m", message);
    }
    assert.throws(() => new ScalarMetric(""), (e) => e instanceof MetricsRangeError && e.message === "Cannot create scalar metric: the name is empty");
    assert.throws(() => new ScalarMetric(3 as never), (e) => e instanceof MetricsTypeError && e.message === "Cannot create scalar metric: the name is number, not a string");
  });
});
