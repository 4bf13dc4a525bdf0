/**
 * View of a histogram metric: the values of a series counted into the
 * metric's buckets.
 * @module
 */

import type { HistogramMetricValues } from "../../proto/index.ts";
import { CannotDrawError } from "./_cannot_draw.ts";
import { doublesOf } from "./_data_index.ts";
import type { ViewContext } from "./_view_context.ts";
import type { HistogramBin, HistogramView } from "./preview_model.ts";

/** The view of `histogram_metric_values`. */
export function histogramView(values: HistogramMetricValues, context: ViewContext): HistogramView {
  const data = context.data.get(values.valuesDataId, "values_data_id");
  const doubles = doublesOf(data);
  if (values.buckets.length === 0) throw new CannotDrawError("the histogram has no buckets");
  const bins = values.buckets.map((bucket): HistogramBin => ({ lower: bucket.lower ?? 0, upper: bucket.upper ?? 0, count: 0 }));
  const outside = countIntoBins(doubles, bins);
  const view: HistogramView = {
    kind: "histogram",
    xAxisName: values.xAxisName ?? "",
    dataName: data.name,
    unit: data.unit,
    bins,
    outside,
    total: doubles.length,
  };
  if (values.lowerBound !== undefined) view.lowerBound = values.lowerBound;
  if (values.upperBound !== undefined) view.upperBound = values.upperBound;
  return view;
}

/**
 * Adds each value to the bin whose `[lower, upper)` holds it (the highest
 * bin also takes its upper edge) and returns how many fell in none. Bins are
 * searched by binary search over their lower edges, so long series of many
 * buckets stay cheap.
 */
function countIntoBins(values: Float64Array, bins: HistogramBin[]): number {
  const byLower = [...bins].sort((a, b) => a.lower - b.lower);
  const top = byLower.at(-1)!;
  let outside = 0;
  for (const value of values) {
    let lo = 0;
    let hi = byLower.length - 1;
    let found = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (byLower[mid]!.lower <= value) {
        found = mid;
        lo = mid + 1;
      } else {
        hi = mid - 1;
      }
    }
    const bin = found < 0 ? undefined : byLower[found]!;
    if (bin !== undefined && (value < bin.upper || (bin === top && value === bin.upper))) bin.count++;
    else outside++;
  }
  return outside;
}
