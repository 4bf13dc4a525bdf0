/**
 * Bar chart card: one bar per label and series, grouped or stacked.
 * @module
 */

import type { BarChartView } from "../model/index.ts";
import { axisTitle, baseLayout, chart, type Figure } from "./_figure.ts";
import type { Html } from "./_html.ts";

/** The Plotly figure of a bar chart metric. */
export function barChartFigure(view: BarChartView): Figure {
  return {
    data: view.series.map((series) => ({ type: "bar", name: series.name, x: series.labels, y: series.values })),
    layout: baseLayout({
      barmode: view.stacked ? "stack" : "group",
      showlegend: view.series.length > 1,
      xaxis: { title: axisTitle(view.xAxisName), type: "category" },
      yaxis: { title: axisTitle(view.yAxisName, view.series.map((series) => series.unit)) },
    }),
  };
}

/** The body of a bar chart card. */
export function renderBarChart(view: BarChartView, key: string): Html {
  return chart(key, barChartFigure(view));
}
