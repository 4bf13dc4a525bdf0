/**
 * The checks shared by every series-based metric type: a value series and
 * its status series must exist, have allowed types, share one index and
 * have the same shape (VS-01…VS-11), where shape agreement (AGREE-01…06)
 * also ties indexed data to its index.
 * @module
 */

import { protoFieldName, type MetricsData, type MetricsDataId, type Series } from "../../proto/index.ts";
import { countOf, formatCount } from "../../text/index.ts";
import type { RuleId } from "../rule_ids.ts";
import { at, dataTypeName, dataTypeNames, quote, type Checker, type DataEntry, type Place } from "./checker.ts";
import { describeIdDifference, idMessagesEqual, resolveData } from "./ids.ts";

/** The data types that hold a series (SERIES_TYPES). */
export const seriesTypes: ReadonlySet<number> = new Set([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);

/** The sets of data types metric types allow for values and for their indexes. */
export const allowed = {
  doubles: new Set([1, 6]),
  indexedDoubles: new Set([6]),
  indexedStrings: new Set([9]),
  indexedTimestamps: new Set([7]),
  timestampIndexes: new Set([2, 7]),
  uuidIndexes: new Set([3, 8]),
  stringIndexes: new Set([4, 9]),
  anySeries: seriesTypes,
} as const satisfies Record<string, ReadonlySet<number>>;

/** The INDEXED_* data types: only these make a value "indexed" for the pair checks. */
export const indexedTypes: ReadonlySet<number> = new Set([6, 7, 8, 9, 10]);

const METRIC_STATUS_SERIES = 5;
const INDEXED_METRIC_STATUS_SERIES = 10;

/** The series kinds, as the `Series.series` oneof names them. */
export type SeriesKind = Exclude<Series["series"]["case"], undefined>;

/** KIND: the series kind a data type requires (statuses for every number that is not a known series type). */
export function requiredKind(dataType: number): SeriesKind {
  switch (dataType) {
    case 1:
    case 6:
      return "doubles";
    case 2:
    case 7:
      return "timestamps";
    case 3:
    case 8:
      return "uuids";
    case 4:
    case 9:
      return "strings";
    default:
      return "statuses";
  }
}

/** SERLEN: the number of elements of a series, or undefined when it has no kind selected. */
export function seriesLength(series: Series | undefined): number | undefined {
  const selected = series?.series;
  return selected?.case === undefined ? undefined : selected.value.series.length;
}

/** A metric's reference to data and where the reference is. */
export interface Reference {
  readonly id: MetricsDataId | undefined;
  readonly place: Place;
}

/**
 * VS: checks a value reference and its status reference. Value types must
 * be in `allowedValues`; when the value's type is INDEXED_*, both index
 * types must be in `allowedIndexes`. Returns the value data when it exists.
 */
export function checkValueStatusPair(
  c: Checker,
  value: Reference,
  status: Reference,
  allowedValues: ReadonlySet<number>,
  allowedIndexes: ReadonlySet<number>,
): DataEntry | undefined {
  const v = resolveData(c, value.id, value.place, "VS-01", "VS-02");
  if (v !== undefined && !allowedValues.has(v.data.dataType)) {
    c.error("VS-03", value.place, `refers to ${describeData(c, v)}, where ${describeTypes(allowedValues)} is required`);
  }
  const s = resolveData(c, status.id, status.place, "VS-04", "VS-05");
  if (v === undefined || s === undefined) return v;
  if (!indexedTypes.has(v.data.dataType)) {
    if (s.data.dataType !== METRIC_STATUS_SERIES) {
      c.error("VS-06", status.place, `refers to ${describeData(c, s)}, but statuses of non-indexed values must be METRIC_STATUS_SERIES`);
    }
  } else {
    if (s.data.dataType !== INDEXED_METRIC_STATUS_SERIES) {
      c.error("VS-07", status.place, `refers to ${describeData(c, s)}, but statuses of indexed values must be INDEXED_METRIC_STATUS_SERIES`);
    }
    if (!idMessagesEqual(v.data.indexDataId, s.data.indexDataId)) {
      const difference = describeIdDifference(v.data.indexDataId, s.data.indexDataId, `that of its status data ${c.dataLabel(s.index)}`);
      c.error("VS-08", value.place, `refers to ${c.dataLabel(v.index)}, whose index_data_id ${difference}: values and statuses must share one index`);
    }
    for (const [rule, entry, place] of [["VS-09", s, status.place], ["VS-10", v, value.place]] as const) {
      if (!allowedIndexes.has(entry.data.indexDataType)) {
        c.error(rule, place, `refers to ${c.dataLabel(entry.index)}, whose index_data_type is ${dataTypeName(entry.data.indexDataType)}, where ${describeTypes(allowedIndexes)} is required`);
      }
    }
  }
  const wording: DisagreementWording = (factV, factS) =>
    `refers to ${c.dataLabel(v.index)}, which ${factV}, but its status data ${c.dataLabel(s.index)} ${factS}`;
  c.within("VS-11", () => checkShapesAgree(c, v, s, value.place, wording));
  return v;
}

/** Words a shape disagreement from one fact about each side, e.g. `has 5 values` and `has 4 values`. */
export type DisagreementWording = (factA: string, factB: string) => string;

/**
 * AGREE: `a` and `b` hold the same kind of data with the same shape: equal
 * series lengths, or the same categories with equal lengths. Two external
 * files always agree; kinds and types are not compared.
 */
export function checkShapesAgree(c: Checker, a: DataEntry, b: DataEntry, place: Place, wording: DisagreementWording): void {
  const holding = a.data.data;
  const other = b.data.data;
  if (holding.case === undefined) {
    c.error("AGREE-01", place, wording("holds no data (set series, series_per_category or external_file)", `holds ${dataCaseName(b.data)}`));
    return;
  }
  if (other.case !== holding.case) {
    c.error("AGREE-02", place, wording(`holds ${dataCaseName(a.data)}`, `holds ${dataCaseName(b.data)}`));
    return;
  }
  if (holding.case === "series") {
    compareLengths(c, "AGREE-03", place, wording, holding.value, other.value as Series, "");
  } else if (holding.case === "seriesPerCategory") {
    const mapA = holding.value.categoryToSeries;
    const mapB = (other.value as typeof holding.value).categoryToSeries;
    if (mapA.size !== mapB.size) {
      c.error("AGREE-04", place, wording(`has ${countOf(mapA.size, "category", "categories")}`, `has ${formatCount(mapB.size)}`));
    }
    for (const [category, series] of mapA) {
      const counterpart = mapB.get(category);
      if (counterpart === undefined) {
        c.error("AGREE-05", place, wording(`has category ${quote(category)}`, "does not"));
      } else {
        compareLengths(c, "AGREE-06", place, wording, series, counterpart, ` in category ${quote(category)}`);
      }
    }
  }
}

function compareLengths(c: Checker, rule: "AGREE-03" | "AGREE-06", place: Place, wording: DisagreementWording, a: Series, b: Series, where: string): void {
  const lengthA = seriesLength(a);
  const lengthB = seriesLength(b);
  const fact = (length: number | undefined) => (length === undefined ? `has no series kind selected${where}` : `has ${countOf(length, "value")}${where}`);
  if (lengthA === undefined || lengthB === undefined || lengthA !== lengthB) c.error(rule, place, wording(fact(lengthA), fact(lengthB)));
}

/** `"Min d" (metrics_data[21]) of type STRING_SERIES`. */
export function describeData(c: Checker, entry: DataEntry): string {
  return `${c.dataLabel(entry.index)} of type ${dataTypeName(entry.data.dataType)}`;
}

function describeTypes(types: ReadonlySet<number>): string {
  return types === seriesTypes ? "a series type" : dataTypeNames(types);
}

/** The `data` oneof case of a data entry as messages name it. */
export function dataCaseName(data: MetricsData): string {
  return data.data.case === undefined ? "no data" : protoFieldName(data.data.case);
}

/** One list of data references of a metric's values, paired position by position with its status list. */
export interface ValueList {
  /** The rule that applies the pair checks (VS) to this list, e.g. `LINE-03`. */
  readonly rule: RuleId;
  /** The field holding the list, e.g. `x_doubles_data_id`. */
  readonly field: string;
  readonly ids: readonly MetricsDataId[];
  readonly allowedValues: ReadonlySet<number>;
}

/**
 * The pair checks of series metrics with parallel lists: at each position
 * k that every list has, each value list's series k is checked against
 * status series k (in list order); `after(k, value)` then runs with the
 * first list's value data. Length mismatches are the callers' rules.
 */
export function checkPairsAt(
  c: Checker,
  place: Place,
  statuses: { readonly field: string; readonly ids: readonly MetricsDataId[] },
  values: readonly ValueList[],
  allowedIndexes: ReadonlySet<number>,
  after?: (k: number, value: DataEntry | undefined) => void,
): void {
  const positions = Math.min(statuses.ids.length, ...values.map((list) => list.ids.length));
  for (let k = 0; k < positions; k++) {
    const status = { id: statuses.ids[k], place: at(place, statuses.field, k) };
    const checked = values.map((list) =>
      c.within(list.rule, () => checkValueStatusPair(c, { id: list.ids[k], place: at(place, list.field, k) }, status, list.allowedValues, allowedIndexes)),
    );
    after?.(k, checked[0]);
  }
}

/** Parallel lists of a metric's values must be equally long: `field` has `length` entries where `reference` has `expected`. */
export function checkSameLength(c: Checker, rule: RuleId, place: Place, field: string, length: number, reference: string, expected: number): void {
  if (length !== expected) {
    c.error(rule, at(place, field), `has ${countOf(length, "entry", "entries")}, but ${reference} has ${formatCount(expected)}: the lists are parallel`);
  }
}

/** Legends name one series each; upstream does not count them (N-16). */
export function warnLegendCount(c: Checker, rule: RuleId, place: Place, legend: readonly string[], series: number): void {
  if (legend.length > 0 && legend.length !== series) {
    c.warn(rule, at(place, "legend_series_names"), `has ${countOf(legend.length, "name")} for ${countOf(series, "series", "series")}`, "N-16");
  }
}
