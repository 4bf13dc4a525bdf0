/**
 * What evaluation needs from a metrics config: its topics and the metrics
 * to run, each with its query, template, status gate and options. Built
 * from the loaded config by {@link planFromConfig} (src/evaluation/from_config.ts);
 * tests build it directly.
 * @module
 */

import type { TopicTable } from "./sql/index.ts";

/** How a metric's result table is drawn: a system template by name, or a custom Liquid file. */
export type TemplateRef = { readonly kind: "system"; readonly name: string } | { readonly kind: "custom"; readonly file: string };

/** A metric's status gate: a query with one `?`, tried with `block`, then with `warn`. */
export interface StatusGate {
  readonly query: string;
  /** The threshold as the config gives it; anything but a number is reported on the metric. */
  readonly block?: unknown;
  readonly warn?: unknown;
}

/** One metric to evaluate. */
export interface PlannedMetric {
  readonly name: string;
  /** `test`, `batch`, `dashboard` (or the legacy `report`). */
  readonly type: string;
  readonly description?: string;
  readonly query: string;
  readonly template: TemplateRef;
  readonly units?: string;
  readonly skipIfNoData: boolean;
  readonly status?: StatusGate;
  /** Options for the system template (axis labels, bins); kept as the config gives them. */
  readonly templateSettings?: Readonly<Record<string, unknown>>;
}

/**
 * Everything one evaluation runs.
 *
 * @example
 * ```ts
 * const plan: EvaluationPlan = {
 *   topics: [{ name: "speed", fields: [{ name: "v", type: "float" }] }],
 *   metrics: [{ name: "Top speed", type: "test", query: "SELECT MAX(v) FROM speed", template: { kind: "system", name: "scalar" }, skipIfNoData: false }],
 *   templatesDir: ".resim/metrics/templates",
 * };
 * ```
 */
export interface EvaluationPlan {
  readonly topics: readonly TopicTable[];
  readonly metrics: readonly PlannedMetric[];
  /** Where custom templates are read from. */
  readonly templatesDir?: string;
}
