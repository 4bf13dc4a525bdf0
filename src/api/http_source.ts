/**
 * The ReSim API as a {@link MetricsSource}: each operation is one paginated
 * list or GET of the client, and bodies come from presigned URLs.
 * @module
 */

import type { ApiClient, RequestOptions } from "./client.ts";
import { UnusableResponseError } from "./unusable_response_error.ts";
import type { BatchRef, JobRef, MetricsSource } from "./source.ts";
import { metricSubject, metricsDataSubject } from "./_subjects.ts";

/** Reads batches and reports through `client`. */
export function httpSource(client: ApiClient): MetricsSource {
  const jobPath = (ref: JobRef) => ({ path: { projectID: ref.projectID, batchID: ref.batchID, jobID: ref.jobID } });
  const batchPath = (ref: BatchRef) => ({ path: { projectID: ref.projectID, batchID: ref.batchID } });

  function download(url: string | undefined, subject: string, options: RequestOptions | undefined): Promise<Uint8Array> {
    if (url === undefined) return Promise.reject(new UnusableResponseError(subject, "the API listed it without a download URL"));
    return client.download(url, { ...options, action: `download ${subject}` });
  }

  return {
    origin: client.apiURL,
    getBatch: (ref, options) => client.get("getBatch", batchPath(ref), options),
    async *listJobs(ref, options) {
      for await (const page of client.pages("listJobs", batchPath(ref), options)) {
        yield { jobs: page.jobs ?? [], total: page.total };
      }
    },
    listJobMetrics: (ref, options) => client.list("listMetricsForJob", jobPath(ref), options),
    listJobMetricsData: (ref, options) => client.list("listMetricsDataForJob", jobPath(ref), options),
    listJobEvents: (ref, options) => client.list("listEventsForJob", jobPath(ref), options),
    readMetric: (ref, metric, options) => download(metric.metricURL, metricSubject(ref, metric), options),
    readMetricsData: (ref, data, options) => download(data.metricsDataURL, metricsDataSubject(ref, data), options),
    getReport: (ref, options) => client.get("getReport", { path: ref }, options),
    listBatches: (projectID, search, options) => client.list("listBatches", { path: { projectID }, query: { search } }, options),
    listBatchMetrics: (ref, options) => client.list("listBatchMetrics", batchPath(ref), options),
    getBuild: (projectID, buildID, options) => client.get("getBuild", { path: { projectID, buildID } }, options),
  };
}
