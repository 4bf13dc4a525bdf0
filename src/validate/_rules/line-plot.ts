/**
 * Line plots (LINE-01…LINE-04): parallel lists of x series, y series and
 * statuses; x and y each pair with the status series of their position.
 * @module
 */

import type { LinePlotMetricValues } from "../../proto/index.ts";
import { at, type Checker, type Place } from "./checker.ts";
import { allowed, checkSameLength, checkValueStatusPair, warnLegendCount } from "./pair.ts";

/** Checks `line_plot_metric_values`. */
export function checkLinePlot(c: Checker, values: LinePlotMetricValues, place: Place): void {
  const xs = values.xDoublesDataId;
  const ys = values.yDoublesDataId;
  const statuses = values.statusesDataId;
  checkSameLength(c, "LINE-01", place, "y_doubles_data_id", ys.length, "x_doubles_data_id", xs.length);
  checkSameLength(c, "LINE-02", place, "statuses_data_id", statuses.length, "x_doubles_data_id", xs.length);
  const series = Math.min(xs.length, ys.length, statuses.length);
  for (let k = 0; k < series; k++) {
    const status = { id: statuses[k], place: at(place, "statuses_data_id", k) };
    c.within("LINE-03", () => checkValueStatusPair(c, { id: xs[k], place: at(place, "x_doubles_data_id", k) }, status, allowed.doubles, allowed.timestampIndexes));
    c.within("LINE-04", () => checkValueStatusPair(c, { id: ys[k], place: at(place, "y_doubles_data_id", k) }, status, allowed.doubles, allowed.timestampIndexes));
  }
  warnLegendCount(c, "LINE-01", place, values.legendSeriesNames, xs.length);
}
