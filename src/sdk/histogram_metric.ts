/**
 * `HistogramMetric`: how often a series' doubles fall into each bucket.
 * @module
 */

import { MetricType } from "../proto/index.ts";
import type { EntityOptions } from "./_entity.ts";
import { requireNumber, requireString, setting } from "./_data_checks.ts";
import { dataRef, present, references, type PackContext } from "./_pack.ts";
import { ValueStatusPair } from "./_value_status_pair.ts";
import { checkBuckets, type HistogramBucket } from "./histogram_bucket.ts";
import { Metric, type MetricValuesCase } from "./metric.ts";
import type { BaseMetricsData, MetricsData } from "./metrics_data.ts";

/**
 * A histogram of one double series (any index) with statuses of the same
 * shape. Buckets must be contiguous; the bounds default to the first
 * bucket's lower and the last bucket's upper edge.
 *
 * @example
 * ```ts
 * writer
 *   .addHistogramMetric("Localization error frequency")
 *   .withValuesData(error)
 *   .withStatusesData(errorStatuses)
 *   .withBuckets(equalWidthBuckets(-0.5, 0.5, 5))
 *   .withXAxisName("localization error (m)");
 * ```
 */
export class HistogramMetric extends Metric {
  readonly #data = new ValueStatusPair("values data", "rejected");
  #buckets: readonly HistogramBucket[] | undefined;
  #lowerBound: number | undefined;
  #upperBound: number | undefined;
  #xAxisName: string | undefined;

  constructor(name: string, options?: EntityOptions) {
    super("histogram", MetricType.HISTOGRAM_METRIC_TYPE, name, options);
  }

  /** The values counted, if set. */
  get valuesData(): MetricsData<"double"> | undefined {
    return this.#data.values;
  }
  /** Their statuses, if set. */
  get statusesData(): MetricsData<"status"> | undefined {
    return this.#data.statuses;
  }
  /** The buckets, if set. */
  get buckets(): readonly HistogramBucket[] | undefined {
    return this.#buckets;
  }
  /** The lower bound of the values, if set. */
  get lowerBound(): number | undefined {
    return this.#lowerBound;
  }
  /** The upper bound of the values, if set. */
  get upperBound(): number | undefined {
    return this.#upperBound;
  }
  /** The x-axis title, if set. */
  get xAxisName(): string | undefined {
    return this.#xAxisName;
  }

  /**
   * Sets the values to count; written metrics need statuses of the same shape.
   * @throws {MetricsTypeError} unless they are doubles, not per category
   */
  withValuesData(values: MetricsData<"double">): this {
    this.#data.setValues({ owner: this, action: "set values of", field: "values" }, values);
    return this;
  }

  /**
   * Sets the statuses of the values.
   * @throws {MetricsTypeError} unless they are status data, not per category
   */
  withStatusesData(statuses: MetricsData<"status">): this {
    this.#data.setStatuses({ owner: this, action: "set statuses of", field: "statuses" }, statuses);
    return this;
  }

  /**
   * Sets the buckets (see {@link equalWidthBuckets} and {@link bucketsFromEdges});
   * written metrics need them to run from the lower to the upper bound, if set.
   * @throws {MetricsRangeError} if there are none, one is empty, or they overlap or leave gaps
   */
  withBuckets(buckets: readonly HistogramBucket[]): this {
    this.#buckets = checkBuckets(this, "set buckets of", buckets);
    return this;
  }

  /** Sets the lower bound; written metrics need it to equal the first bucket's lower edge. */
  withLowerBound(bound: number): this {
    requireNumber(setting(this, "lowerBound"), bound);
    this.#lowerBound = bound;
    return this;
  }

  /** Sets the upper bound; written metrics need it to equal the last bucket's upper edge. */
  withUpperBound(bound: number): this {
    requireNumber(setting(this, "upperBound"), bound);
    this.#upperBound = bound;
    return this;
  }

  /** Sets the x-axis title. */
  withXAxisName(name: string): this {
    requireString(setting(this, "xAxisName"), name);
    this.#xAxisName = name;
    return this;
  }

  override [references](): Iterable<BaseMetricsData> {
    return this.#data.data();
  }

  protected override packValues(ctx: PackContext): MetricValuesCase {
    const buckets = this.#buckets ?? [];
    return {
      case: "histogramMetricValues",
      value: {
        ...present({
          valuesDataId: this.#data.values && dataRef(ctx, this.#data.values),
          statusesDataId: this.#data.statuses && dataRef(ctx, this.#data.statuses),
          lowerBound: this.#lowerBound ?? buckets[0]?.lower,
          upperBound: this.#upperBound ?? buckets[buckets.length - 1]?.upper,
          xAxisName: this.#xAxisName,
        }),
        buckets: buckets.map((b) => ({ lower: b.lower, upper: b.upper })),
      },
    };
  }
}
