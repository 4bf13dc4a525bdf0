/**
 * Histograms (HIST-01…HIST-05): values with statuses, and contiguous
 * buckets that run from `lower_bound` to `upper_bound`, compared exactly
 * as IEEE doubles (NaN never matches, -0 equals 0).
 * @module
 */

import type { HistogramMetricValues } from "../../proto/index.ts";
import { at, type Checker, type Place } from "./checker.ts";
import { allowed, checkValueStatusPair } from "./pair.ts";

/** Checks `histogram_metric_values`. */
export function checkHistogram(c: Checker, values: HistogramMetricValues, place: Place): void {
  c.within("HIST-01", () =>
    checkValueStatusPair(
      c,
      { id: values.valuesDataId, place: at(place, "values_data_id") },
      { id: values.statusesDataId, place: at(place, "statuses_data_id") },
      allowed.doubles,
      allowed.anySeries,
    ),
  );
  // Bounds are proto3 optional but read as 0 when unset (N-23).
  const lowerBound = values.lowerBound ?? 0;
  const upperBound = values.upperBound ?? 0;
  const buckets = values.buckets;
  buckets.forEach((bucket, k) => {
    const lower = bucket.lower ?? 0;
    const upper = bucket.upper ?? 0;
    if (k === 0) {
      if (lower !== lowerBound) c.error("HIST-02", at(place, "buckets", 0, "lower"), `is ${lower}, but lower_bound is ${lowerBound}: the first bucket must start at lower_bound`);
    } else {
      const previous = buckets[k - 1]!.upper ?? 0;
      if (lower !== previous) c.error("HIST-03", at(place, "buckets", k, "lower"), `is ${lower}, but buckets[${k - 1}].upper is ${previous}: buckets must be contiguous`);
    }
    if (!(lower < upper)) c.error("HIST-04", at(place, "buckets", k), `is [${lower}, ${upper}]: a bucket's lower edge must be below its upper edge`);
  });
  const last = buckets.at(-1);
  if (last === undefined) c.error("HIST-05", at(place, "buckets"), "is empty: a histogram needs at least one bucket");
  else if ((last.upper ?? 0) !== upperBound) {
    c.error("HIST-05", at(place, "upper_bound"), `is ${upperBound}, but the last bucket ends at ${last.upper ?? 0}: the last bucket must end at upper_bound`);
  }
  for (const [field, bound] of [["lower_bound", values.lowerBound], ["upper_bound", values.upperBound]] as const) {
    if (bound === undefined) c.warn(field === "lower_bound" ? "HIST-02" : "HIST-05", at(place, field), "is not set and reads as 0", "N-23");
  }
}
