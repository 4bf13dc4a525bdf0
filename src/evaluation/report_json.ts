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
 * `value` as JSON, in one pass: bigints and non-finite numbers become
 * strings, and what JSON.stringify leaves out of an object (undefined,
 * functions) is left out here too.
 */
function jsonValue(value: unknown): Json | undefined {
  if (value === null || typeof value === "string" || typeof value === "boolean") return value;
  if (typeof value === "number") return Number.isFinite(value) ? value : String(value);
  if (typeof value === "bigint") return value.toString();
  if (Array.isArray(value)) return value.map((item: unknown) => jsonValue(item) ?? null);
  if (typeof value !== "object") return undefined;
  const object: { [key: string]: Json } = {};
  for (const [key, item] of Object.entries(value)) {
    const json = jsonValue(item);
    if (json !== undefined) object[key] = json;
  }
  return object;
}

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
  return jsonValue(cell) ?? null;
}

function tableJson(table: ResultTable): Json {
  const rows: Json[] = [];
  for (let r = 0; r < table.rowCount; r++) rows.push(table.values.map((column) => cellJson(column[r]!)));
  return { columns: table.columns.map((column) => ({ name: column.name, type: column.type })), rows };
}

function resultJson(result: MetricResult): Json {
  const { table, view, ...rest } = result;
  return jsonValue({ ...rest, ...(table === undefined ? {} : { table: tableJson(table) }), ...(view === undefined ? {} : { view }) }) ?? null;
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
