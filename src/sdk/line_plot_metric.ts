/**
 * `LinePlotMetric`: lines of y against x, each series with its statuses.
 * @module
 */

import { MetricType } from "../proto/index.ts";
import type { EntityOptions } from "./_entity.ts";
import { requireAligned, requireIndex, requireKind, type Call } from "./_data_checks.ts";
import { references, type PackContext } from "./_pack.ts";
import { SeriesList, type SeriesEntry } from "./_series_list.ts";
import { TwoAxisMetric } from "./_two_axis_metric.ts";
import type { MetricValuesCase } from "./metric.ts";
import type { BaseMetricsData, MetricsData } from "./metrics_data.ts";

/** One line of a line plot. */
export interface LineSeries extends SeriesEntry {
  readonly x: MetricsData<"double">;
  readonly y: MetricsData<"double">;
}

/**
 * A line plot. Each line is a pair of double series of equal length (x and
 * y), either both plain or both indexed by the same timestamps, plus a status
 * series of the same shape.
 *
 * @example
 * ```ts
 * writer
 *   .addLinePlotMetric("Speed")
 *   .withStatus(MetricStatus.PASSED_METRIC_STATUS)
 *   .withImportance(MetricImportance.HIGH_IMPORTANCE)
 *   .appendSeriesData(time, speed, "speed")
 *   .appendStatusesData(speedStatuses)
 *   .withXAxisName("time (s)")
 *   .withYAxisName("speed (m/s)");
 * ```
 */
export class LinePlotMetric extends TwoAxisMetric {
  readonly #series = new SeriesList<LineSeries>(this, (e) => e.y);

  constructor(name: string, options?: EntityOptions) {
    super("line plot", MetricType.LINE_PLOT_METRIC_TYPE, name, options);
  }

  /** The lines, in the order appended. */
  get series(): readonly Readonly<LineSeries>[] {
    return this.#series.entries;
  }

  /**
   * Appends a line; its legend defaults to the name of `y`.
   *
   * @throws {MetricsTypeError} if x or y is not double data, is per category, or is indexed by anything but timestamps
   * @throws {MetricsRangeError} if x and y differ in length or index
   */
  appendSeriesData(x: MetricsData<"double">, y: MetricsData<"double">, legend?: string): this {
    const call: Call = { owner: this, action: "add series to", field: "x" };
    requireKind(call, "x data", x, "double", "rejected");
    requireIndex(call, "x data", x, ["timestamp"], false);
    const yCall: Call = { ...call, field: "y" };
    requireKind(yCall, "y data", y, "double", "rejected");
    requireIndex(yCall, "y data", y, ["timestamp"], false);
    requireAligned(yCall, "x data", x, "y data", y);
    this.#series.push(call, { x, y, ...(legend !== undefined ? { legend } : {}) });
    return this;
  }

  /**
   * Appends the statuses of the line at the same position (before or after
   * it); written metrics need them indexed and shaped like the line.
   *
   * @throws {MetricsTypeError} if they are not status data
   */
  appendStatusesData(statuses: MetricsData<"status">): this {
    this.#series.pushStatuses(statuses);
    return this;
  }

  /** Sets the legend names, one per line, replacing those given with the lines. */
  withLegendSeriesNames(names: readonly string[]): this {
    this.#series.setLegends(names);
    return this;
  }

  override [references](): Iterable<BaseMetricsData> {
    return this.#series.data((e) => e.x, (e) => e.y);
  }

  protected override packValues(ctx: PackContext): MetricValuesCase {
    return {
      case: "linePlotMetricValues",
      value: {
        xDoublesDataId: this.#series.packRefs(ctx, (e) => e.x),
        yDoublesDataId: this.#series.packRefs(ctx, (e) => e.y),
        statusesDataId: this.#series.packStatuses(ctx),
        ...this.packAxisNames(),
        legendSeriesNames: this.#series.packLegends(),
      },
    };
  }
}
