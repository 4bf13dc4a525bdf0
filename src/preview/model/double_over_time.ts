/**
 * View of a double-over-time metric: one line per doubles series against
 * the times indexing it, with the series' failure thresholds.
 * @module
 */

import type { DoubleOverTimeMetricValues } from "../../proto/index.ts";
import { doublesOf, expectSameLength, timesOf } from "./_data_index.ts";
import { downsampleMinMax, downsamplingNote } from "./_downsample.ts";
import { failingPointsOf } from "./_failing_points.ts";
import { failureBounds } from "./_failure_bounds.ts";
import { timeScaleOf, timestampSeconds } from "./_time.ts";
import type { ViewContext } from "./_view_context.ts";
import type { DoubleOverTimeView, TimeSeriesLine } from "./preview_model.ts";

/** The view of `double_over_time_metric_values`. */
export function doubleOverTimeView(values: DoubleOverTimeMetricValues, context: ViewContext): DoubleOverTimeView {
  let sourcePoints = 0;
  let drawnPoints = 0;
  const lines = values.doublesOverTimeDataId.map((ref, k): TimeSeriesLine => {
    const data = context.data.get(ref, `doubles_over_time_data_id[${k}]`);
    const doubles = doublesOf(data);
    const times = timesOf(context.data.indexOf(data));
    expectSameLength(doubles, times, `the values and times of data "${data.name}"`);
    const drawn = downsampleMinMax({ x: times, y: doubles });
    if (doubles.length > sourcePoints) [sourcePoints, drawnPoints] = [doubles.length, drawn.y.length];
    const line: TimeSeriesLine = {
      name: values.legendSeriesNames[k] || data.name,
      unit: data.unit,
      times: drawn.x,
      values: drawn.y,
      failure: failureBounds(values.failureDefinition[k]),
    };
    const failing = failingPointsOf(values.statusesOverTimeDataId[k], times, doubles, context.data);
    if (failing !== undefined) line.failing = failing;
    return line;
  });
  const view: DoubleOverTimeView = {
    kind: "doubleOverTime",
    yAxisName: values.yAxisName ?? "",
    timeScale: timeScaleOf(lines.flatMap((line) => (line.times.length > 0 ? [line.times[0]!] : []))),
    lines,
  };
  if (values.startTime !== undefined) view.start = timestampSeconds(values.startTime);
  if (values.endTime !== undefined) view.end = timestampSeconds(values.endTime);
  const downsampling = downsamplingNote(sourcePoints, drawnPoints);
  if (downsampling !== undefined) view.downsampling = downsampling;
  return view;
}
