/**
 * Labels and tones of statuses, importances and metric types: the one place
 * the page's words for protobuf enum values are decided.
 * @module
 */

import { MetricImportance, MetricStatus, MetricType } from "../../proto/index.ts";
import type { ImportanceBadge, StatusBadge, StatusTone } from "./preview_model.ts";

const statusLabels: Readonly<Record<number, [string, StatusTone]>> = {
  [MetricStatus.NO_METRIC_STATUS]: ["No status", "none"],
  [MetricStatus.PASSED_METRIC_STATUS]: ["Passed", "passed"],
  [MetricStatus.FAIL_WARN_METRIC_STATUS]: ["Warning", "warn"],
  [MetricStatus.NOT_APPLICABLE_METRIC_STATUS]: ["Not applicable", "neutral"],
  [MetricStatus.RAW_METRIC_STATUS]: ["Raw", "raw"],
  [MetricStatus.FAIL_BLOCK_METRIC_STATUS]: ["Blocking", "block"],
};

/** How a `MetricStatus` number is labelled and coloured. */
export function statusBadge(code: number): StatusBadge {
  const [label, tone] = statusLabels[code] ?? [`Status ${code}`, "none"];
  return { code, label, tone };
}

/** Statuses from most to least severe: the order of the header's counts. */
export const statusSeverityOrder: readonly number[] = [
  MetricStatus.FAIL_BLOCK_METRIC_STATUS,
  MetricStatus.FAIL_WARN_METRIC_STATUS,
  MetricStatus.PASSED_METRIC_STATUS,
  MetricStatus.RAW_METRIC_STATUS,
  MetricStatus.NOT_APPLICABLE_METRIC_STATUS,
  MetricStatus.NO_METRIC_STATUS,
];

/** Whether a status marks a failure (warning or blocking). */
export function isFailingStatus(code: number): boolean {
  return code === MetricStatus.FAIL_WARN_METRIC_STATUS || code === MetricStatus.FAIL_BLOCK_METRIC_STATUS;
}

const importanceLabels: Readonly<Record<number, string>> = {
  [MetricImportance.NO_SPECIFIED_IMPORTANCE]: "",
  [MetricImportance.ZERO_IMPORTANCE]: "Zero",
  [MetricImportance.LOW_IMPORTANCE]: "Low",
  [MetricImportance.MEDIUM_IMPORTANCE]: "Medium",
  [MetricImportance.HIGH_IMPORTANCE]: "High",
  [MetricImportance.CRITICAL_IMPORTANCE]: "Critical",
};

/** How a `MetricImportance` number is labelled. */
export function importanceBadge(code: number): ImportanceBadge {
  return { code, label: importanceLabels[code] ?? `Importance ${code}` };
}

const typeLabels: Readonly<Record<number, string>> = {
  [MetricType.DOUBLE_SUMMARY_METRIC_TYPE]: "Double summary",
  [MetricType.DOUBLE_OVER_TIME_METRIC_TYPE]: "Double over time",
  [MetricType.LINE_PLOT_METRIC_TYPE]: "Line plot",
  [MetricType.BAR_CHART_METRIC_TYPE]: "Bar chart",
  [MetricType.STATES_OVER_TIME_METRIC_TYPE]: "States over time",
  [MetricType.HISTOGRAM_METRIC_TYPE]: "Histogram",
  [MetricType.SCALAR_METRIC_TYPE]: "Scalar",
  [MetricType.PLOTLY_METRIC_TYPE]: "Plotly",
  [MetricType.IMAGE_METRIC_TYPE]: "Image",
  [MetricType.BATCHWISE_BAR_CHART_METRIC_TYPE]: "Batchwise bar chart",
  [MetricType.TEXT_METRIC_TYPE]: "Text",
  [MetricType.IMAGE_LIST_METRIC_TYPE]: "Image list",
};

/** How a `MetricType` number is labelled, e.g. `Line plot`. */
export function metricTypeLabel(code: number): string {
  return typeLabels[code] ?? `Metric type ${code}`;
}
