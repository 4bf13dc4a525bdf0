/**
 * View of an image list metric.
 * @module
 */

import type { ImageListMetricValues } from "../../proto/index.ts";
import { CannotDrawError } from "./_cannot_draw.ts";
import { fileRefOf } from "./_file_ref.ts";
import type { ViewContext } from "./_view_context.ts";
import type { ImageListView } from "./preview_model.ts";

/** The view of `image_list_metric_values`. */
export function imageListView(values: ImageListMetricValues, context: ViewContext): ImageListView {
  if (values.imageDataIds.length === 0) throw new CannotDrawError("the metric lists no images");
  return { kind: "imageList", images: values.imageDataIds.map((ref, k) => fileRefOf(ref, `image_data_ids[${k}]`, context)) };
}
