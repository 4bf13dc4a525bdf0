/**
 * Batch fetch against the API double with every request delayed, compared
 * with the latency bound (requests × delay ÷ concurrency).
 *
 * Usage: node bench/batch_fetch.ts [--jobs 1000,5000] [--concurrency 16] [--latency 20]
 *
 * Each job has 10 metrics and 20 metrics data (30 downloads) plus its two
 * list calls. The double and the client run in separate processes, the
 * client in a fresh one per batch size, so peak RSS is the client's alone.
 * RSS also reflects how lazily V8 collects, so the client samples its live
 * heap too: after a full collection every 100 jobs.
 * @module
 */

import { parseArgs } from "node:util";
import { fileURLToPath } from "node:url";
import { child, firstLine, startDoubleProcess } from "./_double_process.ts";

const self = fileURLToPath(import.meta.url);

const { values } = parseArgs({
  options: {
    jobs: { type: "string", default: "1000,5000" },
    concurrency: { type: "string", default: "16" },
    latency: { type: "string", default: "20" },
    role: { type: "string" },
    "api-url": { type: "string" },
    project: { type: "string" },
    batch: { type: "string" },
  },
});

/** Child role: fetch the batch, print wall time, requests, jobs and peak RSS as one JSON line. */
async function fetchOnce(apiURL: string, projectID: string, batchID: string, concurrency: number): Promise<void> {
  const { createClient, httpSource, streamBatchJobs } = await import("../src/api/index.ts");
  const { testToken } = await import("../test/_double/scenarios.ts");
  let requests = 0;
  const counting: typeof fetch = (input, init) => {
    requests++;
    return fetch(input, init);
  };
  const client = createClient({ apiURL, token: testToken, concurrency, fetch: counting });
  const started = performance.now();
  let jobs = 0;
  let objects = 0;
  let liveHeap = 0;
  for await (const job of streamBatchJobs(httpSource(client), { projectID, batchID })) {
    jobs++;
    objects += job.metrics.length + job.metricsData.length;
    if (jobs % 100 === 0) {
      (globalThis as { gc?: () => void }).gc?.();
      liveHeap = Math.max(liveHeap, process.memoryUsage().heapUsed);
    }
  }
  const wallMs = performance.now() - started;
  const peakRssMiB = process.resourceUsage().maxRSS / 1024;
  process.stdout.write(`${JSON.stringify({ wallMs, requests, jobs, objects, peakRssMiB, liveHeapMiB: liveHeap / 2 ** 20 })}\n`);
}

async function main(): Promise<void> {
  const concurrency = Number(values.concurrency);
  const latency = Number(values.latency);
  if (values.role === "client") return fetchOnce(values["api-url"]!, values.project!, values.batch!, concurrency);

  console.log(`batch fetch: 10 metrics + 20 metrics data per job, ${latency} ms per request, concurrency ${concurrency}`);
  console.log("jobs  | requests | wall     | bound    | wall/bound | peak RSS | live heap");
  for (const jobs of values.jobs.split(",").map(Number)) {
    const double = await startDoubleProcess(jobs, latency);
    const where = double.served;
    const client = child(process.execPath, ["--expose-gc", self, "--role", "client", "--api-url", where.apiURL, "--project", where.projectID, "--batch", where.batchID, "--concurrency", String(concurrency)]);
    const run = await firstLine<{ wallMs: number; requests: number; jobs: number; objects: number; peakRssMiB: number; liveHeapMiB: number }>(client.lines);
    client.close();
    await Promise.all([client.done, double.stop()]);
    if (run.jobs !== jobs || run.objects !== jobs * 30) throw new Error(`Cannot trust the run: fetched ${run.jobs} jobs and ${run.objects} objects`);
    const boundMs = (run.requests * latency) / concurrency;
    console.log(
      [
        String(jobs).padEnd(5),
        String(run.requests).padStart(8),
        `${(run.wallMs / 1000).toFixed(1)} s`.padStart(8),
        `${(boundMs / 1000).toFixed(1)} s`.padStart(8),
        `${(run.wallMs / boundMs).toFixed(2)}×`.padStart(10),
        `${run.peakRssMiB.toFixed(0)} MiB`.padStart(8),
        `${run.liveHeapMiB.toFixed(0)} MiB`,
      ].join(" | "),
    );
  }
}

await main();
