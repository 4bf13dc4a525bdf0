/**
 * Batch fetch against the API double with every request delayed, without
 * faults and with transient faults, side by side: wall time against the
 * latency bound (requests × delay ÷ concurrency) and the faulty wall against
 * the fault-free one.
 *
 * Usage: node bench/batch_fetch.ts [--jobs 1000,5000] [--histograms 10] [--faults 0.2] [--concurrency 16] [--latency 20]
 *   --histograms <n>  metrics per job, each with two metrics data (default 10: 30 downloads and two lists per job)
 *   --faults <share>  share of sends failing transiently (503, 429, reset, truncated body) in the second run of
 *                     each size; 0 runs only the fault-free one (default 0.2)
 *
 * Goals: fault-free within 1.10× the bound; with 20% faults within 2× the
 * fault-free wall; the same jobs, byte for byte and in order, either way;
 * peak RSS and live heap flat from 1,000 to 5,000 jobs. The double and the
 * client run in separate processes, the client in a fresh one per run, so
 * peak RSS is the client's alone. RSS also reflects how lazily V8 collects,
 * so the client samples its live heap too: after a full collection every
 * 100 jobs. Those collections stop the client, delaying every send by as
 * long, so they are left out of its wall time (and printed).
 * @module
 */

import { createHash } from "node:crypto";
import { parseArgs } from "node:util";
import { fileURLToPath } from "node:url";
import { child, firstLine, startDoubleProcess } from "./_double_process.ts";
import type { Transport, TransportResponse } from "../src/api/index.ts";

const self = fileURLToPath(import.meta.url);
const goal = { vsBound: 1.1, vsFaultFree: 2 };

const { values } = parseArgs({
  options: {
    jobs: { type: "string", default: "1000,5000" },
    histograms: { type: "string", default: "10" },
    faults: { type: "string", default: "0.2" },
    concurrency: { type: "string", default: "16" },
    latency: { type: "string", default: "20" },
    role: { type: "string" },
    "api-url": { type: "string" },
    project: { type: "string" },
    batch: { type: "string" },
  },
});

interface Run {
  /** Wall time, without {@link Run.sampleMs}. */
  wallMs: number;
  /** Time spent in the full collections that sample the live heap. */
  sampleMs: number;
  /** The client's CPU time, start-up included: what its wall time costs on a busy machine. */
  cpuMs: number;
  requests: number;
  /** Sends in flight, averaged over the time elapsed. */
  meanInFlight: number;
  jobs: number;
  objects: number;
  /** SHA-256 of every yielded job, in order: its ID and its messages re-encoded. */
  digest: string;
  peakRssMiB: number;
  liveHeapMiB: number;
}

/** A {@link Run} and the double's CPU time serving it. */
interface Measured extends Run {
  doubleCpuMs: number;
}

/** Child role: fetch the batch and print a {@link Run} as one JSON line. */
async function fetchOnce(apiURL: string, projectID: string, batchID: string, concurrency: number): Promise<void> {
  const { createClient, httpSource, nodeTransport, streamBatchJobs } = await import("../src/api/index.ts");
  const { Metric, MetricsData } = await import("../src/proto/index.ts");
  const { testToken } = await import("../test/_double/scenarios.ts");
  let requests = 0;
  let inFlight = 0;
  let inFlightSince = performance.now();
  let inFlightArea = 0;
  const track = (change: number): void => {
    const now = performance.now();
    inFlightArea += inFlight * (now - inFlightSince);
    inFlightSince = now;
    inFlight += change;
  };
  // A send is in flight until its body is read or it fails.
  const counting: Transport = async (request) => {
    requests++;
    track(1);
    let response: TransportResponse;
    try {
      response = await nodeTransport(request);
    } catch (error) {
      track(-1);
      throw error;
    }
    async function* body(): AsyncGenerator<Uint8Array> {
      try {
        yield* response.body;
      } finally {
        track(-1);
      }
    }
    return { status: response.status, statusText: response.statusText, header: (name) => response.header(name), body: body() };
  };
  const client = createClient({ apiURL, token: testToken, concurrency, transport: counting });
  const digest = createHash("sha256");
  const started = performance.now();
  let jobs = 0;
  let objects = 0;
  let liveHeap = 0;
  let sampleMs = 0;
  for await (const job of streamBatchJobs(httpSource(client), { projectID, batchID })) {
    jobs++;
    objects += job.metrics.length + job.metricsData.length;
    digest.update(job.job.jobID ?? "");
    for (const metric of job.metrics) digest.update(Metric.encode(metric));
    for (const data of job.metricsData) digest.update(MetricsData.encode(data));
    if (jobs % 100 === 0) {
      const sampling = performance.now();
      (globalThis as { gc?: () => void }).gc?.();
      liveHeap = Math.max(liveHeap, process.memoryUsage().heapUsed);
      sampleMs += performance.now() - sampling;
    }
  }
  const elapsedMs = performance.now() - started;
  const usage = process.resourceUsage();
  const peakRssMiB = usage.maxRSS / 1024;
  track(0);
  const run: Run = { wallMs: elapsedMs - sampleMs, sampleMs, cpuMs: (usage.userCPUTime + usage.systemCPUTime) / 1000, requests, meanInFlight: inFlightArea / elapsedMs, jobs, objects, digest: digest.digest("hex"), peakRssMiB, liveHeapMiB: liveHeap / 2 ** 20 };
  process.stdout.write(`${JSON.stringify(run)}\n`);
}

