/**
 * Text metrics (TEXT-01): the text is not empty.
 * @module
 */

import type { TextMetricValues } from "../../proto/index.ts";
import { at, type Checker, type Place } from "./checker.ts";

/** Checks `text_metric_values`. */
export function checkText(c: Checker, values: TextMetricValues, place: Place): void {
  if (values.text === "") c.error("TEXT-01", at(place, "text"), "is empty: a text metric needs text");
}
