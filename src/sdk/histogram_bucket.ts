/**
 * `HistogramBucket`: one bucket `[lower, upper)` of a histogram, and helpers
 * that build contiguous buckets exactly as the validator requires them.
 * @module
 */

import { rangeError, typeError, type Entity } from "./_entity.ts";

/** The half-open range `[lower, upper)` of one histogram bucket. */
export interface HistogramBucket {
  readonly lower: number;
  readonly upper: number;
}

/**
 * Contiguous buckets between consecutive `edges`: `n` edges give `n - 1`
 * buckets, each starting exactly where the previous one ends.
 *
 * @example
 * ```ts
 * bucketsFromEdges([0, 1, 5]); // [{ lower: 0, upper: 1 }, { lower: 1, upper: 5 }]
 * ```
 */
export function bucketsFromEdges(edges: readonly number[]): HistogramBucket[] {
  const buckets: HistogramBucket[] = [];
  for (let i = 1; i < edges.length; i++) buckets.push({ lower: edges[i - 1]!, upper: edges[i]! });
  return buckets;
}

/**
 * `count` contiguous buckets of equal width from `lower` to `upper`; the last
 * bucket ends exactly at `upper`.
 *
 * @example
 * ```ts
 * equalWidthBuckets(-0.5, 0.5, 5).map((b) => b.lower); // [-0.5, -0.3, -0.1, 0.1, 0.3] (within rounding)
 * ```
 */
export function equalWidthBuckets(lower: number, upper: number, count: number): HistogramBucket[] {
  if (!Number.isInteger(count) || count < 1) throw new RangeError(`Cannot make histogram buckets: count ${count} is not a positive integer`);
  const edges = Array.from({ length: count + 1 }, (_, i) => (i === count ? upper : lower + ((upper - lower) * i) / count));
  return bucketsFromEdges(edges);
}

/** Text of a bucket for messages: `[0, 1)`. */
function showBucket(bucket: HistogramBucket): string {
  return `[${bucket.lower}, ${bucket.upper})`;
}

/**
 * A copy of `buckets` after checking there is at least one, each has
 * numeric bounds with `lower < upper`, and each starts where the previous ends.
 */
export function checkBuckets(owner: Entity, action: string, buckets: readonly HistogramBucket[]): HistogramBucket[] {
  if (!Array.isArray(buckets)) throw typeError(owner, action, "buckets", "the buckets are not an array");
  if (buckets.length === 0) throw rangeError(owner, action, "buckets", "there are no buckets");
  return buckets.map((bucket, k) => {
    if (bucket === null || typeof bucket !== "object" || typeof bucket.lower !== "number" || typeof bucket.upper !== "number") {
      throw typeError(owner, action, "buckets", `bucket ${k} is not { lower: number, upper: number }`);
    }
    if (!(bucket.lower < bucket.upper)) throw rangeError(owner, action, "buckets", `bucket ${k} ${showBucket(bucket)} is empty or not numeric (lower must be less than upper)`);
    const previous = buckets[k - 1];
    if (previous !== undefined && bucket.lower !== previous.upper) {
      const relation = bucket.lower < previous.upper ? "overlaps" : "leaves a gap after";
      throw rangeError(owner, action, "buckets", `bucket ${k} ${showBucket(bucket)} ${relation} bucket ${k - 1} ${showBucket(previous)} (each bucket must start where the previous one ends)`);
    }
    return { lower: bucket.lower, upper: bucket.upper };
  });
}
