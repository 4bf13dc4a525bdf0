/**
 * The error thrown when a JobMetrics message breaks a rule, for callers
 * that must not write or upload invalid metrics.
 * @module
 */

import type { JobMetrics } from "../proto/index.ts";
import { formatViolation } from "./format.ts";
import { validateJobMetrics } from "./validate_job_metrics.ts";
import type { ValidationReport } from "./violation.ts";

/** A JobMetrics message that ReSim would reject; `report` holds every violation. */
export class InvalidMetricsError extends Error {
  override name = "InvalidMetricsError";
  /** The full report (never valid). */
  readonly report: ValidationReport;

  /** Builds the message from the first error: `<first error> (and N more)`. */
  constructor(report: ValidationReport, options?: ErrorOptions) {
    const [first, ...rest] = report.errors;
    const head = first === undefined ? "invalid metrics" : formatViolation(first);
    super(rest.length === 0 ? head : `${head} (and ${rest.length} more)`, options);
    this.report = report;
  }
}

/**
 * Validates `message` and throws if ReSim would reject it; otherwise returns
 * the report, whose warnings flag probable mistakes.
 *
 * @throws {InvalidMetricsError} when any rule is broken
 */
export function assertValidJobMetrics(message: JobMetrics): ValidationReport {
  const report = validateJobMetrics(message);
  if (!report.valid) throw new InvalidMetricsError(report);
  return report;
}