/** Serves `jobs` jobs with `faults` and fetches them in a fresh client process. */
async function measure(jobs: number, histograms: number, faults: number, latency: number, concurrency: number): Promise<Measured> {
  const double = await startDoubleProcess({ jobs, latency, histograms, faults });
  const where = double.served;
  const client = child(process.execPath, ["--expose-gc", self, "--role", "client", "--api-url", where.apiURL, "--project", where.projectID, "--batch", where.batchID, "--concurrency", String(concurrency)]);
  const run = await firstLine<Run>(client.lines);
  client.close();
  const [, served] = await Promise.all([client.done, double.stop()]);
  if (run.jobs !== jobs || run.objects !== jobs * histograms * 3) throw new Error(`Cannot trust the run: fetched ${run.jobs} jobs and ${run.objects} objects`);
  return { ...run, doubleCpuMs: served.cpuMs };
}

async function main(): Promise<void> {
  const concurrency = Number(values.concurrency);
  const latency = Number(values.latency);
  const histograms = Number(values.histograms);
  const faults = Number(values.faults);
  if (values.role === "client") return fetchOnce(values["api-url"]!, values.project!, values.batch!, concurrency);

  console.log(`batch fetch: ${histograms} metrics + ${2 * histograms} metrics data per job, ${latency} ms per request, concurrency ${concurrency}`);
  console.log(`goals: fault-free wall ≤ ${goal.vsBound}× the bound; with faults ≤ ${goal.vsFaultFree}× the fault-free wall, the same jobs in the same order\n`);
  console.log("jobs  | faults | requests | retries | in flight | wall     | bound    | wall/bound | vs fault-free | same jobs | client CPU | double CPU | peak RSS | live heap | heap sampling");
  for (const jobs of values.jobs.split(",").map(Number)) {
    const clean = await measure(jobs, histograms, 0, latency, concurrency);
    const runs: [number, Measured][] = [[0, clean]];
    if (faults > 0) runs.push([faults, await measure(jobs, histograms, faults, latency, concurrency)]);
    for (const [share, run] of runs) {
      const boundMs = (run.requests * latency) / concurrency;
      console.log(
        [
          String(jobs).padEnd(5),
          `${(share * 100).toFixed(0)}%`.padStart(6),
          String(run.requests).padStart(8),
          `${((100 * (run.requests - clean.requests)) / run.requests).toFixed(1)}%`.padStart(7),
          run.meanInFlight.toFixed(1).padStart(9),
          `${(run.wallMs / 1000).toFixed(1)} s`.padStart(8),
          `${(boundMs / 1000).toFixed(1)} s`.padStart(8),
          `${(run.wallMs / boundMs).toFixed(2)}×`.padStart(10),
          `${(run.wallMs / clean.wallMs).toFixed(2)}×`.padStart(13),
          (run.digest === clean.digest ? "yes" : "NO").padStart(9),
          `${(run.cpuMs / 1000).toFixed(1)} s`.padStart(10),
          `${(run.doubleCpuMs / 1000).toFixed(1)} s`.padStart(10),
          `${run.peakRssMiB.toFixed(0)} MiB`.padStart(8),
          `${run.liveHeapMiB.toFixed(0)} MiB`.padStart(9),
          `${(run.sampleMs / 1000).toFixed(2)} s`,
        ].join(" | "),
      );
    }
  }
}

await main();
