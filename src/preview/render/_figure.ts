/**
 * What chart cards share: the Plotly figure they embed, the page's chart
 * look (fonts, grid, palette, status colours), axis titles with units, and
 * the element the page script draws into.
 * @module
 */

import { statusBadge, type FailingPoints, type FailureBounds, type StatusTone, type TimeScale } from "../model/index.ts";
import { html, scriptJson, trusted, type Html } from "./_html.ts";

/** A Plotly figure: traces, layout and (for stored figures) frames. */
export interface Figure {
  data: Record<string, unknown>[];
  layout: Record<string, unknown>;
  frames?: unknown[];
}

/** Series colours, in order (colour-blind-safe, none of them the failure red). */
export const palette: readonly string[] = ["#2f6fde", "#e8833a", "#2a9d8f", "#8e5cc9", "#c9a227", "#4b8bbe", "#d45087", "#6b7280"];

/** The colour of each status tone, shared by the page's styles and its charts. */
export const toneColors: Readonly<Record<StatusTone, string>> = {
  passed: "#1a7f37",
  warn: "#b86e00",
  block: "#cf222e",
  neutral: "#6e7781",
  raw: "#0969da",
  none: "#8c959f",
};

/** The colour of failure thresholds and failing states. */
export const failureColor = toneColors.block;

const font = "Inter, system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif";

/** The layout every chart starts from; `overrides` are merged one level deep (axes merge field by field). */
export function baseLayout(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  const axis = { gridcolor: "#eaeef2", linecolor: "#d0d7de", zeroline: false, automargin: true };
  const layout: Record<string, unknown> = {
    height: 300,
    margin: { l: 56, r: 16, t: 12, b: 44 },
    font: { family: font, size: 12, color: "#1f2328" },
    paper_bgcolor: "rgba(0,0,0,0)",
    plot_bgcolor: "rgba(0,0,0,0)",
    colorway: palette,
    hoverlabel: { font: { family: font } },
    legend: { orientation: "h", x: 0, y: 1.02, yanchor: "bottom" },
    xaxis: axis,
    yaxis: axis,
  };
  for (const [key, value] of Object.entries(overrides)) {
    const base = layout[key];
    layout[key] = isPlainObject(base) && isPlainObject(value) ? { ...base, ...value } : value;
  }
  return layout;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/**
 * An axis title: the stored name, with the series' unit added in
 * parentheses when all series share one and the name does not already give
 * a unit (contains it, or ends in a parenthesised or bracketed part).
 */
export function axisTitle(name: string, units: readonly string[] = []): { text: string } {
  const distinct = [...new Set(units.filter((unit) => unit !== ""))];
  const unit = distinct.length === 1 ? distinct[0]! : "";
  if (unit === "" || name.includes(unit) || /[)\]]\s*$/.test(name)) return { text: name };
  return { text: name === "" ? unit : `${name} (${unit})` };
}

/** The x axis of a time series: seconds since the start, or dates for wall-clock times. */
export function timeAxis(scale: TimeScale, range?: [number, number]): Record<string, unknown> {
  const axis: Record<string, unknown> =
    scale === "absolute" ? { type: "date", title: { text: "Time (UTC)" } } : { title: { text: "Time (s)" } };
  if (range !== undefined) axis["range"] = range.map((t) => timeValue(t, scale));
  return axis;
}

/** A time in seconds as a Plotly x value on {@link timeAxis}: seconds, or epoch milliseconds for dates. */
export function timeValue(seconds: number, scale: TimeScale): number {
  return scale === "absolute" ? seconds * 1000 : seconds;
}

/**
 * Red bands beyond failure thresholds and dashed lines on them, for a y
 * range the chart then fixes (`range`), so the bands reach the plot's edge.
 */
export function failureShapes(bounds: readonly FailureBounds[], range: [number, number]): Record<string, unknown>[] {
  const shapes: Record<string, unknown>[] = [];
  const band = (y0: number, y1: number) => ({
    type: "rect", xref: "paper", x0: 0, x1: 1, y0, y1, fillcolor: failureColor, opacity: 0.07, line: { width: 0 }, layer: "below",
  });
  const line = (y: number) => ({ type: "line", xref: "paper", x0: 0, x1: 1, y0: y, y1: y, line: { color: failureColor, width: 1, dash: "dash" } });
  for (const above of new Set(bounds.flatMap((b) => (b.above === undefined ? [] : [b.above])))) shapes.push(band(above, range[1]), line(above));
  for (const below of new Set(bounds.flatMap((b) => (b.below === undefined ? [] : [b.below])))) shapes.push(band(range[0], below), line(below));
  return shapes;
}

/** The y range that shows every value and threshold, with a margin. */
export function paddedRange(values: Iterable<number>): [number, number] {
  let lo = Number.POSITIVE_INFINITY;
  let hi = Number.NEGATIVE_INFINITY;
  for (const value of values) {
    if (!Number.isFinite(value)) continue;
    if (value < lo) lo = value;
    if (value > hi) hi = value;
  }
  if (lo > hi) return [0, 1];
  const pad = hi > lo ? (hi - lo) * 0.08 : Math.abs(hi) * 0.1 || 1;
  return [lo - pad, hi + pad];
}

/** How every chart element begins; nothing else on a page can spell it, since text is escaped. */
const chartStart = '<div class="chart" data-figure="';

/**
 * The element the page script draws `figure` into, with the figure as JSON
 * beside it; it keeps the figure's height before it is drawn, so the page
 * does not shift while charts appear.
 */
export function chart(key: string, figure: Figure): Html {
  const height = figure.layout["height"];
  const reserved = typeof height === "number" && height > 0 ? html` style="min-height:${height}px"` : "";
  return html`${trusted(chartStart)}${key}-figure"${reserved}></div><script type="application/json" id="${key}-figure">${scriptJson(figure)}</script>`;
}

/**
 * Whether `content` holds a chart drawn by {@link chart}, i.e. whether its
 * page needs the charting library.
 *
 * @example
 * drawsCharts(html`<p>12 m/s</p>`); // false
 */
export function drawsCharts(content: Html): boolean {
  return content.value.includes(chartStart);
}

/**
 * Markers on a series' failing points, in their status colours, grouped
 * with the series in the legend; `x` maps stored x values to plotted ones.
 */
export function failingPointsTrace(seriesName: string, failing: FailingPoints, x: (value: number) => number = (value) => value): Record<string, unknown> {
  const labels = Array.from(failing.statuses, (code) => statusBadge(code).label);
  return {
    type: "scatter",
    mode: "markers",
    name: `${seriesName}: failing`,
    legendgroup: seriesName,
    showlegend: false,
    x: Array.from(failing.x, x),
    y: failing.y,
    customdata: labels,
    hovertemplate: "%{customdata}: %{y}<extra>%{fullData.name}</extra>",
    marker: { size: 8, symbol: "circle-open", line: { width: 2 }, color: Array.from(failing.statuses, (code) => toneColors[statusBadge(code).tone]) },
  };
}
