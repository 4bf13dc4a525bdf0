/**
 * The Plotly figures of the default report: tables, box plots and lines,
 * styled to read on the ReSim app's dark cards and on light pages alike
 * (transparent backgrounds, mid-grey text, tables with their own fills).
 * @module
 */

import type { JsonObject, JsonValue } from "../proto/index.ts";

/** Text that reads on dark and light backgrounds. */
const textColor = "#7d8590";
const gridColor = "rgba(125, 133, 144, 0.3)";

function layout(axes: { x: string; y: string } | undefined): JsonObject {
  const base: JsonObject = {
    paper_bgcolor: "rgba(0, 0, 0, 0)",
    plot_bgcolor: "rgba(0, 0, 0, 0)",
    font: { color: textColor },
    margin: { l: 0, r: 0, t: 0, b: 0 },
  };
  if (axes === undefined) return base;
  const axis = (title: string): JsonObject => ({ title: { text: title }, gridcolor: gridColor, automargin: true });
  return { ...base, xaxis: axis(axes.x), yaxis: axis(axes.y) };
}

/** Pixels of a table row, and of the space around a table, at Plotly's default font size. */
const rowHeight = 28;
const tablePadding = 16;

/** A table as tall as its rows: `columns[i]` holds the cells under `header[i]`, top to bottom. */
export function tableFigure(header: readonly string[], columns: readonly (readonly JsonValue[])[]): JsonObject {
  const cells = (fill: string): JsonObject => ({ fill: { color: fill }, font: { color: "#f2f5fa" }, line: { color: "#11111144" }, height: rowHeight });
  const rows = columns[0]?.length ?? 0;
  return {
    data: [{ type: "table", header: { values: [...header], ...cells("#2a3f5f") }, cells: { values: columns.map((column) => [...column]), ...cells("#506784") } }],
    layout: { ...layout(undefined), height: tablePadding + rowHeight * (rows + 1) },
  };
}

/** One box over each x value with every point drawn, y titled `yTitle`. */
export function boxFigure(x: readonly string[], y: readonly number[], yTitle: string): JsonObject {
  return { data: [{ type: "box", x: [...x], y: [...y], boxpoints: "all" }], layout: layout({ x: "Time", y: yTitle }) };
}

/** A line through the points, in the order given, y titled `yTitle`. */
export function lineFigure(x: readonly string[], y: readonly number[], yTitle: string): JsonObject {
  return { data: [{ type: "scatter", mode: "lines+markers", x: [...x], y: [...y] }], layout: layout({ x: "Time", y: yTitle }) };
}
