/**
 * Saving a batch or a report to a folder (`resim-metrics fetch`): a source
 * that writes everything it reads, driven by the same fetchers as batch and
 * report mode, so a replay from the folder reads exactly what they need.
 * @module
 */

import { mkdir, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { streamBatchJobs, type BatchFetchOptions } from "./batch.ts";
import { fetchReport } from "./report.ts";
import { folderFormat, layout, type FolderManifest } from "./folder_layout.ts";
import type { BatchRef, MetricsSource, ReportRef } from "./source.ts";
import { requireDataID, requireMetricID } from "./_subjects.ts";

async function write(folder: string, file: string, content: Uint8Array | string): Promise<void> {
  const path = join(folder, file);
  await mkdir(dirname(path), { recursive: true });
  await writeFile(path, content);
}

const writeJson = (folder: string, file: string, value: unknown): Promise<void> => write(folder, file, `${JSON.stringify(value, null, 2)}\n`);

/** `record` without its presigned URL: it grants access for a while and is useless once expired. */
function withoutURL<T extends object>(record: T, key: string): T {
  const { [key]: _url, ...rest } = record as Record<string, unknown>;
  return rest as T;
}

/** A source reading through `inner` that saves every answer and body under `folder`. */
function recordingSource(inner: MetricsSource, folder: string): MetricsSource {
  const saved = async <T>(file: string, answer: Promise<T>, content: (value: T) => unknown = (value) => value): Promise<T> => {
    const value = await answer;
    await writeJson(folder, file, content(value));
    return value;
  };
  return {
    origin: inner.origin,
    getBatch: (ref, options) => saved(layout.batch(ref), inner.getBatch(ref, options)),
    async *listJobs(ref, options) {
      const jobs = [];
      let total: number | undefined;
      for await (const page of inner.listJobs(ref, options)) {
        jobs.push(...page.jobs);
        total ??= page.total;
        yield page;
      }
      await writeJson(folder, layout.jobs(ref), total === undefined ? { jobs } : { jobs, total });
    },
    listJobMetrics: (ref, options) =>
      saved(layout.jobMetrics(ref), inner.listJobMetrics(ref, options), (metrics) => ({ metrics: metrics.map((m) => withoutURL(m, "metricURL")) })),
    listJobMetricsData: (ref, options) =>
      saved(layout.jobMetricsData(ref), inner.listJobMetricsData(ref, options), (data) => ({ metricsData: data.map((d) => withoutURL(d, "metricsDataURL")) })),
    listJobEvents: (ref, options) => saved(layout.jobEvents(ref), inner.listJobEvents(ref, options), (events) => ({ events })),
    async readMetric(ref, metric, options) {
      const body = await inner.readMetric(ref, metric, options);
      await write(folder, layout.metricBody(ref, requireMetricID(ref, metric)), body);
      return body;
    },
    async readMetricsData(ref, data, options) {
      const body = await inner.readMetricsData(ref, data, options);
      await write(folder, layout.metricsDataBody(ref, requireDataID(ref, data)), body);
      return body;
    },
    getReport: (ref, options) => saved(layout.report(ref), inner.getReport(ref, options)),
    listBatches: (projectID, search, options) => saved(layout.batches(projectID), inner.listBatches(projectID, search, options), (batches) => ({ search, batches })),
    listBatchMetrics: (ref, options) => saved(layout.batchMetrics(ref), inner.listBatchMetrics(ref, options), (batchMetrics) => ({ batchMetrics })),
    getBuild: (projectID, buildID, options) => saved(layout.build(projectID, buildID), inner.getBuild(projectID, buildID, options)),
  };
}

/** What a save wrote. */
export interface SaveSummary {
  jobs: number;
  metrics: number;
  metricsData: number;
  events: number;
  /** Batches, for a report; 1 for a batch. */
  batches: number;
}

async function writeManifest(folder: string, manifest: FolderManifest): Promise<void> {
  await writeJson(folder, layout.manifest, manifest);
}

/** Saves a batch (its record and every job with metrics, STANDARD data and, on request, events) into `folder`. */
export async function saveBatch(source: MetricsSource, ref: BatchRef, folder: string, options: BatchFetchOptions = {}): Promise<SaveSummary> {
  const recorder = recordingSource(source, folder);
  await recorder.getBatch(ref, { signal: options.signal });
  const summary: SaveSummary = { jobs: 0, metrics: 0, metricsData: 0, events: 0, batches: 1 };
  for await (const job of streamBatchJobs(recorder, ref, options)) {
    summary.jobs++;
    summary.metrics += job.metrics.length;
    summary.metricsData += job.metricsData.length;
    summary.events += job.events.length;
  }
  await writeManifest(folder, { format: folderFormat, apiURL: source.origin, fetchedAt: new Date().toISOString(), kind: "batch", ...ref });
  return summary;
}

/** Saves a report with its batches, jobs, metric records and builds into `folder`. */
export async function saveReport(source: MetricsSource, ref: ReportRef, folder: string, options: { signal?: AbortSignal } = {}): Promise<SaveSummary> {
  const report = await fetchReport(recordingSource(source, folder), ref, options);
  await writeManifest(folder, { format: folderFormat, apiURL: source.origin, fetchedAt: new Date().toISOString(), kind: "report", ...ref });
  const jobs = report.batches.flatMap((batch) => batch.jobs);
  return {
    jobs: jobs.length,
    metrics: jobs.reduce((sum, job) => sum + job.metrics.length, 0) + report.batches.reduce((sum, batch) => sum + batch.metrics.length, 0),
    metricsData: 0,
    events: 0,
    batches: report.batches.length,
  };
}
