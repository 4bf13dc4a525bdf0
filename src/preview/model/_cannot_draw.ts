/**
 * The failure a metric's view builder raises when the metric's data cannot
 * be resolved; the card shows its message instead of a chart.
 * @module
 */

/** A metric references data that is missing or of the wrong shape. */
export class CannotDrawError extends Error {
  override name = "CannotDrawError";
}
