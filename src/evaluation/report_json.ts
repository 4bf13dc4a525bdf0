/**
 * The JSON `eval --json` prints: every metric's result table (row by row),
 * status, failure, thresholds, view and timing, plus the lines left out.
 * JSON has no NaN or Infinity and loses integers beyond 2^53: those are
 * written as strings ("NaN", "Infinity", "-Infinity", "1757039356353349217").
 * @module
 */

import type { EvaluationReport, MetricResult } from "./result.ts";
import type { Cell, ResultTable } from "./sql/index.ts";

/** A JSON value. */
export type Json = null | boolean | number | string | readonly Json[] | { readonly [key: string]: Json };

/**
 * A cell as JSON.
 *
 * @example
 * ```ts
 * cellJson(Number.NaN); // "NaN"
 * cellJson(1757039356353349217n); // "1757039356353349217"
 * ```
 */
export function cellJson(cell: Cell): Json {
  if (typeof cell === "bigint") return cell.toString();
  if (typeof cell === "number") return Number.isFinite(cell) ? cell : String(cell);
  if (Array.isArray(cell)) return cell.map(cellJson);
  if (cell !== null && typeof cell === "object") return Object.fromEntries(Object.entries(cell).map(([key, value]) => [key, cellJson(value as Cell)]));
  return cell as Json;
}

function tableJson(table: ResultTable): Json {
  const rows: Json[] = [];
  for (let r = 0; r < table.rowCount; r++) rows.push(table.values.map((column) => cellJson(column[r]!)));
  return { columns: table.columns.map((column) => ({ name: column.name, type: column.type })), rows };
}

function resultJson(result: MetricResult): Json {
  const { table, view, ...rest } = result;
  return JSON.parse(JSON.stringify({ ...rest, ...(table === undefined ? {} : { table: tableJson(table) }), ...(view === undefined ? {} : { view }) }, (_key, value: unknown) =>
    typeof value === "bigint" || (typeof value === "number" && !Number.isFinite(value)) ? cellJson(value) : value,
  )) as Json;
}

/**
 * The report as JSON.
 *
 * @example
 * ```ts
 * process.stdout.write(`${JSON.stringify(reportJson(await evaluate(plan, jobs)))}\n`);
 * ```
 */
export function reportJson(report: EvaluationReport): Json {
  return {
    passed: report.passed,
    jobs: report.jobs.map((job) => ({ id: job.id, files: [...job.files] })),
    problems: report.problems.map((problem) => ({ ...problem })),
    metrics: report.results.map(resultJson),
    timing: { ...report.timing },
  };
}
