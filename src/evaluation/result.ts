/**
 * What evaluating a metrics config gives: each metric's result table,
 * status and timing, per job for test metrics and once for batch metrics,
 * and the emissions lines that were left out.
 * @module
 */

import type { Cell, EmissionProblem, ResultTable } from "./sql/index.ts";

/** A metric's outcome, as ReSim names them. */
export type MetricStatus = "PASSED" | "FAIL_WARN" | "FAIL_BLOCK" | "NO_DATA" | "QUERY_ERROR" | "RENDER_ERROR" | "ERROR";

/** Statuses that fail the evaluation (exit code 1). */
export const failingStatuses: ReadonlySet<MetricStatus> = new Set(["FAIL_BLOCK", "QUERY_ERROR", "RENDER_ERROR", "ERROR"]);

/** Why a metric has no usable result: which step failed, and where in its text. */
export interface MetricFailure {
  readonly stage: "query" | "status" | "template";
  readonly message: string;
  /** 1-based line and column in the failed step's query or template, when known. */
  readonly line?: number;
  readonly column?: number;
}

/** One threshold of a status gate and whether its query returned rows with it. */
export interface ThresholdCheck {
  readonly threshold: number;
  readonly crossed: boolean;
}

/**
 * What a template made of a result table: a Plotly figure (line, bar,
 * histogram, pie, state timeline, custom templates), a value, a table, or
 * media files.
 */
export type MetricView =
  | { readonly kind: "figure"; readonly figure: { readonly data: readonly Record<string, unknown>[]; readonly layout: Record<string, unknown> } }
  | { readonly kind: "scalar"; readonly value: Cell; readonly units: string }
  | { readonly kind: "table"; readonly columns: readonly string[]; readonly rows: readonly (readonly Cell[])[] }
  | { readonly kind: "media"; readonly media: "image" | "video" | "artifact"; readonly files: readonly MediaFile[] };

/** A media file a query named: its name as emitted, and where it was found (absent when it was not). */
export interface MediaFile {
  readonly name: string;
  readonly path?: string;
}

/** One metric evaluated once: for one job (test metrics) or over all jobs. */
export interface MetricResult {
  readonly metric: string;
  readonly type: string;
  /** The job a test metric ran for; absent for batch-scoped metrics. */
  readonly job?: string;
  readonly description?: string;
  readonly status: MetricStatus;
  /** `skip_if_no_data` and no rows: ReSim hides the metric. */
  readonly hidden: boolean;
  readonly table?: ResultTable;
  readonly failure?: MetricFailure;
  readonly block?: ThresholdCheck;
  readonly warn?: ThresholdCheck;
  readonly view?: MetricView;
  /** Emissions problems in the topics the query reads, and other things worth knowing. */
  readonly notes: readonly string[];
  readonly timing: { readonly queryMs: number; readonly statusMs: number; readonly renderMs: number };
}

/** A whole evaluation. */
export interface EvaluationReport {
  readonly jobs: readonly { readonly id: string; readonly files: readonly string[] }[];
  readonly problems: readonly EmissionProblem[];
  readonly results: readonly MetricResult[];
  /** No metric failed (see {@link failingStatuses}). */
  readonly passed: boolean;
  readonly timing: { readonly loadMs: number; readonly totalMs: number };
}
