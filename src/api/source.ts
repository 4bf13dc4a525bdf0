/**
 * Where batch and report data comes from: the operations the fetchers
 * need, implemented by the HTTP API ({@link httpSource}) and by a folder a
 * previous fetch saved ({@link folderSource}), so replay needs no network.
 * @module
 */

import type * as Api from "./gen/customerapi.ts";
import type { RequestOptions } from "./client.ts";

/** A batch of a project. */
export interface BatchRef {
  projectID: string;
  batchID: string;
}

/** A job of a batch. */
export interface JobRef extends BatchRef {
  jobID: string;
}

/** A report of a project. */
export interface ReportRef {
  projectID: string;
  reportID: string;
}

/** One page of a batch's jobs. */
export interface JobsPage {
  jobs: Api.Job[];
  /** How many jobs the batch has, when the source knows. */
  total?: number | undefined;
}

/** The read operations batch and report fetching is built on; every list is complete (all pages). */
export interface MetricsSource {
  /** Where the data comes from, for messages: an API URL or a folder. */
  readonly origin: string;
  getBatch(ref: BatchRef, options?: RequestOptions): Promise<Api.Batch>;
  /** The batch's jobs in listing order, page by page, so large batches stream. */
  listJobs(ref: BatchRef, options?: RequestOptions): AsyncIterable<JobsPage>;
  listJobMetrics(ref: JobRef, options?: RequestOptions): Promise<Api.JobMetric[]>;
  listJobMetricsData(ref: JobRef, options?: RequestOptions): Promise<Api.JobMetricsData[]>;
  listJobEvents(ref: JobRef, options?: RequestOptions): Promise<Api.Event[]>;
  /** The body of one job metric: a serialized `Metric`. */
  readMetric(ref: JobRef, metric: Api.JobMetric, options?: RequestOptions): Promise<Uint8Array>;
  /** The body of one job metrics data: a serialized `MetricsData` when its type is STANDARD. */
  readMetricsData(ref: JobRef, data: Api.JobMetricsData, options?: RequestOptions): Promise<Uint8Array>;
  getReport(ref: ReportRef, options?: RequestOptions): Promise<Api.Report>;
  /** The project's batches matching a `listBatches` search, in the source's order. */
  listBatches(projectID: string, search: string, options?: RequestOptions): Promise<Api.Batch[]>;
  listBatchMetrics(ref: BatchRef, options?: RequestOptions): Promise<Api.BatchMetric[]>;
  getBuild(projectID: string, buildID: string, options?: RequestOptions): Promise<Api.Build>;
}
