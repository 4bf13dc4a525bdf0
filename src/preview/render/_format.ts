/**
 * How numbers and times read on the page.
 * @module
 */

import type { TimeScale } from "../model/index.ts";

/** A number with at most 6 significant digits, e.g. `2.02612`; `NaN` and `±∞` spelled out. */
export function formatNumber(value: number): string {
  if (Number.isNaN(value)) return "NaN";
  if (!Number.isFinite(value)) return value > 0 ? "∞" : "−∞";
  return String(Number(value.toPrecision(6))).replace("-", "−");
}

/** A time in seconds: `4.5 s` since the start, or a UTC date and time for wall-clock times. */
export function formatTime(seconds: number, scale: TimeScale): string {
  if (scale === "relative" || !Number.isFinite(seconds)) return `${formatNumber(seconds)} s`;
  return new Date(seconds * 1000).toISOString().replace("T", " ").replace(/\.000Z$/, "Z");
}
