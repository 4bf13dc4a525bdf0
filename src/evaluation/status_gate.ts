/**
 * A metric's status gate: its query is run with `block` in place of its one
 * `?`, then (if that returned no rows) with `warn`; a threshold is crossed
 * when the query returns at least one row.
 * @module
 */

import type { StatusGate } from "./plan.ts";
import { placeholders, positionOf } from "./query_text.ts";
import type { MetricFailure, MetricStatus, ThresholdCheck } from "./result.ts";
import { QueryError, type SqlEngine } from "./sql/index.ts";

/** What a gate decided. */
export interface GateOutcome {
  readonly status: MetricStatus;
  readonly block?: ThresholdCheck;
  readonly warn?: ThresholdCheck;
  readonly failure?: MetricFailure;
}

/**
 * The failure of `query` at the error's position, as a metric reports it.
 *
 * @example
 * ```ts
 * queryFailure("query", "SELECT\n nope", new QueryError("Binder error: …", 8)); // { stage: "query", message: "Binder error: …", line: 2, column: 2 }
 * ```
 */
export function queryFailure(stage: MetricFailure["stage"], query: string, error: unknown): MetricFailure {
  const message = error instanceof Error ? error.message : String(error);
  if (error instanceof QueryError && error.position !== undefined) return { stage, message, ...positionOf(query, error.position) };
  return { stage, message };
}

function threshold(gate: StatusGate, key: "block" | "warn"): number | undefined | MetricFailure {
  const value = gate[key];
  if (value === undefined || value === null) return undefined;
  if (typeof value === "number" && Number.isFinite(value)) return value;
  return { stage: "status", message: `status.${key} must be a number, got ${JSON.stringify(value)}` };
}

/**
 * Runs `gate` on the engine's current scope.
 *
 * @example
 * ```ts
 * const outcome = await runGate(engine, { query: "SELECT 1 FROM speed WHERE v > ?", block: 30, warn: 20 });
 * outcome.status; // "FAIL_WARN" when some v is above 20 but none above 30
 * ```
 */
export async function runGate(engine: SqlEngine, gate: StatusGate): Promise<GateOutcome> {
  const marks = placeholders(gate.query);
  if (marks.length !== 1) {
    const message = `the status query must hold exactly one ? for the threshold, but holds ${marks.length}`;
    return { status: "ERROR", failure: { stage: "status", message, ...(marks[1] === undefined ? {} : positionOf(gate.query, marks[1])) } };
  }
  const block = threshold(gate, "block");
  const warn = threshold(gate, "warn");
  for (const value of [block, warn]) if (typeof value === "object") return { status: "ERROR", failure: value };
  if (block === undefined && warn === undefined) return { status: "ERROR", failure: { stage: "status", message: "the status has neither block nor warn" } };
  const checks: { block?: ThresholdCheck; warn?: ThresholdCheck } = {};
  for (const [key, value] of [["block", block], ["warn", warn]] as const) {
    if (typeof value !== "number") continue;
    let crossed: boolean;
    try {
      crossed = (await engine.query(gate.query, [value])).rowCount > 0;
    } catch (error) {
      return { status: "QUERY_ERROR", ...checks, failure: queryFailure("status", gate.query, error) };
    }
    checks[key] = { threshold: value, crossed };
    if (crossed) return { status: key === "block" ? "FAIL_BLOCK" : "FAIL_WARN", ...checks };
  }
  return { status: "PASSED", ...checks };
}
