/**
 * Statuses as the default report shows them: one status per batch, derived
 * from its run status and metric statuses in the conflated-job-status terms
 * jobs use, and the colour of each.
 * @module
 */

import type * as Api from "../api/gen/customerapi.ts";

/** The job statuses the report's charts and tables always show, in this order. */
export const shownJobStatuses = ["PASSED", "WARNING", "BLOCKER", "ERROR", "CANCELLED"] as const;

/** How ReSim colours each conflated job status. */
export const statusColors: Readonly<Record<string, string>> = {
  BLOCKER: "#FA7070",
  CANCELLED: "#FCB5EC",
  ERROR: "#AD4143",
  PASSED: "#7CA0FB",
  QUEUED: "#3A3A44",
  RUNNING: "#D3FAA3",
  WARNING: "#FFAC70",
};

/** Batches that have not finished, or did not, map straight to a status. */
const runStatuses: Readonly<Record<string, Api.ConflatedJobStatus>> = {
  SUBMITTED: "QUEUED",
  EXPERIENCES_RUNNING: "RUNNING",
  BATCH_METRICS_QUEUED: "RUNNING",
  BATCH_METRICS_RUNNING: "RUNNING",
  CANCELLED: "CANCELLED",
  ERROR: "ERROR",
};

/**
 * The status of `batch`: from its run status while it runs, or when it was
 * cancelled or failed; otherwise BLOCKER if its batch or job metrics block,
 * WARNING if either warns, else PASSED. The API's own `conflatedStatus` uses
 * other terms and is not used.
 */
export function batchStatus(batch: Api.Batch): Api.ConflatedJobStatus {
  const byRun = batch.status === undefined ? undefined : runStatuses[batch.status];
  if (byRun !== undefined) return byRun;
  const metricStatuses = [batch.batchMetricsStatus, batch.jobsMetricsStatus];
  if (metricStatuses.includes("FAIL_BLOCK")) return "BLOCKER";
  return metricStatuses.includes("FAIL_WARN") ? "WARNING" : "PASSED";
}
