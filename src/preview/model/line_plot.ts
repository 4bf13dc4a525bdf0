/**
 * View of a line plot metric: y series against x series, pairwise.
 * @module
 */

import type { LinePlotMetricValues } from "../../proto/index.ts";
import { CannotDrawError } from "./_cannot_draw.ts";
import { doublesOf, expectSameLength } from "./_data_index.ts";
import { downsampleMinMax, downsamplingNote } from "./_downsample.ts";
import { failingPointsOf } from "./_failing_points.ts";
import type { ViewContext } from "./_view_context.ts";
import type { LinePlotView, XYLine } from "./preview_model.ts";

/** The view of `line_plot_metric_values`. */
export function linePlotView(values: LinePlotMetricValues, context: ViewContext): LinePlotView {
  const { xDoublesDataId: xs, yDoublesDataId: ys } = values;
  if (xs.length !== ys.length) throw new CannotDrawError(`the metric has ${xs.length} x series and ${ys.length} y series`);
  let sourcePoints = 0;
  let drawnPoints = 0;
  const lines = ys.map((yRef, k): XYLine => {
    const xData = context.data.get(xs[k], `x_doubles_data_id[${k}]`);
    const yData = context.data.get(yRef, `y_doubles_data_id[${k}]`);
    const x = doublesOf(xData);
    const y = doublesOf(yData);
    expectSameLength(x, y, `x data "${xData.name}" and y data "${yData.name}"`);
    const drawn = downsampleMinMax({ x, y });
    if (y.length > sourcePoints) [sourcePoints, drawnPoints] = [y.length, drawn.y.length];
    const line: XYLine = { name: values.legendSeriesNames[k] || yData.name, xUnit: xData.unit, yUnit: yData.unit, x: drawn.x, y: drawn.y };
    const failing = failingPointsOf(values.statusesDataId[k], x, y, context.data);
    if (failing !== undefined) line.failing = failing;
    return line;
  });
  const view: LinePlotView = { kind: "linePlot", xAxisName: values.xAxisName ?? "", yAxisName: values.yAxisName ?? "", lines };
  const downsampling = downsamplingNote(sourcePoints, drawnPoints);
  if (downsampling !== undefined) view.downsampling = downsampling;
  return view;
}
