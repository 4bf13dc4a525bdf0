/**
 * View of a batchwise bar chart metric: per category, a value per batch;
 * batches are aligned across categories by id and ordered by time.
 * @module
 */

import type { BatchwiseBarChartMetricValues } from "../../proto/index.ts";
import { CannotDrawError } from "./_cannot_draw.ts";
import { doublesOf, expectSameLength, labelsOf, timesOf } from "./_data_index.ts";
import { timeScaleOf } from "./_time.ts";
import type { ViewContext } from "./_view_context.ts";
import type { BatchColumn, BatchSeries, BatchwiseBarChartView } from "./preview_model.ts";

/** The view of `batchwise_bar_chart_metric_values`. */
export function batchwiseBarChartView(values: BatchwiseBarChartMetricValues, context: ViewContext): BatchwiseBarChartView {
  const { valuesDataId, timesDataId } = values;
  if (timesDataId.length !== valuesDataId.length) {
    throw new CannotDrawError(`the metric has ${valuesDataId.length} values series and ${timesDataId.length} times series`);
  }
  const earliest = new Map<string, number>();
  const perCategory = valuesDataId.map((ref, k) => {
    const valuesData = context.data.get(ref, `values_data_id[${k}]`);
    const timesData = context.data.get(timesDataId[k], `times_data_id[${k}]`);
    const doubles = doublesOf(valuesData);
    const times = timesOf(timesData);
    const batchIds = labelsOf(context.data.indexOf(valuesData));
    expectSameLength(doubles, batchIds, `the values and batch ids of data "${valuesData.name}"`);
    expectSameLength(times, batchIds, `the times and batch ids of data "${timesData.name}"`);
    batchIds.forEach((id, i) => {
      const time = times[i]!;
      if (!(earliest.get(id)! <= time)) earliest.set(id, time);
    });
    return { category: values.categories[k] || valuesData.name, color: values.colors[k], batchIds, doubles };
  });
  const batches: BatchColumn[] = [...earliest].map(([id, time]) => ({ id, time }));
  batches.sort((a, b) => a.time - b.time || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const column = new Map(batches.map((batch, i) => [batch.id, i]));
  const series = perCategory.map(({ category, color, batchIds, doubles }): BatchSeries => {
    const aligned = new Float64Array(batches.length).fill(Number.NaN);
    batchIds.forEach((id, i) => (aligned[column.get(id)!] = doubles[i]!));
    return color === undefined ? { category, values: aligned } : { category, color, values: aligned };
  });
  return {
    kind: "batchwiseBarChart",
    xAxisName: values.xAxisName ?? "",
    yAxisName: values.yAxisName ?? "",
    stacked: values.stackBars ?? false,
    timeScale: timeScaleOf(batches.map((batch) => batch.time)),
    batches,
    series,
  };
}
