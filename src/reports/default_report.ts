/**
 * The default report metrics (`resim-metrics run --default-report`): what
 * ReSim's default report computes for a test suite over time, from the
 * report's batches, their jobs and the JSON records of their metrics (no
 * protobuf is read):
 *
 * - `test_status_over_time`: per batch, its tests counted by status, stacked;
 * - `high_level_totals`: batches, tests, and batches per derived status;
 * - `experience_status_counts`: per experience, its tests counted by status;
 * - `job_metric_status_counts`, `batch_metric_status_counts`: per metric name, its records counted by status;
 * - `<name>_distribution`: per scalar test metric, its values per batch, as box plots;
 * - `<name>_over_time`: per scalar batch metric, its value per batch, as a line.
 *
 * Where ReSim's version is at odds with its purpose this one differs: time
 * is the batch's creation time (the time the report's window selects on),
 * not its build's, so batches of one build do not share a point; a report
 * that selects no batch still writes its tables (of zeros) rather than no
 * file; and experience tags, which no metric uses, are not fetched.
 * @module
 */

import type * as Api from "../api/gen/customerapi.ts";
import type { FetchedReport, ReportBatch } from "../api/report.ts";
import { UnusableResponseError } from "../api/unusable_response_error.ts";
import type { JsonValue } from "../proto/index.ts";
import { defineMetrics, type MetricsHandlers } from "../runner/define.ts";
import { MetricImportance, MetricStatus, MetricsWriter, SeriesMetricsData, Timestamps, type Metric } from "../sdk/index.ts";
import { boxFigure, lineFigure, tableFigure } from "./_figures.ts";
import { batchStatus, shownJobStatuses, statusColors } from "./batch_status.ts";

/** Metric statuses the metric tables always show, in this order; the rows sort by them. */
const shownMetricStatuses = ["FAIL_BLOCK", "FAIL_WARN", "PASSED"] as const;

/** Orders strings by code point, as ReSim's default report orders names. */
const byCodePoint = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** A report batch with the time its charts place it at. */
interface TimedBatch extends ReportBatch {
  /** Milliseconds since the epoch. */
  readonly time: number;
  readonly batchID: string;
}

function timed(batch: ReportBatch): TimedBatch {
  const { batchID, creationTimestamp } = batch.batch;
  const time = creationTimestamp === undefined ? NaN : Date.parse(creationTimestamp);
  if (batchID === undefined || Number.isNaN(time)) {
    throw new UnusableResponseError(`batch "${batchID ?? "?"}" of the report`, "the API sent it without a batchID or a valid creationTimestamp");
  }
  return { ...batch, batchID, time };
}

const isoTime = (time: number): string => new Date(time).toISOString();

/** Adds a metric with the settings every default report metric has. */
function shown<M extends Metric>(metric: M, description: string): M {
  return metric
    .withDescription(description)
    .withBlocking(false)
    .withShouldDisplay(true)
    .withImportance(MetricImportance.HIGH_IMPORTANCE)
    .withStatus(MetricStatus.NOT_APPLICABLE_METRIC_STATUS);
}

/** Counts of statuses per row of a table, and the label each row shows. */
class StatusCounts {
  readonly #rows = new Map<string, { label: string; counts: Map<string, number> }>();

  add(key: string, label: string, status: string | undefined): void {
    if (status === undefined) return;
    let row = this.#rows.get(key);
    if (row === undefined) this.#rows.set(key, (row = { label, counts: new Map() }));
    row.counts.set(status, (row.counts.get(status) ?? 0) + 1);
  }

