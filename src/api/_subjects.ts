/**
 * How messages name the things a batch fetch handles.
 * @module
 */

import type * as Api from "./gen/customerapi.ts";
import type { JobRef } from "./source.ts";
import { UnusableResponseError } from "./unusable_response_error.ts";

/** `metric "Max Error" of job "…"`. */
export function metricSubject(ref: JobRef, metric: Api.JobMetric): string {
  return `metric "${metric.name ?? metric.metricID ?? "?"}" of job "${ref.jobID}"`;
}

/** `metrics data "times" of job "…"`. */
export function metricsDataSubject(ref: JobRef, data: Api.JobMetricsData): string {
  return `metrics data "${data.name ?? data.dataID ?? "?"}" of job "${ref.jobID}"`;
}

/** The metric's ID, which reading it from a folder needs. */
export function requireMetricID(ref: JobRef, metric: Api.JobMetric): string {
  if (metric.metricID === undefined) throw new UnusableResponseError(metricSubject(ref, metric), "its record has no metricID");
  return metric.metricID;
}

/** The metrics data's ID, which reading it from a folder needs. */
export function requireDataID(ref: JobRef, data: Api.JobMetricsData): string {
  if (data.dataID === undefined) throw new UnusableResponseError(metricsDataSubject(ref, data), "its record has no dataID");
  return data.dataID;
}
