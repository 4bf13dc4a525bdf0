/**
 * Metrics data (P9): unique names (JOB-05), a data type (ENUM-01), contents
 * that fit it (DATA-EXT, DATA-CAT, DATA-SER) and, for indexed data, an index
 * of the same shape and declared type (DATA-INDEX). Every entry is checked,
 * referenced or not (N-12).
 * @module
 */

import { MetricsDataTypeNames, type MetricsData, type Series } from "../../proto/index.ts";
import { at, dataTypeName, earlierDuplicates, quote, type Checker, type DataEntry, type Place } from "./checker.ts";
import { checkEnumSet } from "./enums.ts";
import { resolveData } from "./ids.ts";
import { checkShapesAgree, dataCaseName, indexedTypes, requiredKind, seriesLength } from "./pair.ts";

const EXTERNAL_FILE = 11;

/** Checks every metrics data entry, in order. */
export function checkMetricsData(c: Checker): void {
  const sameName = earlierDuplicates(c.data.map((d) => d.name));
  c.data.forEach((data, index) => {
    const place = c.dataPlace(index);
    const first = sameName[index];
    if (first !== undefined) {
      const what = data.name === "" ? "is empty, as is the name of" : `${quote(data.name)} is also the name of`;
      c.error("JOB-05", at(place, "name"), `${what} metrics_data[${first}]: metrics data names must be unique`);
    }
    checkEnumSet(c, "ENUM-01", at(place, "data_type"), data.dataType, MetricsDataTypeNames, "set the data type", "ReSim accepts it only in data no metric uses");
    if (data.dataType === EXTERNAL_FILE) checkExternalFile(c, data, place);
    else if (data.isPerCategory) checkPerCategory(c, data, place);
    else checkSingleSeries(c, data, place);
    if (data.isIndexed) checkIndex(c, { index, data }, place);
    else if (indexedTypes.has(data.dataType)) {
      c.warn("DATA-INDEX-02", at(place, "is_indexed"), `is false, so the index of this ${dataTypeName(data.dataType)} data is never checked`, "N-08");
    }
  });
}

function checkExternalFile(c: Checker, data: MetricsData, place: Place): void {
  if (data.data.case !== "externalFile") {
    c.error("DATA-EXT-01", at(place, "external_file"), `is not set (the data holds ${dataCaseName(data)}): EXTERNAL_FILE data must hold an external_file`);
  } else if (data.data.value.path === "") {
    c.error("DATA-EXT-02", at(place, "external_file", "path"), "is empty: give the file's path");
  }
}

function checkPerCategory(c: Checker, data: MetricsData, place: Place): void {
  const perCategory = data.data.case === "seriesPerCategory" ? data.data.value.categoryToSeries : undefined;
  if (perCategory === undefined) {
    c.error("DATA-CAT-01", at(place, "series_per_category"), `is not set (the data holds ${dataCaseName(data)}): data with is_per_category must hold series_per_category`);
  } else {
    for (const [category, series] of perCategory) {
      checkSeries(c, data, series, at(place, "series_per_category", "category_to_series", category), "DATA-CAT-02", "DATA-CAT-03");
    }
  }
  if (data.categoryNames.length === 0) {
    c.error("DATA-CAT-04", at(place, "category_names"), "is empty: per-category data must list its categories");
  } else if (perCategory !== undefined) {
    const listed = new Set(data.categoryNames);
    const unlisted = [...perCategory.keys()].filter((category) => !listed.has(category));
    const missing = [...listed].filter((category) => !perCategory.has(category));
    if (unlisted.length > 0 || missing.length > 0) {
      const problems = [
        ...missing.map((category) => `${quote(category)} has no series`),
        ...unlisted.map((category) => `series ${quote(category)} is not listed`),
      ];
      c.error("DATA-CAT-05", at(place, "category_names"), `does not match the categories of series_per_category: ${problems.join(", ")}`);
    }
  }
}

function checkSingleSeries(c: Checker, data: MetricsData, place: Place): void {
  if (data.data.case !== "series") {
    const hint = data.data.case === "seriesPerCategory" ? "set is_per_category, or " : "";
    c.error("DATA-SER-01", at(place, "series"), `is not set (the data holds ${dataCaseName(data)}): ${hint}store one series`);
    return;
  }
  checkSeries(c, data, data.data.value, at(place, "series"), "DATA-SER-02", "DATA-SER-03");
}

/** A series is non-empty (`nonEmptyRule`) and of the kind the data type requires (`kindRule`). */
function checkSeries(
  c: Checker,
  data: MetricsData,
  series: Series,
  place: Place,
  nonEmptyRule: "DATA-CAT-02" | "DATA-SER-02",
  kindRule: "DATA-CAT-03" | "DATA-SER-03",
): void {
  const length = seriesLength(series);
  if (length === undefined) {
    c.error(nonEmptyRule, place, "has no kind selected: set doubles, timestamps, uuids, strings or statuses");
    return;
  }
  if (length === 0) c.error(nonEmptyRule, place, "is empty: a series needs at least one value");
  const kind = requiredKind(data.dataType);
  // Data without a type is ENUM-01's finding; no kind fits it.
  if (data.dataType !== 0 && series.series.case !== kind) {
    c.error(kindRule, place, `holds ${series.series.case}, but ${dataTypeName(data.dataType)} data must hold ${kind}`);
  }
}

function checkIndex(c: Checker, entry: DataEntry, place: Place): void {
  const indexPlace = at(place, "index_data_id");
  const index = resolveData(c, entry.data.indexDataId, indexPlace, "DATA-INDEX-01", "DATA-INDEX-02");
  if (index === undefined) return;
  c.within("DATA-INDEX-03", () =>
    checkShapesAgree(c, entry, index, indexPlace, (factData, factIndex) => `refers to ${c.dataLabel(index.index)}, which ${factIndex}, but this data ${factData}`),
  );
  if (entry.data.indexDataType !== index.data.dataType) {
    c.error("DATA-INDEX-04", at(place, "index_data_type"), `is ${dataTypeName(entry.data.indexDataType)}, but the index ${c.dataLabel(index.index)} is ${dataTypeName(index.data.dataType)}`);
  }
}
