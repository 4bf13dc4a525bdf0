/**
 * View of an image metric.
 * @module
 */

import type { ImageMetricValues } from "../../proto/index.ts";
import { fileRefOf } from "./_file_ref.ts";
import type { ViewContext } from "./_view_context.ts";
import type { ImageView } from "./preview_model.ts";

/** The view of `image_metric_values`. */
export function imageView(values: ImageMetricValues, context: ViewContext): ImageView {
  return { kind: "image", image: fileRefOf(values.imageDataId, "image_data_id", context) };
}
