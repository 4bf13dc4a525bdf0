/**
 * Bar charts (BAR-01, BAR-02): string-indexed double series, each with its
 * status series.
 * @module
 */

import type { BarChartMetricValues } from "../../proto/index.ts";
import { at, type Checker, type Place } from "./checker.ts";
import { allowed, checkSameLength, checkValueStatusPair, warnLegendCount } from "./pair.ts";

/** Checks `bar_chart_metric_values`. */
export function checkBarChart(c: Checker, values: BarChartMetricValues, place: Place): void {
  const series = values.valuesDataId;
  const statuses = values.statusesDataId;
  checkSameLength(c, "BAR-01", place, "statuses_data_id", statuses.length, "values_data_id", series.length);
  const pairs = Math.min(series.length, statuses.length);
  for (let k = 0; k < pairs; k++) {
    c.within("BAR-02", () =>
      checkValueStatusPair(
        c,
        { id: series[k], place: at(place, "values_data_id", k) },
        { id: statuses[k], place: at(place, "statuses_data_id", k) },
        allowed.indexedDoubles,
        allowed.stringIndexes,
      ),
    );
  }
  warnLegendCount(c, "BAR-01", place, values.legendSeriesNames, series.length);
}
