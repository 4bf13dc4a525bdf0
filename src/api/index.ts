/**
 * The ReSim API for batch and report mode: a client with bounded
 * concurrency, retries and pagination; sources (the API, or a fetched
 * folder); the fetchers that turn them into decoded jobs and reports; and
 * saving a batch's emissions logs for local evaluation.
 * @module
 */

export {
  createClient,
  type ApiClient,
  type ClientOptions,
  type DownloadOptions,
  type ListItem,
  type ListOperationId,
  type OperationId,
  type OperationParams,
  type OperationResponse,
  type RequestOptions,
} from "./client.ts";
export { nodeTransport, type Transport, type TransportRequest, type TransportResponse } from "./transport.ts";
export { ApiError, type ApiErrorInit, type ApiErrorReason } from "./error.ts";
export { UnusableResponseError } from "./unusable_response_error.ts";
export { defaultRetryPolicy, retryStatuses, systemClock, type Clock, type RetryPolicy } from "./retry.ts";
export { apiURLProblem, apiURLWarning, isApiId, normalizeApiURL, type ApiURLProblem } from "./api_url.ts";
export type { BatchRef, JobRef, JobsPage, MetricsSource, ReportRef } from "./source.ts";
export { httpSource } from "./http_source.ts";
export { folderSource, readManifest, FolderError } from "./folder_source.ts";
export { saveBatch, saveReport, type SaveSummary } from "./folder_recorder.ts";
export { saveEmissionsLogs, type EmissionsOptions, type EmissionsSummary } from "./emissions_logs.ts";
export { folderFormat, type FolderManifest } from "./folder_layout.ts";
export { fetchBatchJobs, streamBatchJobs, type BatchFetchOptions, type FetchedJob, type FetchProgress } from "./batch.ts";
export { unpackJob, type UnpackedJob } from "./unpacked_job.ts";
export { fetchReport, reportBatchSearch, type FetchedReport, type ReportBatch, type ReportJob } from "./report.ts";
export { silentProgress, terminalProgress, type ProgressOptions, type ProgressReporter, type ProgressStream } from "./progress.ts";
export type * as Api from "./gen/customerapi.ts";
