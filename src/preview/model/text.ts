/**
 * View of a text metric: its Markdown.
 * @module
 */

import type { TextMetricValues } from "../../proto/index.ts";
import type { TextView } from "./preview_model.ts";

/** The view of `text_metric_values`. */
export function textView(values: TextMetricValues): TextView {
  return { kind: "text", markdown: values.text };
}