  /**
   * The table: a label column headed `labelHeader`, then a column per status
   * (`always` first, then the others that occur, by name); rows with the
   * most of `sortBy[0]` first, then of `sortBy[1]`, …, then by label.
   */
  table(labelHeader: string, always: readonly string[], sortBy: readonly string[]): { header: string[]; columns: JsonValue[][] } {
    const rows = [...this.#rows].map(([key, row]) => ({ key, ...row }));
    const others = [...new Set(rows.flatMap((row) => [...row.counts.keys()]))].filter((status) => !always.includes(status)).sort(byCodePoint);
    const statuses = [...always, ...others];
    const count = (row: (typeof rows)[number], status: string): number => row.counts.get(status) ?? 0;
    rows.sort((a, b) => {
      for (const status of sortBy) if (count(a, status) !== count(b, status)) return count(b, status) - count(a, status);
      return byCodePoint(a.label, b.label) || byCodePoint(a.key, b.key);
    });
    return {
      header: [labelHeader, ...statuses],
      columns: [rows.map((row) => row.label), ...statuses.map((status) => rows.map((row) => count(row, status)))],
    };
  }
}

function testStatusOverTime(writer: MetricsWriter, projectID: string, batches: readonly TimedBatch[]): void {
  const present = shownJobStatuses.filter((status) => batches.some((b) => b.jobs.some(({ job }) => job.conflatedStatus === status)));
  if (present.length === 0) return;
  const index = SeriesMetricsData.from("batch_ids", batches.map((b) => b.batchID), { type: "uuid" });
  const times = Timestamps.fromSeconds(batches.map((b) => b.time / 1000));
  const metric = shown(writer.addBatchwiseBarChartMetric("test_status_over_time"), "Test Statuses Over Sequential Batches")
    .withProjectId(projectID)
    .withStackBars(true)
    .withXAxisName("Time")
    .withYAxisName("Number of Experiences")
    .withColors(present.map((status) => statusColors[status]!));
  for (const status of present) {
    const counts = batches.map((b) => b.jobs.filter(({ job }) => job.conflatedStatus === status).length);
    metric.appendCategoryData(
      status,
      SeriesMetricsData.from(`Batch Times: ${status}`, times, { index }),
      SeriesMetricsData.from(`Status Counts: ${status}`, Float64Array.from(counts), { index }),
      SeriesMetricsData.from(`Statuses: ${status}`, new Int32Array(batches.length).fill(MetricStatus.NOT_APPLICABLE_METRIC_STATUS), { type: "status", index }),
    );
  }
}

function highLevelTotals(writer: MetricsWriter, batches: readonly TimedBatch[]): void {
  const perStatus = (status: string): number => batches.filter((b) => batchStatus(b.batch) === status).length;
  const rows: [string, number][] = [
    ["Number of batches", batches.length],
    ["Number of tests", batches.reduce((sum, b) => sum + b.jobs.length, 0)],
    ["Number of error batches", perStatus("ERROR")],
    ["Number of fail block batches", perStatus("BLOCKER")],
    ["Number of fail warn batches", perStatus("WARNING")],
    ["Number of passed batches", perStatus("PASSED")],
  ];
  const figure = tableFigure(["Name", "Value"], [rows.map(([name]) => name), rows.map(([, value]) => value)]);
  shown(writer.addPlotlyMetric("high_level_totals"), "High-level totals").withPlotlyData(figure);
}

function experienceStatusCounts(writer: MetricsWriter, batches: readonly TimedBatch[]): void {
  const counts = new StatusCounts();
  for (const { job } of batches.flatMap((b) => b.jobs)) {
    counts.add(job.experienceID ?? "", job.experienceName ?? job.experienceID ?? "", job.conflatedStatus);
  }
  const { header, columns } = counts.table("experience_name", shownJobStatuses, ["ERROR", "BLOCKER", "WARNING", "CANCELLED", "PASSED"]);
  shown(writer.addPlotlyMetric("experience_status_counts"), "Experience Status Counts").withPlotlyData(tableFigure(header, columns));
}

function metricStatusCounts(writer: MetricsWriter, name: string, description: string, records: readonly Api.Metric[]): void {
  const counts = new StatusCounts();
  for (const record of records) if (record.name !== undefined) counts.add(record.name, record.name, record.status);
  const { header, columns } = counts.table("name", shownMetricStatuses, shownMetricStatuses);
  shown(writer.addPlotlyMetric(name), description).withPlotlyData(tableFigure(header, columns));
}

/** A scalar metric record placed at its batch's time. */
interface TimedValue {
  readonly name: string;
  readonly value: number;
  readonly unit: string | null | undefined;
  readonly time: number;
}

/** Scalar records with a value, grouped by name (names in code-point order, records in batch order). */
function scalarsByName(values: readonly TimedValue[]): [string, TimedValue[]][] {
  const groups = Map.groupBy(values, (value) => value.name);
  return [...groups].sort(([a], [b]) => byCodePoint(a, b));
}

function scalarRecords(batch: TimedBatch, records: readonly Api.Metric[]): TimedValue[] {
  return records.flatMap(({ name, type, value, unit }) =>
    type === "SCALAR" && name !== undefined && typeof value === "number" ? [{ name, value, unit, time: batch.time }] : [],
  );
}

/** `speed (m/s)`: the name, and the first unit given for it. */
function axisTitle(name: string, values: readonly TimedValue[]): string {
  const unit = values.find((value) => typeof value.unit === "string" && value.unit !== "")?.unit;
  return unit === undefined || unit === null ? name : `${name} (${unit})`;
}

/** Names already written; a derived name that is taken gets a numeric suffix. */
function uniqueName(taken: Set<string>, name: string): string {
  let unique = name;
  for (let n = 2; taken.has(unique); n++) unique = `${name}_${n}`;
  taken.add(unique);
  return unique;
}

/**
 * Adds the default report metrics of `report` to `writer`; `projectID`
 * owns the report's batches.
 *
 * @throws {UnusableResponseError} when a batch has no ID or creation time
 */
export function addDefaultReportMetrics(writer: MetricsWriter, report: FetchedReport, projectID: string): void {
  const batches = report.batches.map(timed).sort((a, b) => a.time - b.time);
  testStatusOverTime(writer, projectID, batches);
  highLevelTotals(writer, batches);
  experienceStatusCounts(writer, batches);
  metricStatusCounts(writer, "job_metric_status_counts", "Job Metric Status Counts", batches.flatMap((b) => b.jobs.flatMap((job) => job.metrics)));
  metricStatusCounts(writer, "batch_metric_status_counts", "Batch Metric Status Counts", batches.flatMap((b) => b.metrics));

  const taken = new Set(writer.metrics.map((metric) => metric.name));
  const jobScalars = scalarsByName(batches.flatMap((b) => b.jobs.flatMap((job) => scalarRecords(b, job.metrics))));
  for (const [name, values] of jobScalars) {
    const figure = boxFigure(values.map((v) => isoTime(v.time)), values.map((v) => v.value), axisTitle(name, values));
    shown(writer.addPlotlyMetric(uniqueName(taken, `${name}_distribution`)), `${name} distribution over time`).withPlotlyData(figure);
  }
  const batchScalars = scalarsByName(batches.flatMap((b) => scalarRecords(b, b.metrics)));
  for (const [name, values] of batchScalars) {
    const figure = lineFigure(values.map((v) => isoTime(v.time)), values.map((v) => v.value), axisTitle(name, values));
    shown(writer.addPlotlyMetric(uniqueName(taken, `${name}_over_time`)), `${name} over time`).withPlotlyData(figure);
  }
}

/** The built-in script behind `run --default-report`: report mode only. */
export const defaultReportScript: MetricsHandlers = defineMetrics({
  async report(ctx) {
    const report = await ctx.report();
    if (report.batches.length === 0) ctx.log.info(`The report selects no batches (${report.search}): writing its tables of zeros`);
    addDefaultReportMetrics(ctx.writer, report, ctx.config.projectID);
  },
});
