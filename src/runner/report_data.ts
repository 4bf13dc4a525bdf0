/**
 * What a report-mode handler reads: the report and the batches it covers,
 * with their jobs, job and batch metric records and builds, fetched on
 * first use.
 * @module
 */

import { fetchReport, type FetchedReport } from "../api/report.ts";
import type { MetricsSource, ReportRef } from "../api/source.ts";

/** The report-mode members of the handler's context. */
export interface ReportData {
  /**
   * The report and its batches, selected as ReSim selects them (same test
   * suite and branch, created strictly inside the report's time window, at
   * its suite revision when it respects revision boundaries), oldest first,
   * each with its build, batch metrics and jobs with their metric records.
   * Read once per run; later calls return the same object.
   *
   * @throws {ApiError | UnusableResponseError | FolderError} when something cannot be read; the run then fails
   */
  report(): Promise<FetchedReport>;
}

/** The report-mode accessors for `ref`, reading through the source `open` resolves to (opened on first use). */
export function reportData(open: () => Promise<MetricsSource>, ref: ReportRef): ReportData {
  let report: Promise<FetchedReport> | undefined;
  return {
    report: () => (report ??= open().then((source) => fetchReport(source, ref))),
  };
}
