/**
 * States-over-time metrics (SOT-01…SOT-04): string-indexed state series
 * whose every state, like every failure state, is in `states_set`. Upstream
 * checks the failure states only when there is a series (N-30).
 * @module
 */

import type { Series, StatesOverTimeMetricValues } from "../../proto/index.ts";
import { countOf } from "../../text/index.ts";
import { at, quote, type Checker, type DataEntry, type Place } from "./checker.ts";
import { allowed, checkPairsAt, checkSameLength, warnLegendCount } from "./pair.ts";

/** Checks `states_over_time_metric_values`. */
export function checkStatesOverTime(c: Checker, values: StatesOverTimeMetricValues, place: Place): void {
  const states = values.statesOverTimeDataId;
  const statesSet = new Set(values.statesSet);
  checkSameLength(c, "SOT-01", place, "statuses_over_time_data_id", values.statusesOverTimeDataId.length, "states_over_time_data_id", states.length);
  checkPairsAt(
    c,
    place,
    { field: "statuses_over_time_data_id", ids: values.statusesOverTimeDataId },
    [{ rule: "SOT-02", field: "states_over_time_data_id", ids: states, allowedValues: allowed.indexedStrings }],
    allowed.timestampIndexes,
    (k, value) => {
      if (value !== undefined) checkStatesInSet(c, value, statesSet, at(place, "states_over_time_data_id", k));
      if (k === 0) checkFailureStates(c, values, statesSet, place, "error");
    },
  );
  if (states.length === 0) checkFailureStates(c, values, statesSet, place, "warning");
  warnLegendCount(c, "SOT-01", place, values.legendSeriesNames, states.length);
}

/** SOT-03: the state data holds strings, all of them in the states set. */
function checkStatesInSet(c: Checker, value: DataEntry, statesSet: ReadonlySet<string>, place: Place): void {
  const holding = value.data.data;
  const series: [string, Series][] =
    holding.case === "series" ? [["", holding.value]] : holding.case === "seriesPerCategory" ? [...holding.value.categoryToSeries] : [];
  for (const [category, s] of series) {
    const where = holding.case === "series" ? "" : ` in category ${quote(category)}`;
    if (s.series.case !== "strings") {
      const holds = s.series.case === undefined ? "no series kind" : s.series.case;
      c.error("SOT-03", place, `refers to ${c.dataLabel(value.index)}, which holds ${holds}${where} where states must be strings`);
      continue;
    }
    const unknown = [...new Set(s.series.value.series.filter((state) => !statesSet.has(state)))];
    if (unknown.length > 0) {
      c.error("SOT-03", place, `refers to ${c.dataLabel(value.index)}, whose ${countOf(unknown.length, "state")} ${unknown.map(quote).join(", ")}${where} ${unknown.length === 1 ? "is" : "are"} not in states_set`);
    }
  }
}

/** SOT-04: failure states are states; an error once there is a series, a warning (N-30) before. */
function checkFailureStates(c: Checker, values: StatesOverTimeMetricValues, statesSet: ReadonlySet<string>, place: Place, severity: "error" | "warning"): void {
  const unknown = [...new Set(values.failureStates.filter((state) => !statesSet.has(state)))];
  if (unknown.length === 0) return;
  const message = `${unknown.map(quote).join(", ")} ${unknown.length === 1 ? "is" : "are"} not in states_set: failure states must be states`;
  if (severity === "error") c.error("SOT-04", at(place, "failure_states"), message);
  else c.warn("SOT-04", at(place, "failure_states"), message, "N-30");
}
