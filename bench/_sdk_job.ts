/**
 * The job `bench/sdk.ts` measures, run in a child process (from the sources,
 * or bundled as the binary ships the SDK): 10 line plots of 1,000,000
 * points, built, written and saved into the folder given as the argument.
 * Prints its timings and peak RSS as JSON.
 * @module
 */

import { statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { MetricImportance, MetricStatus, MetricsWriter, SeriesMetricsData } from "../src/sdk/index.ts";

/** Timings of one run in milliseconds, the file size and the peak RSS in bytes. */
export interface JobFigures {
  generateMs: number;
  buildMs: number;
  writeMs: number;
  saveMs: number;
  fileBytes: number;
  peakRss: number;
}

const PLOTS = 10;
const POINTS = 1_000_000;

function run(outputsDir: string): JobFigures {
  let t = performance.now();
  const x = new Float64Array(POINTS);
  for (let i = 0; i < POINTS; i++) x[i] = i * 0.01;
  const ys: Float64Array[] = [];
  const statuses: Int32Array[] = [];
  for (let p = 0; p < PLOTS; p++) {
    const y = new Float64Array(POINTS);
    const status = new Int32Array(POINTS);
    for (let i = 0; i < POINTS; i++) {
      y[i] = Math.sin(i * 1e-4 * (p + 1));
      status[i] = y[i]! > 0.99 ? MetricStatus.FAIL_WARN_METRIC_STATUS : MetricStatus.PASSED_METRIC_STATUS;
    }
    ys.push(y);
    statuses.push(status);
  }
  const generateMs = performance.now() - t;

  t = performance.now();
  const writer = new MetricsWriter();
  const time = SeriesMetricsData.from("time", x, { unit: "s" });
  ys.forEach((y, p) => {
    writer
      .addLinePlotMetric(`signal ${p}`)
      .withStatus(MetricStatus.PASSED_METRIC_STATUS)
      .withImportance(MetricImportance.MEDIUM_IMPORTANCE)
      .appendSeriesData(time, SeriesMetricsData.from(`signal ${p} values`, y), `signal ${p}`)
      .appendStatusesData(SeriesMetricsData.from(`signal ${p} statuses`, statuses[p]!, { type: "status" }));
  });
  const buildMs = performance.now() - t;

  t = performance.now();
  const { bytes } = writer.write();
  const writeMs = performance.now() - t;

  t = performance.now();
  const file = join(outputsDir, "metrics.binproto");
  writeFileSync(file, bytes);
  const saveMs = performance.now() - t;

  return { generateMs, buildMs, writeMs, saveMs, fileBytes: statSync(file).size, peakRss: process.resourceUsage().maxRSS * 1024 };
}

process.stdout.write(JSON.stringify(run(process.argv[2]!)));
