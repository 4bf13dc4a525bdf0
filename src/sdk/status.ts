/**
 * Statuses and importances of metrics and events, and how the statuses of a
 * job's metrics roll up into the job's status.
 * @module
 */

import { MetricImportanceNames, MetricStatus, MetricStatusNames, type MetricImportance } from "../proto/index.ts";
import { rangeError, type Entity } from "./_entity.ts";

export { MetricImportance, MetricStatus, TimestampType } from "../proto/index.ts";

/**
 * The job status upstream derives from its metrics' statuses:
 * `FAIL_BLOCK` if any metric blocks, else `FAIL_WARN` if any warns, else
 * `PASSED` (also for no metrics, and for `NOT_APPLICABLE`, `RAW` or unset).
 *
 * @example
 * ```ts
 * rollUpStatus([MetricStatus.PASSED_METRIC_STATUS, MetricStatus.FAIL_WARN_METRIC_STATUS]);
 * // MetricStatus.FAIL_WARN_METRIC_STATUS
 * ```
 */
export function rollUpStatus(statuses: Iterable<number | undefined>): MetricStatus {
  let result: MetricStatus = MetricStatus.PASSED_METRIC_STATUS;
  for (const status of statuses) {
    if (status === MetricStatus.FAIL_BLOCK_METRIC_STATUS) return status;
    if (status === MetricStatus.FAIL_WARN_METRIC_STATUS) result = status;
  }
  return result;
}

function isSet(value: unknown, names: Readonly<Record<number, string>>): value is number {
  return typeof value === "number" && value !== 0 && names[value] !== undefined;
}

/** Whether `value` is a metric status other than `NO_METRIC_STATUS`. */
export function isSetStatus(value: unknown): value is MetricStatus {
  return isSet(value, MetricStatusNames);
}

/** Throws unless `value` is one of `names` other than the "unset" value 0. */
function requireSet(owner: Entity, field: string, value: unknown, names: Readonly<Record<number, string>>, what: string): void {
  if (isSet(value, names)) return;
  const shown = typeof value === "number" && names[value] !== undefined ? names[value] : String(value);
  throw rangeError(owner, `set ${field} of`, field, `${shown} is not ${what} (use one of ${Object.values(names).slice(1).join(", ")})`);
}

/** Throws unless `status` is a status other than `NO_METRIC_STATUS`. */
export function requireStatus(owner: Entity, status: unknown): asserts status is MetricStatus {
  requireSet(owner, "status", status, MetricStatusNames, "a status");
}

/** Throws unless `importance` is an importance other than `NO_SPECIFIED_IMPORTANCE`. */
export function requireImportance(owner: Entity, importance: unknown): asserts importance is MetricImportance {
  requireSet(owner, "importance", importance, MetricImportanceNames, "an importance");
}
