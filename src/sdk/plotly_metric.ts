/**
 * `PlotlyMetric`: any Plotly figure, carried as its JSON model.
 * @module
 */

import { MetricType, type JsonObject, type JsonValue } from "../proto/index.ts";
import { rangeError, typeError, type EntityOptions } from "./_entity.ts";
import { references, type PackContext } from "./_pack.ts";
import { Metric, type MetricValuesCase } from "./metric.ts";
import type { BaseMetricsData } from "./metrics_data.ts";
import { showValue } from "./series_kind.ts";

/**
 * A Plotly figure (`{ data, layout }`), given as a JSON string (e.g. Python
 * Plotly's `to_json()`) or an object; no data.
 *
 * @example
 * ```ts
 * writer.addPlotlyMetric("Speed histogram").withPlotlyData({
 *   data: [{ type: "histogram", x: [1.2, 1.4, 2.0] }],
 *   layout: { title: { text: "Speed" } },
 * });
 * ```
 */
export class PlotlyMetric extends Metric {
  #figure: JsonObject | undefined;

  constructor(name: string, options?: EntityOptions) {
    super("plotly metric", MetricType.PLOTLY_METRIC_TYPE, name, options);
  }

  /** The figure, if set. */
  get plotlyData(): JsonObject | undefined {
    return this.#figure;
  }

  /**
   * Sets the figure. An object is kept as given (do not change it
   * afterwards); numbers in it are written as doubles.
   *
   * @throws {MetricsTypeError} if the string does not parse, or the figure is not a JSON object
   * @throws {MetricsRangeError} if it holds NaN or an infinity, which JSON cannot carry
   */
  withPlotlyData(figure: string | JsonObject): this {
    const action = "set plotly data of";
    let value: unknown = figure;
    if (typeof figure === "string") {
      try {
        value = JSON.parse(figure);
      } catch (error) {
        throw typeError(this, action, "plotlyData", `the JSON does not parse: ${(error as Error).message}`);
      }
    } else {
      this.#requireJson(value, "figure");
    }
    if (value === null || typeof value !== "object" || Array.isArray(value)) {
      throw typeError(this, action, "plotlyData", `the figure is ${Array.isArray(value) ? "an array" : showValue(value)}, not a JSON object`);
    }
    this.#figure = value as JsonObject;
    return this;
  }

  /** Throws unless `value` is JSON: null, booleans, finite numbers, strings, arrays and plain objects. */
  #requireJson(value: unknown, path: string): asserts value is JsonValue {
    if (value === null || typeof value === "string" || typeof value === "boolean") return;
    if (typeof value === "number") {
      if (!Number.isFinite(value)) throw rangeError(this, "set plotly data of", "plotlyData", `${path} is ${value}, which JSON cannot carry`);
      return;
    }
    if (Array.isArray(value)) {
      value.forEach((item, i) => this.#requireJson(item, `${path}[${i}]`));
      return;
    }
    const prototype: unknown = typeof value === "object" ? Object.getPrototypeOf(value) : undefined;
    if (prototype !== Object.prototype && prototype !== null) {
      const hint = ArrayBuffer.isView(value) ? " (convert it with Array.from)" : "";
      throw typeError(this, "set plotly data of", "plotlyData", `${path} is ${typeof value === "object" ? `a ${showValue(value)}` : String(value)}, not JSON${hint}`);
    }
    for (const [key, item] of Object.entries(value as object)) this.#requireJson(item, `${path}.${key}`);
  }

  override [references](): Iterable<BaseMetricsData> {
    return [];
  }

  protected override packValues(_ctx: PackContext): MetricValuesCase {
    return { case: "plotlyMetricValues", value: this.#figure === undefined ? {} : { json: this.#figure } };
  }
}
