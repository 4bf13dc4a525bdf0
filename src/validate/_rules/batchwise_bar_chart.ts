/**
 * Batchwise bar charts (BWBAR-01…BWBAR-06, COLOR-01): per category, values
 * and batch times indexed by batch UUIDs, sharing one status series; hex
 * colours; and a project id, optional in the schema but required.
 * @module
 */

import type { BatchwiseBarChartMetricValues } from "../../proto/index.ts";
import { countOf } from "../../text/index.ts";
import { at, quote, type Checker, type Place } from "./checker.ts";
import { checkIdDefinition } from "./ids.ts";
import { allowed, checkPairsAt, checkSameLength } from "./pair.ts";

/** `#` and 6 or 8 hex digits; Python's `$` also lets one final newline through (N-19). */
const hexColor = /^#(?:[0-9a-fA-F]{2}){3,4}(\n?)$/;

/** Checks `batchwise_bar_chart_metric_values`. */
export function checkBatchwiseBarChart(c: Checker, values: BatchwiseBarChartMetricValues, place: Place): void {
  const series = values.valuesDataId;
  const times = values.timesDataId;
  const statuses = values.statusesDataId;
  checkSameLength(c, "BWBAR-01", place, "times_data_id", times.length, "values_data_id", series.length);
  checkSameLength(c, "BWBAR-02", place, "statuses_data_id", statuses.length, "values_data_id", series.length);
  checkSameLength(c, "BWBAR-03", place, "categories", values.categories.length, "values_data_id", series.length);
  values.colors.forEach((color, k) => {
    const match = hexColor.exec(color);
    if (match === null) c.error("COLOR-01", at(place, "colors", k), `is not a colour: ${quote(color)}; write # and 6 or 8 hex digits`);
    else if (match[1] !== "") c.warn("COLOR-01", at(place, "colors", k), `${quote(color)} ends with a newline`, "N-19");
  });
  if (values.colors.length > 0 && values.colors.length !== values.categories.length) {
    c.warn("COLOR-01", at(place, "colors"), `has ${countOf(values.colors.length, "colour")} for ${countOf(values.categories.length, "category", "categories")}`, "N-16");
  }
  if (values.projectId === undefined) c.error("BWBAR-04", at(place, "project_id"), "is not set: a batchwise bar chart needs its project's id");
  else checkIdDefinition(c, "BWBAR-04", at(place, "project_id", "data"), values.projectId.data);
  checkPairsAt(
    c,
    place,
    { field: "statuses_data_id", ids: statuses },
    [
      { rule: "BWBAR-05", field: "values_data_id", ids: series, allowedValues: allowed.indexedDoubles },
      { rule: "BWBAR-06", field: "times_data_id", ids: times, allowedValues: allowed.indexedTimestamps },
    ],
    allowed.uuidIndexes,
  );
}
