/**
 * Scalar metrics (SCALAR-01, SCALAR-02): a value that is set and not NaN.
 * @module
 */

import type { ScalarMetricValues } from "../../proto/index.ts";
import { at, type Checker, type Place } from "./checker.ts";

/** Checks `scalar_metric_values`. */
export function checkScalar(c: Checker, values: ScalarMetricValues, place: Place): void {
  if (values.value === undefined) c.error("SCALAR-01", at(place, "value"), "is not set: a scalar metric needs a value (0 is fine)");
  else if (Number.isNaN(values.value)) c.error("SCALAR-02", at(place, "value"), "is NaN: a scalar metric value cannot be NaN");
}
