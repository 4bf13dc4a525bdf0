/**
 * Plotly metrics (PLOTLY-01): the chart JSON is set; its contents are not inspected.
 * @module
 */

import type { PlotlyMetricValues } from "../../proto/index.ts";
import { at, type Checker, type Place } from "./checker.ts";

/** Checks `plotly_metric_values`. */
export function checkPlotly(c: Checker, values: PlotlyMetricValues, place: Place): void {
  if (values.json === undefined) c.error("PLOTLY-01", at(place, "json"), "is not set: a plotly metric needs its figure as JSON (an empty object is fine)");
}
