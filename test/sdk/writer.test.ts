import { describe, test } from "node:test";
import assert from "node:assert/strict";
import {
  InvalidMetricsError,
  MetricImportance,
  MetricsRangeError,
  MetricsTypeError,
  MetricStatus,
  MetricsWriter,
  ScalarMetric,
  seededIds,
  SeriesMetricsData,
  Timestamps,
} from "../../src/sdk/index.ts";
import { jobId, namedJson, testWriter } from "./_helpers.ts";

const { PASSED_METRIC_STATUS, FAIL_WARN_METRIC_STATUS, FAIL_BLOCK_METRIC_STATUS, NOT_APPLICABLE_METRIC_STATUS } = MetricStatus;

/** A valid scalar metric of `writer` with `status`. */
function scalar(writer: MetricsWriter, name: string, status: MetricStatus = PASSED_METRIC_STATUS): ScalarMetric {
  return writer.addScalarMetric(name).withValue(1).withStatus(status).withImportance(MetricImportance.LOW_IMPORTANCE);
}

/** A line plot over an indexed series: several data share one index. */
function plotScript(writer: MetricsWriter): void {
  const time = SeriesMetricsData.from("time", Timestamps.fromSeconds([0, 1, 2]));
  const x = SeriesMetricsData.from("x", [0, 1, 2], { index: time });
  const ok = SeriesMetricsData.from("ok", [1, 1, 1], { type: "status", index: time });
  for (const name of ["a", "b"]) {
    writer
      .addLinePlotMetric(name)
      .withStatus(PASSED_METRIC_STATUS)
      .withImportance(MetricImportance.LOW_IMPORTANCE)
      .appendSeriesData(x, SeriesMetricsData.from(`y ${name}`, [1, 2, 3], { index: time }))
      .appendStatusesData(ok);
  }
}

