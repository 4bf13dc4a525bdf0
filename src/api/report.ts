/**
 * Report mode's input: the report, the batches it covers (selected exactly
 * as upstream selects them), their jobs, job and batch metrics (JSON
 * records: report mode downloads no protobuf) and builds.
 * @module
 */

import type * as Api from "./gen/customerapi.ts";
import type { RequestOptions } from "./client.ts";
import type { MetricsSource, ReportRef } from "./source.ts";
import { UnusableResponseError } from "./unusable_response_error.ts";

/** One job of a report batch with its metric records. */
export interface ReportJob {
  job: Api.Job;
  metrics: Api.JobMetric[];
}

/** One batch of a report with everything report metrics chart. */
export interface ReportBatch {
  batch: Api.Batch;
  /** The build the batch ran; charts use its creation time as the x axis. Absent when the batch names no build. */
  build: Api.Build | undefined;
  metrics: Api.BatchMetric[];
  jobs: ReportJob[];
}

/** A report and its batches, oldest batch first. */
export interface FetchedReport {
  report: Api.Report;
  /** The `listBatches` search that selected the batches. */
  search: string;
  batches: ReportBatch[];
}

/**
 * The `listBatches` search selecting a report's batches: same test suite and
 * branch, created strictly between the start and end times and, when the
 * report respects revision boundaries, at the report's suite revision.
 * Times are sent as the API gave them (RFC 3339).
 *
 * @throws {UnusableResponseError} when the report lacks a field the search needs
 */
export function reportBatchSearch(report: Api.Report): string {
  const subject = `report "${report.reportID}"`;
  for (const field of ["testSuiteID", "branchID", "startTimestamp", "endTimestamp"] as const) {
    if (typeof report[field] !== "string") throw new UnusableResponseError(subject, `the API sent it without "${field}"`);
  }
  const clauses = [
    `test_suite_id = "${report.testSuiteID}"`,
    `branch_id = "${report.branchID}"`,
    `created_at > "${report.startTimestamp}"`,
    `created_at < "${report.endTimestamp}"`,
  ];
  if (report.respectRevisionBoundary) {
    if (!Number.isInteger(report.testSuiteRevision)) throw new UnusableResponseError(subject, `the API sent it without "testSuiteRevision"`);
    clauses.push(`test_suite_revision = ${report.testSuiteRevision}`);
  }
  return clauses.join(" AND ");
}

/** Milliseconds of a batch's creation time; batches without one sort last. */
function creationTime(batch: Api.Batch): number {
  const ms = batch.creationTimestamp === undefined ? NaN : Date.parse(batch.creationTimestamp);
  return Number.isNaN(ms) ? Infinity : ms;
}

/**
 * Fetches a report and the batches it covers, sorted by creation time (ties
 * keep the source's order), with jobs, metrics and builds. Requests run as
 * concurrently as the source allows (the HTTP client bounds them).
 */
export async function fetchReport(source: MetricsSource, ref: ReportRef, options: RequestOptions = {}): Promise<FetchedReport> {
  const report = await source.getReport(ref, options);
  const search = reportBatchSearch(report);
  const listed = await source.listBatches(ref.projectID, search, options);
  const batches = listed.map((batch, order) => ({ batch, order })).sort((a, b) => creationTime(a.batch) - creationTime(b.batch) || a.order - b.order);

  const buildIDs = [...new Set(batches.map(({ batch }) => batch.buildID).filter((id) => id !== undefined))];
  const builds = new Map(await Promise.all(buildIDs.map(async (id) => [id, await source.getBuild(ref.projectID, id, options)] as const)));

  return {
    report,
    search,
    batches: await Promise.all(
      batches.map(async ({ batch }): Promise<ReportBatch> => {
        if (batch.batchID === undefined) throw new UnusableResponseError(`a batch of report "${ref.reportID}"`, "the API listed it without a batchID");
        const batchRef = { projectID: ref.projectID, batchID: batch.batchID };
        const [jobs, metrics] = await Promise.all([listAllJobs(source, batchRef, options), source.listBatchMetrics(batchRef, options)]);
        return {
          batch,
          build: batch.buildID === undefined ? undefined : builds.get(batch.buildID),
          metrics,
          jobs: await Promise.all(
            jobs.map(async (job) => {
              if (job.jobID === undefined) throw new UnusableResponseError(`a job of batch "${batch.batchID}"`, "the API listed it without a jobID");
              return { job, metrics: await source.listJobMetrics({ ...batchRef, jobID: job.jobID }, options) };
            }),
          ),
        };
      }),
    ),
  };
}

async function listAllJobs(source: MetricsSource, ref: { projectID: string; batchID: string }, options: RequestOptions): Promise<Api.Job[]> {
  const jobs: Api.Job[] = [];
  for await (const page of source.listJobs(ref, options)) jobs.push(...page.jobs);
  return jobs;
}
