/**
 * Double-over-time metrics (DOT-01…DOT-03): parallel lists of timestamp-
 * indexed double series, their statuses and failure definitions.
 * @module
 */

import type { DoubleOverTimeMetricValues } from "../../proto/index.ts";
import { at, type Checker, type Place } from "./checker.ts";
import { allowed, checkSameLength, checkValueStatusPair, warnLegendCount } from "./pair.ts";

/** Checks `double_over_time_metric_values`. */
export function checkDoubleOverTime(c: Checker, values: DoubleOverTimeMetricValues, place: Place): void {
  const doubles = values.doublesOverTimeDataId;
  const statuses = values.statusesOverTimeDataId;
  checkSameLength(c, "DOT-01", place, "statuses_over_time_data_id", statuses.length, "doubles_over_time_data_id", doubles.length);
  checkSameLength(c, "DOT-02", place, "failure_definition", values.failureDefinition.length, "doubles_over_time_data_id", doubles.length);
  const pairs = Math.min(doubles.length, statuses.length);
  for (let k = 0; k < pairs; k++) {
    c.within("DOT-03", () =>
      checkValueStatusPair(
        c,
        { id: doubles[k], place: at(place, "doubles_over_time_data_id", k) },
        { id: statuses[k], place: at(place, "statuses_over_time_data_id", k) },
        allowed.indexedDoubles,
        allowed.timestampIndexes,
      ),
    );
  }
  warnLegendCount(c, "DOT-01", place, values.legendSeriesNames, doubles.length);
}
