/**
 * The points of a series whose status is a failure, so charts can mark them
 * in their status colour. Status series that cannot be read are left to the
 * validator's report: the chart then simply marks nothing.
 * @module
 */

import type { MetricsDataId } from "../../proto/index.ts";
import { statusesOf, type DataIndex } from "./_data_index.ts";
import { maxDrawnPoints } from "./_downsample.ts";
import { isFailingStatus } from "./badges.ts";
import type { FailingPoints } from "./preview_model.ts";

/**
 * The failing points of `x`/`y` according to the status data `ref` names
 * (element by element), at most `maxDrawnPoints` of them (evenly spaced
 * among all failing points when there are more).
 */
export function failingPointsOf(ref: MetricsDataId | undefined, x: Float64Array, y: Float64Array, data: DataIndex): FailingPoints | undefined {
  let statuses: Int32Array;
  try {
    statuses = statusesOf(data.get(ref, "statuses"));
  } catch {
    return undefined;
  }
  if (statuses.length !== y.length) return undefined;
  const failing: number[] = [];
  for (let i = 0; i < statuses.length; i++) if (isFailingStatus(statuses[i]!)) failing.push(i);
  if (failing.length === 0) return undefined;
  const stride = Math.ceil(failing.length / maxDrawnPoints);
  const kept = stride === 1 ? failing : failing.filter((_, k) => k % stride === 0);
  return {
    x: Float64Array.from(kept, (i) => x[i]!),
    y: Float64Array.from(kept, (i) => y[i]!),
    statuses: Int32Array.from(kept, (i) => statuses[i]!),
    total: failing.length,
  };
}
