/**
 * Line plots (LINE-01…LINE-04): parallel lists of x series, y series and
 * statuses; x and y each pair with the status series of their position.
 * @module
 */

import type { LinePlotMetricValues } from "../../proto/index.ts";
import type { Checker, Place } from "./checker.ts";
import { allowed, checkPairsAt, checkSameLength, warnLegendCount } from "./pair.ts";

/** Checks `line_plot_metric_values`. */
export function checkLinePlot(c: Checker, values: LinePlotMetricValues, place: Place): void {
  const xs = values.xDoublesDataId;
  checkSameLength(c, "LINE-01", place, "y_doubles_data_id", values.yDoublesDataId.length, "x_doubles_data_id", xs.length);
  checkSameLength(c, "LINE-02", place, "statuses_data_id", values.statusesDataId.length, "x_doubles_data_id", xs.length);
  checkPairsAt(
    c,
    place,
    { field: "statuses_data_id", ids: values.statusesDataId },
    [
      { rule: "LINE-03", field: "x_doubles_data_id", ids: xs, allowedValues: allowed.doubles },
      { rule: "LINE-04", field: "y_doubles_data_id", ids: values.yDoublesDataId, allowedValues: allowed.doubles },
    ],
    allowed.timestampIndexes,
  );
  warnLegendCount(c, "LINE-01", place, values.legendSeriesNames, xs.length);
}
