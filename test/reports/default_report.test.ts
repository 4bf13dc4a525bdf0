import { describe, test } from "node:test";
import assert from "node:assert/strict";
import type * as Api from "../../src/api/gen/customerapi.ts";
import type { FetchedReport, ReportBatch } from "../../src/api/report.ts";
import { UnusableResponseError } from "../../src/api/unusable_response_error.ts";
import { MetricType } from "../../src/proto/index.ts";
import { addDefaultReportMetrics } from "../../src/reports/index.ts";
import { MetricImportance, MetricStatus, MetricsWriter, seededIds, SeriesMetricsData, type PlotlyMetric, type Timestamp } from "../../src/sdk/index.ts";
import { BatchwiseBarChartMetric } from "../../src/sdk/batchwise_bar_chart_metric.ts";

const projectID = "2f7c6ef8-6a3c-4a0e-9b1c-3c2d1e0f9a8b";
const ids = seededIds(3);
const [batchA, batchB, batchC] = [ids(), ids(), ids()];
const [expX, expY, expZ] = [ids(), ids(), ids()];

const job = (experienceID: string, experienceName: string, conflatedStatus: Api.ConflatedJobStatus, metrics: Api.JobMetric[] = []) => ({
  job: { jobID: ids(), experienceID, experienceName, conflatedStatus },
  metrics,
});
const scalar = (name: string, value: number | null, status: Api.MetricStatus, unit: string | null = "m/s"): Api.JobMetric => ({ name, type: "SCALAR", value, unit, status });
const composite = (name: string, status: Api.MetricStatus): Api.JobMetric => ({ name, type: "COMPOSITE", status });

function reportBatch(batchID: string, creationTimestamp: string, batch: Partial<Api.Batch>, jobs: ReportBatch["jobs"], metrics: Api.BatchMetric[] = []): ReportBatch {
  return { batch: { associatedAccount: "ci", batchID, creationTimestamp, status: "SUCCEEDED", ...batch }, build: undefined, metrics, jobs };
}

/**
 * Three batches, listed out of time order: A (2025-01-05) passes, C
 * (2025-01-12, same build as A) blocks, B (2025-01-20) errored. Experience X
 * runs in every batch, Y in two, Z once.
 */
const report: FetchedReport = {
  report: {} as Api.Report,
  search: "…",
  batches: [
    reportBatch(batchB, "2025-01-20T08:00:00Z", { status: "ERROR" }, [job(expX, "cut-in", "ERROR"), job(expY, "merge", "CANCELLED")], [scalar("mean speed", 4, "PASSED")]),
    reportBatch(batchA, "2025-01-05T08:00:00.5Z", { batchMetricsStatus: "PASSED", jobsMetricsStatus: "PASSED" }, [
      job(expX, "cut-in", "PASSED", [scalar("top speed", 10, "PASSED"), composite("trajectory", "PASSED")]),
      job(expY, "merge", "PASSED", [scalar("top speed", 12, "FAIL_WARN", null)]),
      job(expZ, "cut-in", "QUEUED"),
    ], [scalar("mean speed", 2, "PASSED"), composite("speed plot", "NOT_APPLICABLE")]),
    reportBatch(batchC, "2025-01-12T10:00:00+02:00", { jobsMetricsStatus: "FAIL_BLOCK" }, [
      job(expX, "cut-in", "BLOCKER", [scalar("top speed", 19, "FAIL_BLOCK"), scalar("top speed", null, "FAIL_BLOCK"), composite("trajectory", "FAIL_BLOCK")]),
    ], [scalar("mean speed", 3, "FAIL_WARN")]),
  ],
};

function written(fetched: FetchedReport): MetricsWriter {
  const writer = new MetricsWriter({ idGenerator: seededIds(1) });
  addDefaultReportMetrics(writer, fetched, projectID);
  writer.write(); // throws if ReSim would reject the metrics
  return writer;
}

const figureOf = (writer: MetricsWriter, name: string) => (writer.metrics.find((m) => m.name === name) as PlotlyMetric).plotlyData as { data: Record<string, unknown>[]; layout: Record<string, unknown> };
const tableOf = (writer: MetricsWriter, name: string) => {
  const [trace] = figureOf(writer, name).data;
  return { header: (trace!["header"] as { values: unknown[] }).values, columns: (trace!["cells"] as { values: unknown[][] }).values };
};

