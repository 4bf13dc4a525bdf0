/**
 * ReSim's system templates: each reads the result table's columns by
 * position (their names become axis titles) and makes a Plotly figure, a
 * value, a table or a list of media files. A table the template cannot use
 * (too few columns, text where numbers must be) is a {@link RenderFailure}
 * naming the column and row.
 * @module
 */

import { RenderFailure } from "../render_failure.ts";
import type { PlannedMetric } from "../plan.ts";
import type { MediaFile, MetricView } from "../result.ts";
import type { Cell, ResultTable } from "../sql/index.ts";

/** The system templates and the columns each reads, for messages and docs. */
export const systemTemplateColumns: Readonly<Record<string, string>> = {
  line: "series, x, y",
  bar: "group, category, value[, link_path]",
  table: "any columns",
  scalar: "value (first row, first column)",
  histogram: "[group,] value",
  pie: "label, value",
  state_timeline: "system, timestamp (ns), state",
  image: "file name",
  video: "file name",
  artifact: "file name",
};

type Figure = { data: Record<string, unknown>[]; layout: Record<string, unknown> };

function needColumns(template: string, table: ResultTable, count: number): void {
  if (table.columns.length < count) {
    const got = table.columns.map((column) => `"${column.name}"`).join(", ");
    throw new RenderFailure(`the ${template} template needs ${count} columns (${systemTemplateColumns[template]}), but the query returns ${table.columns.length}${got === "" ? "" : `: ${got}`}`);
  }
}

/** Column `index` as numbers (NULL as null), or a failure naming the first cell that is not one. */
function numbers(template: string, table: ResultTable, index: number): (number | null)[] {
  return table.values[index]!.map((cell, row) => {
    if (cell === null || typeof cell === "number") return cell;
    if (typeof cell === "bigint") return Number(cell);
    throw new RenderFailure(
      `the ${template} template needs numbers in column ${index + 1} ("${table.columns[index]!.name}"), but row ${row + 1} holds ${JSON.stringify(typeof cell === "object" ? cell : String(cell))}`,
    );
  });
}

/**
 * A cell as a label: text as is, anything else as JSON.
 *
 * @example
 * ```ts
 * cellText(["a", "b"]); // '["a","b"]'
 * ```
 */
export function cellText(cell: Cell): string {
  if (cell === null) return "";
  if (typeof cell === "string") return cell;
  if (typeof cell === "bigint") return cell.toString();
  return JSON.stringify(cell);
}

/** Rows grouped by the text of column `index`, in first-seen order. */
function groups(table: ResultTable, index: number): Map<string, number[]> {
  const byName = new Map<string, number[]>();
  table.values[index]!.forEach((cell, row) => {
    const name = cellText(cell);
    const rows = byName.get(name);
    if (rows === undefined) byName.set(name, [row]);
    else rows.push(row);
  });
  return byName;
}

/** An axis title: `template_settings.<axis>.label` when set, else the column's name. */
function axisTitle(metric: PlannedMetric, axis: "xaxis" | "yaxis", fallback: string): { title: { text: string } } {
  const label = (metric.templateSettings?.[axis] as { label?: unknown } | undefined)?.label;
  return { title: { text: typeof label === "string" ? label : fallback } };
}

function legend(metric: PlannedMetric): Record<string, unknown> {
  const position = (metric.templateSettings?.["display"] as { legend?: unknown } | undefined)?.legend;
  return position === "bottom" ? { legend: { orientation: "h", y: -0.2 } } : {};
}

function line(metric: PlannedMetric, table: ResultTable): Figure {
  needColumns("line", table, 3);
  const x = table.values[1]!;
  const y = numbers("line", table, 2);
  const data = [...groups(table, 0)].map(([name, rows]) => ({
    type: "scatter",
    mode: "lines",
    name,
    x: rows.map((row) => (typeof x[row] === "bigint" ? Number(x[row]) : x[row])),
    y: rows.map((row) => y[row]),
  }));
  return { data, layout: { xaxis: axisTitle(metric, "xaxis", table.columns[1]!.name), yaxis: axisTitle(metric, "yaxis", table.columns[2]!.name), ...legend(metric) } };
}

function bar(metric: PlannedMetric, table: ResultTable): Figure {
  needColumns("bar", table, 3);
  const values = numbers("bar", table, 2);
  const links = table.columns.length > 3 ? table.values[3]! : undefined;
  const data = [...groups(table, 0)].map(([name, rows]) => ({
    type: "bar",
    name,
    x: rows.map((row) => cellText(table.values[1]![row]!)),
    y: rows.map((row) => values[row]),
    ...(links === undefined ? {} : { customdata: rows.map((row) => cellText(links[row]!)), hovertemplate: "%{x}: %{y}<br>%{customdata}<extra>%{fullData.name}</extra>" }),
  }));
  return { data, layout: { barmode: "group", xaxis: axisTitle(metric, "xaxis", table.columns[1]!.name), yaxis: axisTitle(metric, "yaxis", table.columns[2]!.name), ...legend(metric) } };
}

