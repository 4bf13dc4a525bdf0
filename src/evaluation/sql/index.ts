/**
 * The SQL engine behind local evaluation, reached only through
 * {@link SqlEngine}: swap the engine by changing {@link openSqlEngine}.
 * The engine's code (and its native library) loads on first use, so
 * commands that run no SQL never pay for it.
 * @module
 */

export { QueryError, type Cell, type EmissionProblem, type JobFiles, type LoadReport, type QueryParameter, type ResultTable, type SqlEngine, type TopicTable } from "./engine.ts";
export { compatFunctions, compatName, dateFormatSpecifiers, nativeCompat, type CompatFunction } from "./presto_compat.ts";
import type { SqlEngine } from "./engine.ts";

/**
 * Opens a fresh, empty engine (embedded DuckDB, in memory).
 *
 * @example
 * ```ts
 * const engine = await openSqlEngine();
 * try {
 *   const table = await engine.query("SELECT 1 AS one");
 * } finally {
 *   await engine.close();
 * }
 * ```
 */
export async function openSqlEngine(): Promise<SqlEngine> {
  const { openDuckDbEngine } = await import("./duckdb_engine.ts");
  return openDuckDbEngine();
}
