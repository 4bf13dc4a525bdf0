/**
 * Double summary metrics (DSUM-01): one value and its status, whose allowed
 * types depend on which `index` case is selected. Index values are not
 * checked upstream (N-14); one that is missing from the index is warned about.
 * @module
 */

import { protoFieldName, type DoubleSummaryMetricValues, type Timestamp } from "../../proto/index.ts";
import { countOf } from "../../text/index.ts";
import { at, quote, type Checker, type DataEntry, type Place } from "./checker.ts";
import { allowed, checkValueStatusPair, seriesLength } from "./pair.ts";

/** Allowed [value types, index types] for each selected `index` case; the default is for `series_index` and none. */
const allowedTypes: Record<string, readonly [ReadonlySet<number>, ReadonlySet<number>]> = {
  timestampIndex: [allowed.indexedDoubles, allowed.timestampIndexes],
  uuidIndex: [allowed.indexedDoubles, allowed.uuidIndexes],
  stringIndex: [allowed.indexedDoubles, allowed.stringIndexes],
};
const anyIndex = [allowed.doubles, allowed.anySeries] as const;

/** Checks `double_metric_values`. */
export function checkDoubleSummary(c: Checker, values: DoubleSummaryMetricValues, place: Place): void {
  const [allowedValues, allowedIndexes] = allowedTypes[values.index.case ?? ""] ?? anyIndex;
  const value = c.within("DSUM-01", () =>
    checkValueStatusPair(
      c,
      { id: values.valueDataId, place: at(place, "value_data_id") },
      { id: values.statusDataId, place: at(place, "status_data_id") },
      allowedValues,
      allowedIndexes,
    ),
  );
  if (value !== undefined) warnMissingIndexValue(c, values, value, place);
}

function warnMissingIndexValue(c: Checker, values: DoubleSummaryMetricValues, value: DataEntry, place: Place): void {
  const index = values.index;
  if (index.case === undefined) return;
  if (index.case === "seriesIndex") {
    const length = value.data.data.case === "series" ? seriesLength(value.data.data.value) : undefined;
    if (length !== undefined && (index.value < 0 || index.value >= length)) {
      c.warn("DSUM-01", at(place, "series_index"), `is ${index.value}, but ${c.dataLabel(value.index)} has ${countOf(length, "value")}`, "N-14");
    }
    return;
  }
  const indexData = c.findData(value.data.indexDataId?.id?.data ?? "");
  const series = indexData?.data.data.case === "series" ? indexData.data.data.value.series : undefined;
  if (indexData === undefined || series === undefined) return;
  let found: boolean;
  let shown: string;
  if (index.case === "stringIndex" && series.case === "strings") {
    found = series.value.series.includes(index.value);
    shown = quote(index.value);
  } else if (index.case === "uuidIndex" && series.case === "uuids") {
    const wanted = index.value.data;
    found = series.value.series.some((uuid) => uuid.data === wanted);
    shown = quote(wanted);
  } else if (index.case === "timestampIndex" && series.case === "timestamps") {
    const wanted = index.value;
    found = series.value.series.some((t) => t.seconds === wanted.seconds && t.nanos === wanted.nanos);
    shown = formatTimestamp(wanted);
  } else {
    return;
  }
  if (!found) {
    c.warn("DSUM-01", at(place, protoFieldName(index.case)), `${shown} is not in the index ${c.dataLabel(indexData.index)}`, "N-14");
  }
}

function formatTimestamp(t: Timestamp): string {
  return t.nanos === 0 ? `${t.seconds} s` : `${t.seconds} s ${t.nanos} ns`;
}
