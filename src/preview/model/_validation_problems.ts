/**
 * The validator's findings as page problems: one line each, as the
 * `validate` command prints them, with the rule ids apart for the badge.
 * @module
 */

import type { JobMetrics } from "../../proto/index.ts";
import { formatViolation, validateJobMetrics, type Violation } from "../../validate/index.ts";
import type { Problem } from "./preview_model.ts";

/** Every violation of the job (errors, then warnings) as problems. */
export function validationProblems(job: JobMetrics): Problem[] {
  const report = validateJobMetrics(job);
  return [...report.errors, ...report.warnings].map(problemOf);
}

function problemOf(violation: Violation): Problem {
  const rules = [...(violation.via ?? []), violation.rule].join(" > ");
  const line = formatViolation(violation);
  const suffix = ` [${rules}]`;
  return { severity: violation.severity, rule: rules, message: line.endsWith(suffix) ? line.slice(0, -suffix.length) : line };
}
