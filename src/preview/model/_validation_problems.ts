/**
 * The validator's findings as page problems: one line each, as the
 * `validate` command prints them, with the rule ids apart for the badge.
 * @module
 */

import type { JobMetrics } from "../../proto/index.ts";
import { describeViolation, ruleChain, validateJobMetrics } from "../../validate/index.ts";
import type { Problem } from "./preview_model.ts";

/** Every violation of the job (errors, then warnings) as problems. */
export function validationProblems(job: JobMetrics): Problem[] {
  const report = validateJobMetrics(job);
  return [...report.errors, ...report.warnings].map((violation) => ({
    severity: violation.severity,
    rule: ruleChain(violation),
    message: describeViolation(violation),
  }));
}