describe("MetricsWriter", () => {
  test("write() writes referenced data once each, in first-reached order with each index after its data", () => {
    const writer = testWriter();
    plotScript(writer);
    writer.addSeriesMetricsData("for batch metrics", [42]);
    const names = writer.write().message.metricsData.map((d) => d.name);
    assert.deepEqual(names, ["x", "time", "y a", "ok", "y b", "for batch metrics"]);
  });

  test("write() writes both job status fields, rolled up or overridden", () => {
    const cases: [MetricStatus[], MetricStatus | undefined, MetricStatus][] = [
      [[], undefined, PASSED_METRIC_STATUS],
      [[PASSED_METRIC_STATUS, NOT_APPLICABLE_METRIC_STATUS], undefined, PASSED_METRIC_STATUS],
      [[PASSED_METRIC_STATUS, FAIL_WARN_METRIC_STATUS], undefined, FAIL_WARN_METRIC_STATUS],
      [[FAIL_WARN_METRIC_STATUS, FAIL_BLOCK_METRIC_STATUS], undefined, FAIL_BLOCK_METRIC_STATUS],
      [[FAIL_BLOCK_METRIC_STATUS], PASSED_METRIC_STATUS, PASSED_METRIC_STATUS],
    ];
    for (const [statuses, statusOverride, expected] of cases) {
      const writer = testWriter();
      statuses.forEach((status, i) => scalar(writer, `m${i}`, status));
      const result = writer.write(statusOverride === undefined ? {} : { statusOverride });
      assert.deepEqual([result.status, result.message.metricsStatus, result.message.jobLevelMetrics?.metricsStatus], [expected, expected, expected]);
    }
  });

  test("write() rejects a status override that is not a status", () => {
    assert.throws(() => testWriter().write({ statusOverride: MetricStatus.NO_METRIC_STATUS }), (e) => e instanceof MetricsRangeError && e.message === "Cannot write metrics: status override 0 is not a status other than NO_METRIC_STATUS" && e.field === "statusOverride");
  });

  test("write() orders metrics by position unless set, without changing the metrics", () => {
    const writer = testWriter();
    const first = scalar(writer, "first");
    scalar(writer, "second").withOrder(0.25);
    scalar(writer, "third");
    assert.deepEqual(writer.write().message.jobLevelMetrics?.metrics.map((m) => m.order), [0, 0.25, 2]);
    assert.equal(first.order, undefined);
  });

  test("write() writes metrics linked by events even when they were not added", () => {
    const writer = testWriter();
    scalar(writer, "added");
    const linked = new ScalarMetric("linked only").withValue(2).withStatus(FAIL_WARN_METRIC_STATUS).withImportance(MetricImportance.LOW_IMPORTANCE).withEventMetric();
    writer
      .addEvent("e")
      .withRelativeTimestamp(Timestamps.fromSeconds([1]).at(0)!)
      .withStatus(PASSED_METRIC_STATUS)
      .withImportance(MetricImportance.LOW_IMPORTANCE)
      .withMetrics([linked]);
    const result = writer.write();
    assert.deepEqual(result.message.jobLevelMetrics?.metrics.map((m) => [m.name, m.order]), [["added", 0], ["linked only", 1]]);
    assert.equal(result.status, FAIL_WARN_METRIC_STATUS);
    assert.deepEqual((namedJson(result)["jobLevelMetrics"] as { metrics: { jobId: unknown }[] }).metrics[1]!.jobId, { id: { data: "job" } });
  });

  test("write() gives the same bytes twice, and the same script with the same seed gives the same bytes", () => {
    const run = () => {
      const writer = new MetricsWriter({ idGenerator: seededIds(3) });
      plotScript(writer);
      return writer;
    };
    const writer = run();
    const bytes = writer.write().bytes;
    assert.deepEqual(writer.write().bytes, bytes);
    assert.deepEqual(run().write().bytes, bytes);
  });

  test("the job id is the one given, else drawn from the id generator", () => {
    assert.equal(testWriter().write().message.jobId?.id?.data, jobId);
    assert.equal(new MetricsWriter({ idGenerator: seededIds(3) }).jobId, seededIds(3)());
    assert.throws(() => new MetricsWriter({ jobId: "job" }), (e) => e instanceof MetricsRangeError && e.message === 'Cannot create metrics writer: job id "job" is not a UUID');
  });

  test("add…Metric() makes metrics of the writer's job; addMetric() and addMetricsData() accept the same object twice", () => {
    const writer = testWriter();
    const metric = writer.addTextMetric("t");
    assert.equal(metric.parentJobId, jobId);
    writer.addMetric(metric);
    const data = writer.addSeriesMetricsData("d", [1]);
    writer.addMetricsData(data);
    assert.deepEqual([writer.metrics, writer.metricsData], [[metric], [data]]);
  });

  test("adding data or events whose name is taken names the duplicate", () => {
    const writer = testWriter();
    writer.addSeriesMetricsData("speed", [1]);
    writer.addEvent("stop");
    assert.throws(() => writer.addSeriesMetricsData("speed", [2]), (e) => e instanceof MetricsRangeError && e.message === 'Cannot add series data "speed": other metrics data is already named "speed"' && e.subject === "speed");
    assert.throws(() => writer.addEvent("stop"), (e) => e instanceof MetricsRangeError && e.message === 'Cannot add event "stop": another event is already named "stop"');
    assert.throws(() => writer.addMetric({} as never), (e) => e instanceof MetricsTypeError && e.message === "Cannot add metric: the value is not a metric");
  });

  test("write() throws InvalidMetricsError with the validator's report when ReSim would reject the message", () => {
    const writer = testWriter();
    writer.addScalarMetric("unfinished").withValue(1);
    const bar = SeriesMetricsData.from("same name", [1]);
    const other = SeriesMetricsData.from("same name", [1], { type: "status" });
    writer
      .addHistogramMetric("h")
      .withStatus(PASSED_METRIC_STATUS)
      .withImportance(MetricImportance.LOW_IMPORTANCE)
      .withValuesData(bar)
      .withStatusesData(other)
      .withBuckets([{ lower: 0, upper: 1 }]);
    assert.throws(
      () => writer.write(),
      (e) => e instanceof InvalidMetricsError && !e.report.valid && e.message.startsWith('metrics[0] "unfinished" (SCALAR): ') && e.report.errors.map((v) => v.rule).join() === "ENUM-03,ENUM-04,JOB-05",
    );
  });
});
