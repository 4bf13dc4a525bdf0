/**
 * The layout of a fetched folder, shared by the writer and the reader.
 *
 * Every API answer is saved at its API path plus `.json`, with all pages
 * merged into the list's wrapper object (`{"jobs": [...]}`) and presigned
 * URLs removed; every body is saved as `<id>.binproto` in a folder named
 * after the list it came from. `manifest.json`, written last, says what the
 * folder holds; a folder without it is an unfinished fetch.
 *
 * ```text
 * manifest.json
 * projects/<P>/batches/<B>.json                              getBatch
 * projects/<P>/batches/<B>/jobs.json                         listJobs
 * projects/<P>/batches/<B>/metrics.json                      listBatchMetrics
 * projects/<P>/batches/<B>/jobs/<J>/metrics.json             listMetricsForJob
 * projects/<P>/batches/<B>/jobs/<J>/metrics/<metricID>.binproto
 * projects/<P>/batches/<B>/jobs/<J>/metricsData.json         listMetricsDataForJob
 * projects/<P>/batches/<B>/jobs/<J>/metricsData/<dataID>.binproto
 * projects/<P>/batches/<B>/jobs/<J>/events.json              listEventsForJob
 * projects/<P>/reports/<R>.json                              getReport
 * projects/<P>/batches.json                                  listBatches ({"search": …, "batches": […]})
 * projects/<P>/builds/<X>.json                               getBuild
 * ```
 * @module
 */

import type { BatchRef, JobRef, ReportRef } from "./source.ts";

/** The manifest's `format` value; readers refuse other values. */
export const folderFormat = "resim-metrics-fetch/1";

/** What `manifest.json` records: which batch or report the folder holds, and from where. */
export type FolderManifest = { format: typeof folderFormat; apiURL: string; fetchedAt: string } & (
  | { kind: "batch"; projectID: string; batchID: string }
  | { kind: "report"; projectID: string; reportID: string }
);

/**
 * `id` checked to be usable as one path segment: IDs come from the API, and
 * a hostile or broken answer must not write outside the folder.
 */
export function segment(id: string, what: string): string {
  if (!/^[A-Za-z0-9][A-Za-z0-9._-]*$/.test(id)) throw new TypeError(`Cannot use ${what} "${id}" as a file name: only letters, digits, ".", "_" and "-" are allowed`);
  return id;
}

const project = (projectID: string) => `projects/${segment(projectID, "project ID")}`;
const batch = (ref: BatchRef) => `${project(ref.projectID)}/batches/${segment(ref.batchID, "batch ID")}`;
const job = (ref: JobRef) => `${batch(ref)}/jobs/${segment(ref.jobID, "job ID")}`;

/** Paths relative to the folder root. */
export const layout = {
  manifest: "manifest.json",
  batch: (ref: BatchRef) => `${batch(ref)}.json`,
  jobs: (ref: BatchRef) => `${batch(ref)}/jobs.json`,
  batchMetrics: (ref: BatchRef) => `${batch(ref)}/metrics.json`,
  jobMetrics: (ref: JobRef) => `${job(ref)}/metrics.json`,
  metricBody: (ref: JobRef, metricID: string) => `${job(ref)}/metrics/${segment(metricID, "metric ID")}.binproto`,
  jobMetricsData: (ref: JobRef) => `${job(ref)}/metricsData.json`,
  metricsDataBody: (ref: JobRef, dataID: string) => `${job(ref)}/metricsData/${segment(dataID, "metrics data ID")}.binproto`,
  jobEvents: (ref: JobRef) => `${job(ref)}/events.json`,
  report: (ref: ReportRef) => `${project(ref.projectID)}/reports/${segment(ref.reportID, "report ID")}.json`,
  batches: (projectID: string) => `${project(projectID)}/batches.json`,
  build: (projectID: string, buildID: string) => `${project(projectID)}/builds/${segment(buildID, "build ID")}.json`,
} as const;
