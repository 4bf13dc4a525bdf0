/**
 * View of a Plotly metric: the stored figure, drawn as it is.
 * @module
 */

import type { PlotlyMetricValues } from "../../proto/index.ts";
import type { PlotlyView } from "./preview_model.ts";

/** The view of `plotly_metric_values`. */
export function plotlyView(values: PlotlyMetricValues): PlotlyView {
  return { kind: "plotly", figure: values.json ?? {} };
}
