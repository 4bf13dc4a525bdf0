/**
 * Line plot card: each y series against its x series.
 * @module
 */

import type { LinePlotView } from "../model/index.ts";
import { axisTitle, baseLayout, chart, failingPointsTrace, type Figure } from "./_figure.ts";
import type { Html } from "./_html.ts";

/** The Plotly figure of a line plot metric. */
export function linePlotFigure(view: LinePlotView): Figure {
  return {
    data: view.lines.flatMap((line) => [
      { type: "scatter", mode: line.y.length <= 100 ? "lines+markers" : "lines", name: line.name, legendgroup: line.name, x: line.x, y: line.y },
      ...(line.failing === undefined ? [] : [failingPointsTrace(line.name, line.failing)]),
    ]),
    layout: baseLayout({
      showlegend: view.lines.length > 1,
      xaxis: { title: axisTitle(view.xAxisName, view.lines.map((line) => line.xUnit)) },
      yaxis: { title: axisTitle(view.yAxisName, view.lines.map((line) => line.yUnit)) },
    }),
  };
}

/** The body of a line plot card. */
export function renderLinePlot(view: LinePlotView, key: string): Html {
  return chart(key, linePlotFigure(view));
}
