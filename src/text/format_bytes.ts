/**
 * Byte counts as people read them, in decimal units: the terminal's progress
 * line and summaries, and the preview page, print sizes the same way.
 * @module
 */

const units = ["B", "kB", "MB", "GB"] as const;

/**
 * A byte count with one decimal in the largest unit that keeps it at least 1.
 *
 * @example
 * ```ts
 * formatBytes(1_234_567); // "1.2 MB"
 * ```
 */
export function formatBytes(bytes: number): string {
  let value = bytes;
  let unit = 0;
  while (value >= 1000 && unit < units.length - 1) {
    value /= 1000;
    unit++;
  }
  return unit === 0 ? `${value} B` : `${value.toFixed(1)} ${units[unit]}`;
}
