/**
 * Histogram card: one bar per bucket, as wide as the bucket, within the
 * metric's bounds.
 * @module
 */

import type { HistogramView } from "../model/index.ts";
import { countOf } from "../../text/index.ts";
import { axisTitle, baseLayout, chart, palette, type Figure } from "./_figure.ts";
import { formatNumber } from "./_format.ts";
import { html, type Html } from "./_html.ts";

/** The Plotly figure of a histogram metric. */
export function histogramFigure(view: HistogramView): Figure {
  const xaxis: Record<string, unknown> = { title: axisTitle(view.xAxisName, [view.unit]) };
  if (view.lowerBound !== undefined && view.upperBound !== undefined) xaxis["range"] = [view.lowerBound, view.upperBound];
  return {
    data: [
      {
        type: "bar",
        name: view.dataName,
        x: view.bins.map((bin) => (bin.lower + bin.upper) / 2),
        y: view.bins.map((bin) => bin.count),
        width: view.bins.map((bin) => bin.upper - bin.lower),
        customdata: view.bins.map((bin) => `[${formatNumber(bin.lower)}, ${formatNumber(bin.upper)})`),
        hovertemplate: "%{customdata}: %{y}<extra></extra>",
        marker: { color: palette[0], line: { color: "#ffffff", width: 1 } },
      },
    ],
    layout: baseLayout({ showlegend: false, bargap: 0, xaxis, yaxis: { title: { text: "Count" } } }),
  };
}

/** The body of a histogram card. */
export function renderHistogram(view: HistogramView, key: string): Html {
  const outside = view.outside === 0 ? "" : `, ${countOf(view.outside, "value")} outside the buckets`;
  return html`${chart(key, histogramFigure(view))}<p class="source">${countOf(view.total, "value")} of <q>${view.dataName}</q>${outside}</p>`;
}
