/**
 * Custom templates: a `.liquid` file from the templates folder, rendered
 * with LiquidJS. Each result column is a variable named by its alias whose
 * value is the list of that column's values, one per row; the output must be
 * a Plotly figure as JSON (`{"data": [...], "layout": {...}}`).
 * @module
 */

import { readFile } from "node:fs/promises";
import { basename, join } from "node:path";
import { readFailure } from "../../files/index.ts";
import { RenderFailure } from "../render_failure.ts";
import type { MetricView } from "../result.ts";
import type { Cell, ResultTable } from "../sql/index.ts";

type LiquidValue = null | boolean | number | string | LiquidValue[] | { [key: string]: LiquidValue };

/** A cell as Liquid sees it: BIGINTs beyond 2^53 as numbers (rounded). */
function liquidValue(cell: Cell): LiquidValue {
  if (typeof cell === "bigint") return Number(cell);
  if (Array.isArray(cell)) return cell.map(liquidValue);
  if (cell !== null && typeof cell === "object") return Object.fromEntries(Object.entries(cell).map(([key, value]) => [key, liquidValue(value as Cell)]));
  return cell as LiquidValue;
}

/**
 * The variables a template sees: each column's name bound to its values.
 *
 * @example
 * ```ts
 * templateVariables({ columns: [{ name: "x", type: "DOUBLE" }], values: [[1, 2]], rowCount: 2 }); // { x: [1, 2] }
 * ```
 */
export function templateVariables(table: ResultTable): Record<string, LiquidValue[]> {
  return Object.fromEntries(table.columns.map((column, i) => [column.name, table.values[i]!.map(liquidValue)]));
}

/** LiquidJS's `…, line:3, col:1` suffix, taken off the message and returned as a position. */
function located(error: unknown): RenderFailure {
  const message = error instanceof Error ? error.message : String(error);
  const match = /, line:(\d+), col:(\d+)$/.exec(message.split("\n")[0]!);
  if (match === null) return new RenderFailure(`Liquid: ${message.split("\n")[0]}`);
  return new RenderFailure(`Liquid: ${message.slice(0, match.index)}`, { line: Number(match[1]), column: Number(match[2]) });
}

/**
 * Renders the custom template `file` (from `templatesDir`) with `table`.
 *
 * @example
 * ```ts
 * const view = await renderCustomTemplate(".resim/metrics/templates", "flight_path.liquid", table);
 * ```
 * @throws {RenderFailure} when the file is missing, is not valid Liquid, or does not render a Plotly figure as JSON
 */
export async function renderCustomTemplate(templatesDir: string | undefined, file: string, table: ResultTable): Promise<MetricView> {
  if (templatesDir === undefined) throw new RenderFailure(`no templates folder to read "${file}" from (pass --templates)`);
  if (basename(file) !== file || file === "") throw new RenderFailure(`template_file "${file}" must be a file name in the templates folder`);
  const path = join(templatesDir, file);
  let source: string;
  try {
    source = await readFile(path, "utf8");
  } catch (error) {
    throw new RenderFailure(`Cannot read "${path}": ${readFailure(error)}`);
  }
  const { Liquid } = await import("liquidjs");
  let output: string;
  try {
    output = await new Liquid({ strictFilters: true }).parseAndRender(source, templateVariables(table));
  } catch (error) {
    throw located(error);
  }
  let figure: unknown;
  try {
    figure = JSON.parse(output);
  } catch (error) {
    const shown = output.trim().length > 80 ? `${output.trim().slice(0, 77)}…` : output.trim();
    throw new RenderFailure(`the template's output is not JSON (${error instanceof Error ? error.message : String(error)}): ${shown === "" ? "(empty)" : shown}`);
  }
  if (typeof figure !== "object" || figure === null || !Array.isArray((figure as { data?: unknown }).data)) {
    throw new RenderFailure('the template\'s output is JSON but not a Plotly figure: it needs {"data": [...], "layout": {...}}');
  }
  const { data, layout } = figure as { data: Record<string, unknown>[]; layout?: unknown };
  return { kind: "figure", figure: { data, layout: typeof layout === "object" && layout !== null && !Array.isArray(layout) ? (layout as Record<string, unknown>) : {} } };
}
