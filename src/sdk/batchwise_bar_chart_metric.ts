/**
 * `BatchwiseBarChartMetric`: per-batch bars for report and batch dashboards,
 * one bar series per category, keyed by batch id.
 * @module
 */

import { MetricType } from "../proto/index.ts";
import { rangeError, typeError, type EntityOptions } from "./_entity.ts";
import { requireAligned, requireIndex, requireKind, requireStatusesFor, requireString, type Call } from "./_data_checks.ts";
import { dataRef, present, references, type PackContext } from "./_pack.ts";
import { isUuid } from "./ids.ts";
import { TwoAxisMetric } from "./_two_axis_metric.ts";
import type { MetricValuesCase } from "./metric.ts";
import type { BaseMetricsData, MetricsData } from "./metrics_data.ts";

/** One category of a batchwise bar chart. */
export interface BatchwiseCategory {
  readonly category: string;
  /** When each batch ran, indexed by batch id. */
  readonly times: MetricsData<"timestamp">;
  /** The value of each batch, indexed by the same batch ids. */
  readonly values: MetricsData<"double">;
  readonly statuses: MetricsData<"status">;
}

const hexColor = /^#(?:[0-9a-fA-F]{2}){3,4}$/;

/**
 * A bar chart over batches: each category has values and batch times indexed
 * by batch ids (UUIDs), with statuses over the same ids. The project id is
 * required.
 *
 * @example
 * ```ts
 * writer
 *   .addBatchwiseBarChartMetric("Status counts per batch")
 *   .withProjectId(projectId)
 *   .appendCategoryData("PASSED", passedTimes, passedCounts, passedStatuses)
 *   .withColors(["#00aa00"]);
 * ```
 */
export class BatchwiseBarChartMetric extends TwoAxisMetric {
  readonly #categories: BatchwiseCategory[] = [];
  #colors: readonly string[] = [];
  #projectId: string | undefined;
  #stackBars: boolean | undefined;

  constructor(name: string, options?: EntityOptions) {
    super("batchwise bar chart", MetricType.BATCHWISE_BAR_CHART_METRIC_TYPE, name, options);
  }

  /** The categories, in the order appended. */
  get categories(): readonly BatchwiseCategory[] {
    return this.#categories;
  }
  /** The bar colours, e.g. `"#ff0000"`. */
  get colors(): readonly string[] {
    return this.#colors;
  }
  /** The project the batches belong to, if set. */
  get projectId(): string | undefined {
    return this.#projectId;
  }
  /** Whether categories are stacked, if set. */
  get stackBars(): boolean | undefined {
    return this.#stackBars;
  }

  /**
   * Appends a category.
   *
   * @throws {MetricsTypeError} unless times are timestamps and values doubles, both indexed by the same UUIDs, with statuses over them
   * @throws {MetricsRangeError} if their lengths differ
   */
  appendCategoryData(category: string, times: MetricsData<"timestamp">, values: MetricsData<"double">, statuses: MetricsData<"status">): this {
    const call: Call = { owner: this, action: "add category to", field: "values" };
    requireString({ ...call, field: "category" }, category);
    requireKind(call, "values data", values, "double", "accepted");
    requireIndex(call, "values data", values, ["uuid"], true);
    const timesCall: Call = { ...call, field: "times" };
    requireKind(timesCall, "times data", times, "timestamp", "accepted");
    requireAligned(timesCall, "values data", values, "times data", times);
    requireStatusesFor({ ...call, field: "statuses" }, "values data", values, statuses);
    this.#categories.push({ category, times, values, statuses });
    return this;
  }

  /**
   * Sets the bar colours, each `#rrggbb` or `#rrggbbaa`.
   * @throws {MetricsRangeError} if a colour has another form
   */
  withColors(colors: readonly string[]): this {
    if (!Array.isArray(colors)) throw typeError(this, "set colors of", "colors", "the colors are not an array");
    const bad = colors.find((color) => typeof color !== "string" || !hexColor.test(color));
    if (bad !== undefined) throw rangeError(this, "set colors of", "colors", `color "${String(bad)}" is not #rrggbb or #rrggbbaa`);
    this.#colors = Object.freeze([...colors]);
    return this;
  }

  /** Sets the project the batches belong to (required). */
  withProjectId(projectId: string): this {
    if (!isUuid(projectId)) throw rangeError(this, "set project id of", "projectId", `project id "${String(projectId)}" is not a UUID`);
    this.#projectId = projectId;
    return this;
  }

  /** Stacks the categories (`true`) or places them side by side (`false`). */
  withStackBars(stackBars = true): this {
    this.#stackBars = Boolean(stackBars);
    return this;
  }

  override *[references](): Iterable<BaseMetricsData> {
    for (const c of this.#categories) yield c.times;
    for (const c of this.#categories) yield c.values;
    for (const c of this.#categories) yield c.statuses;
  }

  protected override packValues(ctx: PackContext): MetricValuesCase {
    const categories = this.#categories;
    return {
      case: "batchwiseBarChartMetricValues",
      value: {
        timesDataId: categories.map((c) => dataRef(ctx, c.times)),
        valuesDataId: categories.map((c) => dataRef(ctx, c.values)),
        statusesDataId: categories.map((c) => dataRef(ctx, c.statuses)),
        categories: categories.map((c) => c.category),
        colors: [...this.#colors],
        ...this.packAxisNames(),
        ...present({
          stackBars: this.#stackBars,
          projectId: this.#projectId === undefined ? undefined : { data: this.#projectId },
        }),
      },
    };
  }
}
