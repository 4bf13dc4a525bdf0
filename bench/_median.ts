/**
 * The one summary statistic the benches print: the median of their samples.
 * @module
 */

/** The median of `samples` (the mean of the two middle ones for an even count); their order does not matter. */
export function median(samples: readonly number[]): number {
  const sorted = [...samples].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}
