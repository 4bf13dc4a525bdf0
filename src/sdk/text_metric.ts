/**
 * `TextMetric`: Markdown text shown as a metric.
 * @module
 */

import { MetricType } from "../proto/index.ts";
import { rangeError, type EntityOptions } from "./_entity.ts";
import { requireString } from "./_data_checks.ts";
import { references, type PackContext } from "./_pack.ts";
import { Metric, type MetricValuesCase } from "./metric.ts";
import type { BaseMetricsData } from "./metrics_data.ts";

/**
 * Markdown text; no data.
 *
 * @example
 * ```ts
 * writer.addTextMetric("Summary").withText("**3** collisions avoided");
 * ```
 */
export class TextMetric extends Metric {
  #text: string | undefined;

  constructor(name: string, options?: EntityOptions) {
    super("text metric", MetricType.TEXT_METRIC_TYPE, name, options);
  }

  /** The text, if set. */
  get text(): string | undefined {
    return this.#text;
  }

  /**
   * Sets the text (Markdown).
   * @throws {MetricsRangeError} if it is empty
   */
  withText(text: string): this {
    requireString({ owner: this, action: "set text of", field: "text" }, text);
    if (text === "") throw rangeError(this, "set text of", "text", "the text is empty");
    this.#text = text;
    return this;
  }

  override [references](): Iterable<BaseMetricsData> {
    return [];
  }

  protected override packValues(_ctx: PackContext): MetricValuesCase {
    return { case: "textMetricValues", value: { text: this.#text ?? "" } };
  }
}
