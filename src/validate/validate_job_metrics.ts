/**
 * The validator: every rule ReSim's own validator applies to a JobMetrics
 * message, with the same verdict, but reporting all violations instead of
 * stopping at the first.
 * @module
 */

import type { JobMetrics } from "../proto/index.ts";
import { Checker } from "./_rules/checker.ts";
import { checkMetricsData } from "./_rules/data.ts";
import { checkEvents } from "./_rules/event.ts";
import { checkIdTables } from "./_rules/ids.ts";
import { checkJobStatuses, checkMetricIdentity, warnSharedNames } from "./_rules/job.ts";
import { checkMetrics } from "./_rules/metric.ts";
import type { ValidationReport } from "./violation.ts";

/**
 * Validates `message` as ReSim does before accepting `metrics.binproto`.
 *
 * `valid` equals the upstream verdict. Errors come in upstream's evaluation
 * order, so `errors[0]` is the failure upstream reports; every check it
 * repeats is reported once. Warnings flag what upstream accepts but is
 * probably a mistake. The message is not modified.
 */
export function validateJobMetrics(message: JobMetrics): ValidationReport {
  const c = new Checker(message);
  checkIdTables(c); // P1–P4
  checkMetrics(c); // P5
  checkJobStatuses(c); // P6–P7
  checkMetricIdentity(c); // P8
  checkMetricsData(c); // P9
  checkEvents(c); // P10
  warnSharedNames(c);
  return { valid: c.errors.length === 0, errors: c.errors, warnings: c.warnings };
}
