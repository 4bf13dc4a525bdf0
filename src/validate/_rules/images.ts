/**
 * Image and image-list metrics (IMAGE-01…04, IMGLIST-01…04): references to
 * EXTERNAL_FILE data.
 * @module
 */

import type { ImageListMetricValues, ImageMetricValues, MetricsDataId } from "../../proto/index.ts";
import type { RuleId } from "../rule_ids.ts";
import { at, type Checker, type Place } from "./checker.ts";
import { resolveData } from "./ids.ts";
import { describeData } from "./pair.ts";

const EXTERNAL_FILE = 11;

/** Checks `image_metric_values`. */
export function checkImage(c: Checker, values: ImageMetricValues, place: Place): void {
  const id = values.imageDataId;
  if (id === undefined) c.error("IMAGE-01", at(place, "image_data_id"), "is not set: an image metric needs the id of its EXTERNAL_FILE data");
  else checkImageReference(c, id, at(place, "image_data_id"), ["IMAGE-02", "IMAGE-03", "IMAGE-04"]);
}

/** Checks `image_list_metric_values`. */
export function checkImageList(c: Checker, values: ImageListMetricValues, place: Place): void {
  const ids = values.imageDataIds;
  if (ids.length === 0) c.error("IMGLIST-01", at(place, "image_data_ids"), "is empty: an image list needs at least one image");
  ids.forEach((id, k) => checkImageReference(c, id, at(place, "image_data_ids", k), ["IMGLIST-02", "IMGLIST-03", "IMGLIST-04"]));
}

function checkImageReference(c: Checker, id: MetricsDataId, place: Place, [syntax, exists, type]: readonly [RuleId, RuleId, RuleId]): void {
  const image = resolveData(c, id, place, syntax, exists);
  if (image !== undefined && image.data.dataType !== EXTERNAL_FILE) {
    c.error(type, place, `refers to ${describeData(c, image)}, but images must be EXTERNAL_FILE data`);
  }
}
