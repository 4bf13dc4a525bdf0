/**
 * Batch mode end to end: `resim-metrics run` (the single binary) on a
 * script that reads every job of a batch served by the API double and
 * aggregates it into a histogram, streaming with `ctx.jobs()` or collecting
 * with `ctx.jobMetrics()`, from 1,000 to 5,000 jobs.
 *
 * Usage: node bench/batch_run.ts [--jobs 1000,5000] [--latency 0] [--ways stream,collect]
 *
 * Each job has 10 metrics and 20 metrics data (30 downloads). The double
 * runs in a process of its own; the script reports the binary's peak RSS
 * from inside it. Streaming keeps memory flat as the batch grows;
 * collecting holds the whole batch. Builds dist/resim-metrics first if it
 * is missing (npm run build).
 * @module
 */

import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { buildBinary } from "../build/build.ts";
import { testToken } from "../test/_double/scenarios.ts";
import { child, startDoubleProcess } from "./_double_process.ts";

const repo = fileURLToPath(new URL("..", import.meta.url));
const binary = join(repo, "dist/resim-metrics");
const work = join(repo, ".cache/bench/batch_run");

const { values } = parseArgs({
  options: {
    jobs: { type: "string", default: "1000,5000" },
    latency: { type: "string", default: "0" },
    ways: { type: "string", default: "stream,collect" },
  },
});

/** The benchmark's metrics script: the largest value of every series of every job, as one histogram. */
const script = `
import { defineMetrics, equalWidthBuckets, MetricImportance, MetricStatus, SeriesMetricsData, type UnpackedJob } from "resim-metrics";
export default defineMetrics({
  async batch(ctx) {
    const started = performance.now();
    const jobs: AsyncIterable<UnpackedJob> | UnpackedJob[] = process.env["BENCH_WAY"] === "collect" ? await ctx.jobMetrics() : ctx.jobs();
    const maxima: number[] = [];
    let count = 0;
    for await (const job of jobs) {
      count++;
      for (const data of job.metricsData) if (data instanceof SeriesMetricsData && data.kind === "double") maxima.push(Math.max(...(data.values as Float64Array)));
    }
    const values = ctx.writer.addSeriesMetricsData("series maxima", Float64Array.from(maxima));
    const statuses = ctx.writer.addSeriesMetricsData("series maxima statuses", new Int32Array(maxima.length).fill(MetricStatus.PASSED_METRIC_STATUS), { type: "status" });
    ctx.writer.addHistogramMetric("Series maxima").withValuesData(values).withStatusesData(statuses).withBuckets(equalWidthBuckets(0, 30, 6))
      .withStatus(MetricStatus.PASSED_METRIC_STATUS).withImportance(MetricImportance.LOW_IMPORTANCE);
    console.log(JSON.stringify({ jobs: count, maxima: maxima.length, handlerMs: performance.now() - started, peakRssMiB: process.resourceUsage().maxRSS / 1024 }));
  },
});
`;

interface Figures {
  jobs: number;
  maxima: number;
  handlerMs: number;
  peakRssMiB: number;
}

async function runOnce(served: { apiURL: string; projectID: string; batchID: string }, way: string): Promise<Figures & { wallMs: number }> {
  const inputs = join(work, "inputs");
  mkdirSync(inputs, { recursive: true });
  writeFileSync(join(inputs, "batch_metrics_config.json"), JSON.stringify({ authToken: testToken, apiURL: served.apiURL, projectID: served.projectID, batchID: served.batchID }));
  const started = performance.now();
  const run = child(binary, ["run", join(work, "script.ts"), "--inputs", inputs, "--outputs", join(work, "outputs"), "--quiet"], { env: { ...process.env, BENCH_WAY: way }, quiet: true });
  const lines: string[] = [];
  for (let line = await run.lines.next(); !line.done; line = await run.lines.next()) lines.push(line.value);
  await run.done;
  const wallMs = performance.now() - started;
  const figures = lines.map((line) => JSON.parse(line) as Figures).at(-1);
  if (figures === undefined) throw new Error("Cannot run the benchmark: the script printed no figures");
  return { ...figures, wallMs };
}

async function main(): Promise<void> {
  if (!existsSync(binary)) console.log(`built ${(await buildBinary(binary)).path}`);
  mkdirSync(work, { recursive: true });
  writeFileSync(join(work, "script.ts"), script);
  const latency = Number(values.latency);
  const ways = values.ways.split(",");
  console.log(`resim-metrics run in batch mode (dist/resim-metrics): 10 metrics + 20 metrics data per job, ${latency} ms per request, default concurrency 16`);
  console.log("jobs  | way     | wall     | handler  | peak RSS");
  for (const jobs of values.jobs.split(",").map(Number)) {
    const double = await startDoubleProcess({ jobs, latency });
    try {
      for (const way of ways) {
        const run = await runOnce(double.served, way);
        if (run.jobs !== jobs || run.maxima !== jobs * 10) throw new Error(`Cannot trust the run: read ${run.jobs} jobs and ${run.maxima} series`);
        console.log(
          [String(jobs).padEnd(5), way.padEnd(7), `${(run.wallMs / 1000).toFixed(1)} s`.padStart(8), `${(run.handlerMs / 1000).toFixed(1)} s`.padStart(8), `${run.peakRssMiB.toFixed(0)} MiB`.padStart(8)].join(" | "),
        );
      }
    } finally {
      await double.stop();
    }
  }
}

await main();
