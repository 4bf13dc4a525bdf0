/**
 * Reducing long series to what a chart can draw without losing their shape:
 * the minimum and maximum of each bucket of consecutive points, so spikes
 * and threshold crossings survive.
 * @module
 */

import type { Downsampling } from "./preview_model.ts";

/** Most points drawn per series; longer series are downsampled. */
export const maxDrawnPoints = 4000;

/** An x/y series. */
export interface Points {
  x: Float64Array;
  y: Float64Array;
}

/**
 * Keeps, for each of `maxPoints / 2` buckets of consecutive points, the
 * point with the smallest and the one with the largest y, in their original
 * order. NaN values are skipped; a bucket of only NaN keeps one NaN point so
 * the gap stays visible. Series no longer than `maxPoints` are returned as is.
 */
export function downsampleMinMax(points: Points, maxPoints: number = maxDrawnPoints): Points {
  const { x, y } = points;
  const n = y.length;
  if (n <= maxPoints) return points;
  const buckets = Math.max(1, Math.floor(maxPoints / 2));
  const outX = new Float64Array(buckets * 2);
  const outY = new Float64Array(buckets * 2);
  let out = 0;
  for (let b = 0; b < buckets; b++) {
    const start = Math.floor((b * n) / buckets);
    const end = Math.floor(((b + 1) * n) / buckets);
    let minIndex = -1;
    let maxIndex = -1;
    for (let i = start; i < end; i++) {
      const value = y[i]!;
      if (Number.isNaN(value)) continue;
      if (minIndex < 0 || value < y[minIndex]!) minIndex = i;
      if (maxIndex < 0 || value > y[maxIndex]!) maxIndex = i;
    }
    if (minIndex < 0) {
      outX[out] = x[start]!;
      outY[out++] = Number.NaN;
      continue;
    }
    const first = Math.min(minIndex, maxIndex);
    const second = Math.max(minIndex, maxIndex);
    outX[out] = x[first]!;
    outY[out++] = y[first]!;
    if (second !== first) {
      outX[out] = x[second]!;
      outY[out++] = y[second]!;
    }
  }
  return { x: outX.subarray(0, out), y: outY.subarray(0, out) };
}

/** The note for a chart whose longest series had `sourcePoints` points, or undefined when nothing was reduced. */
export function downsamplingNote(sourcePoints: number, drawnPoints: number): Downsampling | undefined {
  if (drawnPoints >= sourcePoints) return undefined;
  return { sourcePoints, drawnPoints, method: "minimum and maximum of each bucket of consecutive points" };
}