function histogram(metric: PlannedMetric, table: ResultTable): Figure {
  needColumns("histogram", table, 1);
  const valueIndex = table.columns.length > 1 ? 1 : 0;
  const values = numbers("histogram", table, valueIndex);
  const bins = (metric.templateSettings?.["display"] as { bins?: unknown } | undefined)?.bins;
  const rowsByGroup = valueIndex === 1 ? groups(table, 0) : new Map([["", values.map((_, row) => row)]]);
  const data = [...rowsByGroup].map(([name, rows]) => ({
    type: "histogram",
    name,
    x: rows.map((row) => values[row]),
    ...(typeof bins === "number" ? { nbinsx: bins } : {}),
  }));
  return { data, layout: { barmode: "overlay", xaxis: axisTitle(metric, "xaxis", table.columns[valueIndex]!.name), yaxis: axisTitle(metric, "yaxis", "Count"), ...legend(metric) } };
}

function pie(metric: PlannedMetric, table: ResultTable): Figure {
  needColumns("pie", table, 2);
  return { data: [{ type: "pie", labels: table.values[0]!.map(cellText), values: numbers("pie", table, 1), sort: false }], layout: { ...legend(metric) } };
}

/**
 * One horizontal bar per stretch of a state: from each row's time to the
 * next row's of the same system (the last stretch has no length, so it is
 * drawn as a marker-wide bar). Time is in seconds since the first row.
 */
function stateTimeline(metric: PlannedMetric, table: ResultTable): Figure {
  needColumns("state_timeline", table, 3);
  const times = numbers("state_timeline", table, 1);
  // A loop, not Math.min(...times): a spread of a long column overflows the stack.
  let start = Number.POSITIVE_INFINITY;
  for (const time of times) if (time !== null && time < start) start = time;
  const byState = new Map<string, { x: number[]; base: number[]; y: string[] }>();
  for (const [system, rows] of groups(table, 0)) {
    const ordered = rows.filter((row) => times[row] !== null).sort((a, b) => times[a]! - times[b]!);
    ordered.forEach((row, i) => {
      const from = (times[row]! - start) / 1e9;
      const next = ordered[i + 1];
      const to = next === undefined ? from : (times[next]! - start) / 1e9;
      const state = cellText(table.values[2]![row]!);
      const bars = byState.get(state) ?? { x: [], base: [], y: [] };
      byState.set(state, bars);
      bars.x.push(to - from);
      bars.base.push(from);
      bars.y.push(system);
    });
  }
  const data = [...byState].map(([state, bars]) => ({ type: "bar", orientation: "h", name: state, ...bars, hovertemplate: `${state}: %{base:.3f} s + %{x:.3f} s<extra>%{y}</extra>` }));
  return { data, layout: { barmode: "overlay", xaxis: axisTitle(metric, "xaxis", "Time (s)"), yaxis: { type: "category", ...axisTitle(metric, "yaxis", table.columns[0]!.name) } } };
}

function scalar(metric: PlannedMetric, table: ResultTable): MetricView {
  needColumns("scalar", table, 1);
  return { kind: "scalar", value: table.values[0]![0] ?? null, units: metric.units ?? "" };
}

function tableView(table: ResultTable): MetricView {
  const rows: Cell[][] = [];
  for (let r = 0; r < table.rowCount; r++) rows.push(table.values.map((column) => column[r]!));
  return { kind: "table", columns: table.columns.map((column) => column.name), rows };
}

function media(template: "image" | "video" | "artifact", table: ResultTable, find: (name: string) => string | undefined): MetricView {
  needColumns(template, table, 1);
  const files: MediaFile[] = table.values[0]!.flatMap((cell, row): MediaFile[] => {
    if (cell === null) return [];
    if (typeof cell !== "string") throw new RenderFailure(`the ${template} template needs file names in column 1 ("${table.columns[0]!.name}"), but row ${row + 1} holds ${JSON.stringify(cellText(cell))}`);
    const path = find(cell);
    return [path === undefined ? { name: cell } : { name: cell, path }];
  });
  return { kind: "media", media: template, files };
}

/**
 * Draws `table` with the system template `name`; `find` locates a media
 * file by the name a query returned.
 *
 * @example
 * ```ts
 * const view = renderSystemTemplate("line", metric, table, () => undefined);
 * if (view.kind === "figure") view.figure.data.length; // one trace per series
 * ```
 * @throws {RenderFailure} when the template is unknown or cannot use the table
 */
export function renderSystemTemplate(name: string, metric: PlannedMetric, table: ResultTable, find: (name: string) => string | undefined): MetricView {
  switch (name) {
    case "line":
      return { kind: "figure", figure: line(metric, table) };
    case "bar":
      return { kind: "figure", figure: bar(metric, table) };
    case "histogram":
      return { kind: "figure", figure: histogram(metric, table) };
    case "pie":
      return { kind: "figure", figure: pie(metric, table) };
    case "state_timeline":
      return { kind: "figure", figure: stateTimeline(metric, table) };
    case "scalar":
      return scalar(metric, table);
    case "table":
      return tableView(table);
    case "image":
    case "video":
    case "artifact":
      return media(name, table, find);
    default:
      throw new RenderFailure(`unknown system template "${name}" (known: ${Object.keys(systemTemplateColumns).join(", ")})`);
  }
}
