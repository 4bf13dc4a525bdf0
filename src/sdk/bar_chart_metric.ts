/**
 * `BarChartMetric`: bars of double series indexed by string labels.
 * @module
 */

import { MetricType } from "../proto/index.ts";
import type { EntityOptions } from "./_entity.ts";
import { requireIndex, requireKind, type Call } from "./_data_checks.ts";
import { present, references, type PackContext } from "./_pack.ts";
import { SeriesList, type SeriesEntry } from "./_series_list.ts";
import { TwoAxisMetric } from "./_two_axis_metric.ts";
import type { MetricValuesCase } from "./metric.ts";
import type { BaseMetricsData, MetricsData } from "./metrics_data.ts";

/** One bar series of a bar chart. */
export interface BarSeries extends SeriesEntry {
  readonly values: MetricsData<"double">;
}

/**
 * A bar chart: each series is doubles indexed by strings (the bar labels),
 * with statuses over the same index; series sit side by side or stacked.
 *
 * @example
 * ```ts
 * const classes = SeriesMetricsData.from("object classes", ["car", "truck"]);
 * const precision = SeriesMetricsData.from("precision", [0.85, 0.71], { index: classes });
 * const ok = SeriesMetricsData.from("precision status", [1, 1], { type: "status", index: classes });
 * writer.addBarChartMetric("Detection").appendValuesData(precision, "Precision").appendStatusesData(ok);
 * ```
 */
export class BarChartMetric extends TwoAxisMetric {
  readonly #series = new SeriesList<BarSeries>(this, (e) => e.values);
  #stackBars: boolean | undefined;

  constructor(name: string, options?: EntityOptions) {
    super("bar chart", MetricType.BAR_CHART_METRIC_TYPE, name, options);
  }

  /** The bar series, in the order appended. */
  get series(): readonly Readonly<BarSeries>[] {
    return this.#series.entries;
  }
  /** Whether series are stacked, if set. */
  get stackBars(): boolean | undefined {
    return this.#stackBars;
  }

  /**
   * Appends a bar series; its legend defaults to the data's name.
   *
   * @throws {MetricsTypeError} unless `values` are doubles indexed by strings, not per category
   */
  appendValuesData(values: MetricsData<"double">, legend?: string): this {
    const call: Call = { owner: this, action: "add values to", field: "values" };
    requireKind(call, "values data", values, "double", "rejected");
    requireIndex(call, "values data", values, ["string"], true);
    this.#series.push(call, { values, ...(legend !== undefined ? { legend } : {}) });
    return this;
  }

  /**
   * Appends the statuses of the series at the same position (before or
   * after it); written metrics need them over the series' index.
   *
   * @throws {MetricsTypeError} if they are not status data
   */
  appendStatusesData(statuses: MetricsData<"status">): this {
    this.#series.pushStatuses(statuses);
    return this;
  }

  /** Stacks the series (`true`) or places them side by side (`false`). */
  withStackBars(stackBars = true): this {
    this.#stackBars = Boolean(stackBars);
    return this;
  }

  /** Sets the legend names, one per series, replacing those given with the series. */
  withLegendSeriesNames(names: readonly string[]): this {
    this.#series.setLegends(names);
    return this;
  }

  override [references](): Iterable<BaseMetricsData> {
    return this.#series.data((e) => e.values);
  }

  protected override packValues(ctx: PackContext): MetricValuesCase {
    return {
      case: "barChartMetricValues",
      value: {
        valuesDataId: this.#series.packRefs(ctx, (e) => e.values),
        statusesDataId: this.#series.packStatuses(ctx),
        legendSeriesNames: this.#series.packLegends(),
        ...this.packAxisNames(),
        ...present({ stackBars: this.#stackBars }),
      },
    };
  }
}
