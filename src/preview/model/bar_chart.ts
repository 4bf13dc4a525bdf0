/**
 * View of a bar chart metric: one series of bars per values data, labelled
 * by the strings indexing it.
 * @module
 */

import type { BarChartMetricValues } from "../../proto/index.ts";
import { doublesOf, expectSameLength, labelsOf } from "./_data_index.ts";
import type { ViewContext } from "./_view_context.ts";
import type { BarChartView, BarSeries } from "./preview_model.ts";

/** The view of `bar_chart_metric_values`. */
export function barChartView(values: BarChartMetricValues, context: ViewContext): BarChartView {
  const series = values.valuesDataId.map((ref, k): BarSeries => {
    const data = context.data.get(ref, `values_data_id[${k}]`);
    const doubles = doublesOf(data);
    const labels = labelsOf(context.data.indexOf(data));
    expectSameLength(doubles, labels, `the values and labels of data "${data.name}"`);
    return { name: values.legendSeriesNames[k] || data.name, unit: data.unit, labels, values: doubles };
  });
  return {
    kind: "barChart",
    xAxisName: values.xAxisName ?? "",
    yAxisName: values.yAxisName ?? "",
    stacked: values.stackBars ?? false,
    series,
  };
}
