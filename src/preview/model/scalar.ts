/**
 * View of a scalar metric: its value, unit and thresholds.
 * @module
 */

import type { ScalarMetricValues } from "../../proto/index.ts";
import { failureBounds } from "./_failure_bounds.ts";
import type { ScalarView } from "./preview_model.ts";

/** The view of `scalar_metric_values`. */
export function scalarView(values: ScalarMetricValues): ScalarView {
  const view: ScalarView = { kind: "scalar", unit: values.unit ?? "", failure: failureBounds(values.failureDefinition) };
  if (values.value !== undefined) view.value = values.value;
  return view;
}