describe("addDefaultReportMetrics()", () => {
  const writer = written(report);

  test("addDefaultReportMetrics() writes the default report's metrics, in ReSim's order, all displayed, high importance, not applicable", () => {
    assert.deepEqual(
      writer.metrics.map((m) => [m.name, m.type]),
      [
        ["test_status_over_time", MetricType.BATCHWISE_BAR_CHART_METRIC_TYPE],
        ["high_level_totals", MetricType.PLOTLY_METRIC_TYPE],
        ["experience_status_counts", MetricType.PLOTLY_METRIC_TYPE],
        ["job_metric_status_counts", MetricType.PLOTLY_METRIC_TYPE],
        ["batch_metric_status_counts", MetricType.PLOTLY_METRIC_TYPE],
        ["top speed_distribution", MetricType.PLOTLY_METRIC_TYPE],
        ["mean speed_over_time", MetricType.PLOTLY_METRIC_TYPE],
      ],
    );
    const { message } = writer.write();
    for (const metric of message.jobLevelMetrics!.metrics) {
      assert.deepEqual([metric.blocking, metric.shouldDisplay, metric.importance, metric.status], [false, true, MetricImportance.HIGH_IMPORTANCE, MetricStatus.NOT_APPLICABLE_METRIC_STATUS], metric.name);
    }
  });

  test("addDefaultReportMetrics() counts each batch's tests per shown status, stacked, over the batches' creation times", () => {
    const chart = writer.metrics[0] as BatchwiseBarChartMetric;
    assert.deepEqual([chart.projectId, chart.stackBars, chart.xAxisName, chart.yAxisName, chart.description], [projectID, true, "Time", "Number of Experiences", "Test Statuses Over Sequential Batches"]);
    assert.deepEqual(chart.categories.map((c) => c.category), ["PASSED", "BLOCKER", "ERROR", "CANCELLED"]);
    assert.deepEqual(chart.colors, ["#7CA0FB", "#FA7070", "#AD4143", "#FCB5EC"]);
    const series = (data: unknown) => [...(data as SeriesMetricsData).values];
    assert.deepEqual(chart.categories.map((c) => series(c.values)), [[2, 0, 0], [0, 1, 0], [0, 0, 1], [0, 0, 1]]);
    const [passed] = chart.categories;
    assert.deepEqual(series(passed!.values.index), [batchA, batchC, batchB]);
    assert.deepEqual(
      (series(passed!.times) as Timestamp[]).map((t) => new Date(t.seconds * 1000 + t.nanos / 1e6).toISOString()),
      ["2025-01-05T08:00:00.500Z", "2025-01-12T08:00:00.000Z", "2025-01-20T08:00:00.000Z"],
    );
  });

  test("addDefaultReportMetrics() tabulates totals, experiences and metric statuses as ReSim does", () => {
    assert.deepEqual(tableOf(writer, "high_level_totals"), {
      header: ["Name", "Value"],
      columns: [
        ["Number of batches", "Number of tests", "Number of error batches", "Number of fail block batches", "Number of fail warn batches", "Number of passed batches"],
        [3, 6, 1, 1, 0, 1],
      ],
    });
    assert.equal(figureOf(writer, "high_level_totals").layout["height"], 16 + 28 * 7, "as tall as its rows");
    // Rows with the most errors first, then blockers, warnings, cancellations, passes; ties by name.
    assert.deepEqual(tableOf(writer, "experience_status_counts"), {
      header: ["experience_name", "PASSED", "WARNING", "BLOCKER", "ERROR", "CANCELLED", "QUEUED"],
      columns: [["cut-in", "merge", "cut-in"], [1, 1, 0], [0, 0, 0], [1, 0, 0], [1, 0, 0], [0, 1, 0], [0, 0, 1]],
    });
    assert.deepEqual(tableOf(writer, "job_metric_status_counts"), {
      header: ["name", "FAIL_BLOCK", "FAIL_WARN", "PASSED"],
      columns: [["top speed", "trajectory"], [2, 1], [1, 0], [1, 1]],
    });
    assert.deepEqual(tableOf(writer, "batch_metric_status_counts"), {
      header: ["name", "FAIL_BLOCK", "FAIL_WARN", "PASSED", "NOT_APPLICABLE"],
      columns: [["mean speed", "speed plot"], [0, 0], [1, 0], [2, 0], [0, 1]],
    });
  });

  test("addDefaultReportMetrics() plots scalar test metrics as boxes and scalar batch metrics as a line, over batch time", () => {
    const box = figureOf(writer, "top speed_distribution");
    assert.deepEqual(box.data, [{ type: "box", x: ["2025-01-05T08:00:00.500Z", "2025-01-05T08:00:00.500Z", "2025-01-12T08:00:00.000Z"], y: [10, 12, 19], boxpoints: "all" }]);
    assert.deepEqual((box.layout["yaxis"] as { title: unknown }).title, { text: "top speed (m/s)" });
    assert.equal(writer.metrics[5]!.description, "top speed distribution over time");
    const line = figureOf(writer, "mean speed_over_time");
    assert.deepEqual(line.data, [{ type: "scatter", mode: "lines+markers", x: ["2025-01-05T08:00:00.500Z", "2025-01-12T08:00:00.000Z", "2025-01-20T08:00:00.000Z"], y: [2, 3, 4] }]);
    assert.equal(writer.metrics[6]!.description, "mean speed over time");
  });

  test("addDefaultReportMetrics() writes its tables of zeros for a report with no batch", () => {
    const empty = written({ ...report, batches: [] });
    assert.deepEqual(empty.metrics.map((m) => m.name), ["high_level_totals", "experience_status_counts", "job_metric_status_counts", "batch_metric_status_counts"]);
    assert.deepEqual(tableOf(empty, "high_level_totals").columns[1], [0, 0, 0, 0, 0, 0]);
    assert.deepEqual(tableOf(empty, "job_metric_status_counts"), { header: ["name", "FAIL_BLOCK", "FAIL_WARN", "PASSED"], columns: [[], [], [], []] });
  });

  test("addDefaultReportMetrics() gives a derived name that is taken a suffix", () => {
    const [first] = report.batches;
    const clash = written({ ...report, batches: [{ ...first!, metrics: [scalar("test_status", 1, "PASSED")] }] });
    assert.deepEqual(clash.metrics.map((m) => m.name).slice(-1), ["test_status_over_time_2"]);
  });

  test("addDefaultReportMetrics() refuses a batch without a creation time", () => {
    const [first] = report.batches;
    const { creationTimestamp: _, ...undated } = first!.batch;
    assert.throws(() => written({ ...report, batches: [{ ...first!, batch: undated }] }), {
      name: UnusableResponseError.name,
      message: `Cannot use batch "${batchB}" of the report: the API sent it without a batchID or a valid creationTimestamp`,
    });
  });
});
