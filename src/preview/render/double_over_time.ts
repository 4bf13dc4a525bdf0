/**
 * Double-over-time card: lines against time, red bands beyond the failure
 * thresholds, the x range the metric sets.
 * @module
 */

import type { DoubleOverTimeView } from "../model/index.ts";
import { axisTitle, baseLayout, chart, failingPointsTrace, failureShapes, paddedRange, timeAxis, timeValue, type Figure } from "./_figure.ts";
import type { Html } from "./_html.ts";

/** The Plotly figure of a double-over-time metric. */
export function doubleOverTimeFigure(view: DoubleOverTimeView): Figure {
  const bounds = view.lines.map((line) => line.failure);
  const thresholds = bounds.flatMap((b) => [b.above, b.below].filter((t) => t !== undefined));
  const yRange = paddedRange([...view.lines.flatMap((line) => [...line.values]), ...thresholds]);
  const xRange: [number, number] | undefined =
    view.start !== undefined && view.end !== undefined ? [view.start, view.end] : undefined;
  return {
    data: view.lines.flatMap((line) => [
      {
        type: "scatter",
        mode: line.values.length <= 100 ? "lines+markers" : "lines",
        name: line.name,
        legendgroup: line.name,
        x: Array.from(line.times, (t) => timeValue(t, view.timeScale)),
        y: line.values,
        hovertemplate: `%{y}${line.unit === "" ? "" : ` ${line.unit}`}<extra>%{fullData.name}</extra>`,
      },
      ...(line.failing === undefined ? [] : [failingPointsTrace(line.name, line.failing, (t) => timeValue(t, view.timeScale))]),
    ]),
    layout: baseLayout({
      showlegend: view.lines.length > 1,
      xaxis: timeAxis(view.timeScale, xRange),
      yaxis: { title: axisTitle(view.yAxisName, view.lines.map((line) => line.unit)), range: yRange },
      shapes: failureShapes(bounds, yRange),
    }),
  };
}

/** The body of a double-over-time card. */
export function renderDoubleOverTime(view: DoubleOverTimeView, key: string): Html {
  return chart(key, doubleOverTimeFigure(view));
}
