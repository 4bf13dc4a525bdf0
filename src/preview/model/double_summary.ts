/**
 * View of a double summary metric: the element its index selects from the
 * value series, with that element's status; one row per category when the
 * data is grouped.
 * @module
 */

import type { DoubleSummaryMetricValues, MetricsData } from "../../proto/index.ts";
import { CannotDrawError } from "./_cannot_draw.ts";
import { categoriesOf, doublesOf, labelsOf, statusesOf, timesOf } from "./_data_index.ts";
import { failureBounds } from "./_failure_bounds.ts";
import { timeScaleOf, timestampSeconds } from "./_time.ts";
import type { ViewContext } from "./_view_context.ts";
import { statusBadge } from "./badges.ts";
import type { DoubleSummaryView, SummaryRow, SummarySelection } from "./preview_model.ts";

/** The view of `double_metric_values`. */
export function doubleSummaryView(values: DoubleSummaryMetricValues, context: ViewContext): DoubleSummaryView {
  const valueData = context.data.get(values.valueDataId, "value_data_id");
  const statusData = values.statusDataId === undefined ? undefined : context.data.get(values.statusDataId, "status_data_id");
  const selection = selectionOf(values.index);
  const row = (category: string | undefined): SummaryRow => {
    const series = doublesOf(valueData, category);
    const position = positionOf(selection, valueData, context, category);
    if (position >= series.length) {
      throw new CannotDrawError(`element ${position} is beyond the ${series.length} values of data "${valueData.name}"`);
    }
    const result: SummaryRow = { value: series[position]! };
    if (category !== undefined) result.category = category;
    if (statusData !== undefined) {
      const status = statusesOf(statusData, category)[position];
      if (status !== undefined) result.status = statusBadge(status);
    }
    return result;
  };
  const categories = categoriesOf(valueData);
  return {
    kind: "doubleSummary",
    selection,
    dataName: valueData.name,
    unit: valueData.unit,
    failure: failureBounds(values.failureDefinition),
    rows: categories === undefined ? [row(undefined)] : categories.map(row),
  };
}

function selectionOf(index: DoubleSummaryMetricValues["index"]): SummarySelection {
  switch (index.case) {
    case "timestampIndex": {
      const time = timestampSeconds(index.value);
      return { by: "time", time, timeScale: timeScaleOf([time]) };
    }
    case "uuidIndex":
      return { by: "label", label: index.value.data };
    case "stringIndex":
      return { by: "label", label: index.value };
    case "seriesIndex":
      return { by: "position", position: index.value };
    case undefined:
      return { by: "position", position: 0 };
  }
}

/** Where the selection points in the value series: the first index entry that matches. */
function positionOf(selection: SummarySelection, valueData: MetricsData, context: ViewContext, category: string | undefined): number {
  if (selection.by === "position") return selection.position;
  const index = context.data.indexOf(valueData);
  const position =
    selection.by === "time" ? timesOf(index, category).indexOf(selection.time) : labelsOf(index, category).indexOf(selection.label);
  if (position < 0) {
    const wanted = selection.by === "time" ? `time ${selection.time} s` : `"${selection.label}"`;
    throw new CannotDrawError(`${wanted} is not in the index "${index.name}" of data "${valueData.name}"`);
  }
  return position;
}
