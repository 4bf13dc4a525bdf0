/**
 * What validation produces: violations of rules, each located by a field
 * path and the entity it is about, gathered in a report.
 * @module
 */

import type { NoteId, RuleId } from "./rule_ids.ts";

/**
 * One step of a field path: a proto field name (snake_case), a list index,
 * or a map key (the step after a map field such as `category_to_series`).
 */
export type PathSegment = string | number;

/** The entity a violation is about, as users know it. */
export interface Subject {
  /** Which list of the JobMetrics the entity is in (`job` for the message itself). */
  readonly kind: "metric" | "metrics_data" | "event" | "job";
  /** Position in that list. */
  readonly index?: number;
  /** The entity's `name`. */
  readonly name?: string;
  /** Its type without the enum suffix, e.g. `LINE_PLOT` or `DOUBLE_SERIES`; the number when the schema does not know it. */
  readonly type?: string;
}

/** A rule a message breaks (an error) or a probable mistake the rules let through (a warning). */
export interface Violation {
  /** The most specific rule that failed, e.g. `AGREE-03` inside a value/status pair check. */
  readonly rule: RuleId;
  /** Errors decide validity; warnings never do. */
  readonly severity: "error" | "warning";
  /**
   * Field path from the JobMetrics root, e.g.
   * `["job_level_metrics","metrics",3,"line_plot_metric_values","x_doubles_data_id",1]`.
   * The `metric_values` wrapper of a metric is left out: its selected case names the values.
   */
  readonly path: readonly PathSegment[];
  /** The metric, metrics data or event involved. */
  readonly subject?: Subject;
  /** One line: what is wrong and why, worded to follow the rendered path. */
  readonly message: string;
  /** The enclosing rules that applied {@link rule}, outermost first, e.g. `["LINE-04", "VS-11"]`. */
  readonly via?: readonly RuleId[];
  /** For warnings: the upstream quirk that makes the message acceptable. */
  readonly note?: NoteId;
}

/** The outcome of validating one JobMetrics message. */
export interface ValidationReport {
  /** `errors.length === 0`; equals the verdict of ReSim's own validator. */
  readonly valid: boolean;
  /** Every rule violation, in the order ReSim's validator evaluates its checks (so `errors[0]` is the failure it reports). */
  readonly errors: readonly Violation[];
  /** Probable mistakes that do not affect validity. */
  readonly warnings: readonly Violation[];
}
