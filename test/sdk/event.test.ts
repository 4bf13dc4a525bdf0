import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { Event, MetricImportance, MetricsRangeError, MetricsTypeError, MetricStatus, ScalarMetric, Timestamp, TimestampType } from "../../src/sdk/index.ts";
import { namedJson, testWriter } from "./_helpers.ts";

describe("Event", () => {
  test("Event writes the events docs' example with its metrics field by field", () => {
    const writer = testWriter();
    const total = writer
      .addScalarMetric("Total performance")
      .withValue(0.93)
      .withStatus(MetricStatus.PASSED_METRIC_STATUS)
      .withImportance(MetricImportance.HIGH_IMPORTANCE)
      .withEventMetric();
    writer
      .addEvent("My Unique Event Name")
      .withDescription("An optional description of an event")
      .withTags(["collision", "pedestrian"])
      .withRelativeTimestamp(new Timestamp(10))
      .withStatus(MetricStatus.PASSED_METRIC_STATUS)
      .withImportance(MetricImportance.HIGH_IMPORTANCE)
      .withMetrics([total]);
    assert.deepEqual(namedJson(writer.write())["events"], [
      {
        eventId: { id: { data: "event:My Unique Event Name" } },
        name: "My Unique Event Name",
        description: "An optional description of an event",
        tags: ["collision", "pedestrian"],
        metrics: [{ id: { data: "metric:Total performance" } }],
        status: "PASSED_METRIC_STATUS",
        timestamp: "1970-01-01T00:00:10Z",
        importance: "HIGH_IMPORTANCE",
        timestampType: "RELATIVE_TIMESTAMP",
      },
    ]);
  });

  test("withAbsoluteTimestamp() writes an absolute timestamp", () => {
    const event = new Event("e").withAbsoluteTimestamp(Timestamp.fromDate(new Date("2024-01-01T00:00:00Z")));
    assert.equal(event.timestampType, TimestampType.ABSOLUTE_TIMESTAMP);
    assert.equal(event.timestamp?.seconds, 1704067200);
  });

  test("an event links metrics before or after they are flagged as event metrics; write() names one never flagged", () => {
    const writer = testWriter();
    const flaggedLater = writer.addScalarMetric("flagged later").withValue(1).withStatus(MetricStatus.PASSED_METRIC_STATUS).withImportance(MetricImportance.LOW_IMPORTANCE);
    const event = writer.addEvent("Near miss").withStatus(MetricStatus.PASSED_METRIC_STATUS).withImportance(MetricImportance.LOW_IMPORTANCE).withRelativeTimestamp(new Timestamp(1)).withMetrics([flaggedLater]);
    flaggedLater.withEventMetric();
    assert.deepEqual(writer.write().message.events[0]?.metrics.length, 1);
    const plain = writer.addScalarMetric("plain").withValue(2).withStatus(MetricStatus.PASSED_METRIC_STATUS).withImportance(MetricImportance.LOW_IMPORTANCE);
    event.withMetrics([flaggedLater, plain]);
    assert.throws(() => writer.write(), {
      name: "MetricsTypeError",
      field: "metrics",
      message: 'Cannot write event "Near miss": scalar metric "plain" is not an event metric (call withEventMetric() on it)',
    });
  });

  test("the builder names the event and the field at fault", () => {
    const a = new ScalarMetric("same").withEventMetric();
    const b = new ScalarMetric("same").withEventMetric();
    const cases: [(e: Event) => unknown, typeof MetricsTypeError | typeof MetricsRangeError, string, string][] = [
      [(e) => e.withTags("collision" as never), MetricsTypeError, "tags", 'Cannot set tags of event "Near miss": the tags are one string, not an array of strings'],
      [(e) => e.withMetrics([a, b]), MetricsRangeError, "metrics", 'Cannot link metrics to event "Near miss": two metrics are named "same" (names must be unique within an event)'],
      [(e) => e.withMetrics(["m" as never]), MetricsTypeError, "metrics", 'Cannot link metrics to event "Near miss": a linked metric is not a metric'],
      [(e) => e.withRelativeTimestamp(new Timestamp(-1)), MetricsRangeError, "timestamp", 'Cannot set timestamp of event "Near miss": -1.000000000s is before 0'],
      [(e) => e.withRelativeTimestamp(10 as never), MetricsTypeError, "timestamp", 'Cannot set timestamp of event "Near miss": the timestamp is not a Timestamp'],
      [(e) => e.withStatus(MetricStatus.NO_METRIC_STATUS), MetricsRangeError, "status", 'Cannot set status of event "Near miss": NO_METRIC_STATUS is not a status (use one of PASSED_METRIC_STATUS, FAIL_WARN_METRIC_STATUS, NOT_APPLICABLE_METRIC_STATUS, RAW_METRIC_STATUS, FAIL_BLOCK_METRIC_STATUS)'],
      [(e) => e.withImportance(9 as never), MetricsRangeError, "importance", 'Cannot set importance of event "Near miss": 9 is not an importance (use one of ZERO_IMPORTANCE, LOW_IMPORTANCE, MEDIUM_IMPORTANCE, HIGH_IMPORTANCE, CRITICAL_IMPORTANCE)'],
    ];
    for (const [build, type, field, message] of cases) {
      assert.throws(() => build(new Event("Near miss")), (e) => e instanceof type && e.message === message && e.field === field, message);
    }
  });
});
