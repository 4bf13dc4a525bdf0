/**
 * Rendering violations for people: field paths in proto notation and one
 * line per violation, prefixed by the metric, data or event it is about.
 * @module
 */

import type { PathSegment, Subject, Violation } from "./violation.ts";

/** Fields whose next path segment is a map key rather than a field name. */
const mapFields = new Set(["category_to_series"]);

/**
 * Renders a field path in proto notation.
 *
 * @example
 * formatPath(["metrics_data", 3, "series_per_category", "category_to_series", "Engage"])
 * // 'metrics_data[3].series_per_category.category_to_series["Engage"]'
 */
export function formatPath(path: readonly PathSegment[]): string {
  let out = "";
  for (let i = 0; i < path.length; i++) {
    const segment = path[i]!;
    const previous = path[i - 1];
    if (typeof segment === "number") out += `[${segment}]`;
    else if (typeof previous === "string" && mapFields.has(previous)) out += `[${JSON.stringify(segment)}]`;
    else out += out === "" ? segment : `.${segment}`;
  }
  return out;
}

/** Where each kind of subject lives in a JobMetrics, and the list name shown for it. */
const subjectRoots: Record<Exclude<Subject["kind"], "job">, { path: readonly PathSegment[]; label: string }> = {
  metric: { path: ["job_level_metrics", "metrics"], label: "metrics" },
  metrics_data: { path: ["metrics_data"], label: "metrics_data" },
  event: { path: ["events"], label: "events" },
};

/**
 * Renders a violation as one line: the subject, the field path relative to
 * it, the message and the rule (with the rules that applied it), e.g.
 * `metrics[3] "Angular Acceleration" (LINE_PLOT): x_doubles_data_id[1] refers to unknown metrics data "6f1c…" [LINE-03 > VS-02]`.
 */
export function formatViolation(v: Violation): string {
  return `${describeViolation(v)} [${ruleChain(v)}]`;
}

/** The rule that failed after the rules that applied it, e.g. `LINE-03 > VS-02`. */
export function ruleChain(v: Violation): string {
  return [...(v.via ?? []), v.rule].join(" > ");
}

/** The line {@link formatViolation} renders, without the rules: for views that show them apart. */
export function describeViolation(v: Violation): string {
  const subject = v.subject;
  if (subject === undefined || subject.kind === "job" || subject.index === undefined) {
    return `${formatPath(v.path)} ${v.message}`;
  }
  const root = subjectRoots[subject.kind];
  let label = `${root.label}[${subject.index}]`;
  if (subject.name) label += ` ${JSON.stringify(subject.name)}`;
  if (subject.type !== undefined) label += ` (${subject.type})`;
  let relative = v.path.slice(root.path.length + 1);
  // A metric's values case is implied by its type, shown in the label.
  if (subject.kind === "metric" && typeof relative[0] === "string" && relative[0].endsWith("_metric_values")) {
    relative = relative.slice(1);
  }
  const where = formatPath(relative);
  return `${label}: ${where === "" ? "" : `${where} `}${v.message}`;
}
