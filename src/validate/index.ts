/**
 * Validation of JobMetrics messages against the rules ReSim applies before
 * accepting `metrics.binproto`: one implementation used by the SDK's
 * writer, the runner, `validate` and `preview`.
 * @module
 */

export { validateJobMetrics } from "./validate_job_metrics.ts";
export { assertValidJobMetrics, InvalidMetricsError } from "./invalid_metrics_error.ts";
export { describeViolation, formatPath, formatViolation, ruleChain } from "./format.ts";
export { parseUuid } from "./uuid.ts";
export { ruleIds, type NoteId, type RuleId } from "./rule_ids.ts";
export type { PathSegment, Subject, ValidationReport, Violation } from "./violation.ts";
