/**
 * Local evaluation of a Metrics 2.0 config: emissions files become SQL
 * tables (one per topic, plus `metadata`), each metric's query runs per job
 * (test metrics) or over all jobs (batch metrics), status gates decide
 * pass / warn / block, and templates draw the results. The SQL engine sits
 * behind `./sql/`.
 * @module
 */

export * from "./choices.ts";
export { evaluate, isNoData, type EvaluateOptions, type RenderMetric } from "./evaluate.ts";
export { RenderFailure } from "./render_failure.ts";
export { cellText, renderCustomTemplate, renderSystemTemplate, systemTemplateColumns, templateRenderer, templateVariables } from "./templates/index.ts";
export { planFromConfig, UnknownMetricsSetError } from "./from_config.ts";
export { findJobs, UnreadableInputError, type InputJob } from "./inputs.ts";
export type { EvaluationPlan, PlannedMetric, StatusGate, TemplateRef } from "./plan.ts";
export { placeholders, positionOf, type TextPosition } from "./query_text.ts";
export { cellJson, reportJson, type Json } from "./report_json.ts";
export { failingStatuses, type EvaluationReport, type MetricFailure, type MetricResult, type MediaFile, type MetricStatus, type MetricView, type ThresholdCheck } from "./result.ts";
export { runGate, type GateOutcome } from "./status_gate.ts";
export type { Cell, EmissionProblem, ResultTable } from "./sql/index.ts";
