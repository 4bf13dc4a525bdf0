/**
 * Protobuf timestamps as seconds, and whether a set of times is wall-clock
 * time or time since the start of the test.
 * @module
 */

import type { Timestamp } from "../../proto/index.ts";
import type { TimeScale } from "./preview_model.ts";

/** A timestamp as (fractional) seconds. */
export function timestampSeconds(stamp: Timestamp): number {
  return Number(stamp.seconds) + stamp.nanos / 1e9;
}

/**
 * Times from 2001-09-09 on (10⁹ seconds since the epoch) are read as
 * wall-clock times; smaller ones as time since the start of the test, which
 * is what simulations usually record.
 */
const absoluteFrom = 1e9;

/** Whether `times` (seconds) look like wall-clock times, judged by the first finite one. */
export function timeScaleOf(times: Iterable<number>): TimeScale {
  for (const t of times) if (Number.isFinite(t)) return t >= absoluteFrom ? "absolute" : "relative";
  return "relative";
}
