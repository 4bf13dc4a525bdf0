/**
 * Double-over-time metrics (DOT-01…DOT-03): parallel lists of timestamp-
 * indexed double series, their statuses and failure definitions.
 * @module
 */

import type { DoubleOverTimeMetricValues } from "../../proto/index.ts";
import type { Checker, Place } from "./checker.ts";
import { allowed, checkPairsAt, checkSameLength, warnLegendCount } from "./pair.ts";

/** Checks `double_over_time_metric_values`. */
export function checkDoubleOverTime(c: Checker, values: DoubleOverTimeMetricValues, place: Place): void {
  const doubles = values.doublesOverTimeDataId;
  checkSameLength(c, "DOT-01", place, "statuses_over_time_data_id", values.statusesOverTimeDataId.length, "doubles_over_time_data_id", doubles.length);
  checkSameLength(c, "DOT-02", place, "failure_definition", values.failureDefinition.length, "doubles_over_time_data_id", doubles.length);
  checkPairsAt(
    c,
    place,
    { field: "statuses_over_time_data_id", ids: values.statusesOverTimeDataId },
    [{ rule: "DOT-03", field: "doubles_over_time_data_id", ids: doubles, allowedValues: allowed.indexedDoubles }],
    allowed.timestampIndexes,
  );
  warnLegendCount(c, "DOT-01", place, values.legendSeriesNames, doubles.length);
}
