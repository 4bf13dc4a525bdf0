/**
 * Batchwise bar chart card: per batch (ordered by time), a bar per category
 * in the metric's colours, grouped or stacked.
 * @module
 */

import type { BatchwiseBarChartView } from "../model/index.ts";
import { axisTitle, baseLayout, chart, type Figure } from "./_figure.ts";
import { formatTime } from "./_format.ts";
import type { Html } from "./_html.ts";

/** The Plotly figure of a batchwise bar chart metric. */
export function batchwiseBarChartFigure(view: BatchwiseBarChartView): Figure {
  const labels = view.batches.map((batch) => `${formatTime(batch.time, view.timeScale)}<br>${shortId(batch.id)}`);
  const ids = view.batches.map((batch) => batch.id);
  return {
    data: view.series.map((series) => {
      const trace: Record<string, unknown> = {
        type: "bar",
        name: series.category,
        x: labels,
        y: series.values,
        customdata: ids,
        hovertemplate: "%{y}<extra>%{fullData.name}<br>batch %{customdata}</extra>",
      };
      if (series.color !== undefined) trace["marker"] = { color: series.color };
      return trace;
    }),
    layout: baseLayout({
      barmode: view.stacked ? "stack" : "group",
      xaxis: { title: axisTitle(view.xAxisName), type: "category", tickfont: { size: 10 } },
      yaxis: { title: axisTitle(view.yAxisName) },
    }),
  };
}

/** The first block of a batch UUID, enough to tell batches apart at a glance. */
function shortId(id: string): string {
  return id.replace(/^\{/, "").slice(0, 8);
}

/** The body of a batchwise bar chart card. */
export function renderBatchwiseBarChart(view: BatchwiseBarChartView, key: string): Html {
  return chart(key, batchwiseBarChartFigure(view));
}
