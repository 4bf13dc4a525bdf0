/**
 * Bar charts (BAR-01, BAR-02): string-indexed double series, each with its
 * status series.
 * @module
 */

import type { BarChartMetricValues } from "../../proto/index.ts";
import type { Checker, Place } from "./checker.ts";
import { allowed, checkPairsAt, checkSameLength, warnLegendCount } from "./pair.ts";

/** Checks `bar_chart_metric_values`. */
export function checkBarChart(c: Checker, values: BarChartMetricValues, place: Place): void {
  const series = values.valuesDataId;
  checkSameLength(c, "BAR-01", place, "statuses_data_id", values.statusesDataId.length, "values_data_id", series.length);
  checkPairsAt(
    c,
    place,
    { field: "statuses_data_id", ids: values.statusesDataId },
    [{ rule: "BAR-02", field: "values_data_id", ids: series, allowedValues: allowed.indexedDoubles }],
    allowed.stringIndexes,
  );
  warnLegendCount(c, "BAR-01", place, values.legendSeriesNames, series.length);
}
