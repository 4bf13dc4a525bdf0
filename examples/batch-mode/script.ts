/**
 * Batch-mode metrics for the crosswalk tests of `examples/test-mode`: each
 * test writes a "Top speed" scalar, and this script gathers it across the
 * batch into a histogram (how the top speeds spread), a bar chart (each
 * test's top speed) and their mean, hidden, for report metrics to chart
 * over time. Tests without the metric (errored or cancelled ones) are
 * skipped and counted.
 *
 * Develop it against a batch saved once, without network:
 *
 *   RESIM_API_TOKEN=… resim-metrics fetch --project <id> --batch <id> --out batch-fetch
 *   resim-metrics run examples/batch-mode/script.ts --from batch-fetch --outputs /tmp/resim-outputs --preview
 */

import { defineMetrics, equalWidthBuckets, MetricImportance, MetricStatus, rollUpStatus, ScalarMetric, type BatchContext } from "resim-metrics";

/** The test metric this script aggregates. */
const metricName = "Top speed";
const histogramBuckets = 8;

/** One test's value of the metric. */
interface TestValue {
  /** The experience the test ran, or the job ID when the API gives no name. */
  label: string;
  value: number;
  status: MetricStatus;
}

/** `count` equal buckets spanning the values, from and to whole units (one unit wide at least). */
function bucketsFor(values: readonly number[], count: number) {
  const lower = Math.floor(Math.min(...values));
  return equalWidthBuckets(lower, Math.max(Math.ceil(Math.max(...values)), lower + 1), count);
}

async function batchMetrics(ctx: BatchContext): Promise<void> {
  const tests: TestValue[] = [];
  let unit: string | undefined;
  let skipped = 0;
  for await (const { job, metrics } of ctx.jobs()) {
    const metric = metrics.find((m): m is ScalarMetric => m instanceof ScalarMetric && m.name === metricName);
    if (metric?.value === undefined) {
      skipped++;
      continue;
    }
    unit ??= metric.unit;
    tests.push({ label: job.experienceName ?? job.jobID ?? "?", value: metric.value, status: metric.status ?? MetricStatus.NO_METRIC_STATUS });
  }
  ctx.log.info(`"${metricName}" of ${tests.length} tests (${skipped} without it)`);
  if (tests.length === 0) return;

  const { writer } = ctx;
  const values = tests.map((test) => test.value);
  const statuses = tests.map((test) => test.status);
  const overall = rollUpStatus(statuses);
  const unitOptions = unit === undefined ? {} : { unit };
  const axisName = unit === undefined ? metricName : `${metricName} (${unit})`;

  writer
    .addHistogramMetric(`${metricName} across tests`)
    .withDescription(`How the tests' ${metricName.toLowerCase()} spread over the batch`)
    .withValuesData(writer.addSeriesMetricsData(`${metricName} per test`, values, unitOptions))
    .withStatusesData(writer.addSeriesMetricsData(`${metricName} status per test`, statuses, { type: "status" }))
    .withBuckets(bucketsFor(values, histogramBuckets))
    .withXAxisName(axisName)
    .withStatus(overall)
    .withImportance(MetricImportance.HIGH_IMPORTANCE);

  const labels = writer.addSeriesMetricsData("test", tests.map((test) => test.label));
  writer
    .addBarChartMetric(`${metricName} by test`)
    .withDescription(`Each test's ${metricName.toLowerCase()}; failing bars carry their test's status`)
    .appendValuesData(writer.addSeriesMetricsData(`${metricName} of each test`, values, { ...unitOptions, index: labels }), metricName)
    .appendStatusesData(writer.addSeriesMetricsData(`${metricName} status of each test`, statuses, { type: "status", index: labels }))
    .withXAxisName("test")
    .withYAxisName(axisName)
    .withStatus(overall)
    .withImportance(MetricImportance.MEDIUM_IMPORTANCE);

  // Hidden: report metrics chart this scalar over the batches of a test suite.
  const mean = values.reduce((sum, value) => sum + value, 0) / values.length;
  const meanMetric = writer
    .addScalarMetric(`Mean ${metricName.toLowerCase()}`)
    .withValue(mean)
    .withStatus(MetricStatus.NOT_APPLICABLE_METRIC_STATUS)
    .withImportance(MetricImportance.LOW_IMPORTANCE)
    .withShouldDisplay(false);
  if (unit !== undefined) meanMetric.withUnit(unit);
}

export default defineMetrics({ batch: batchMetrics });
