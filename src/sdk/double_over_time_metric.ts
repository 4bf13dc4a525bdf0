/**
 * `DoubleOverTimeMetric`: double series over simulation time, each with
 * statuses and a failure definition.
 * @module
 */

import { MetricType } from "../proto/index.ts";
import { typeError, type EntityOptions } from "./_entity.ts";
import { requireIndex, requireKind, requireString, setting, type Call } from "./_data_checks.ts";
import { present, references, type PackContext } from "./_pack.ts";
import { SeriesList, type SeriesEntry } from "./_series_list.ts";
import { checkFailureDefinition, packFailureDefinition, type DoubleFailureDefinition } from "./failure_definition.ts";
import { Metric, type MetricValuesCase } from "./metric.ts";
import type { BaseMetricsData, MetricsData } from "./metrics_data.ts";
import { showValue } from "./series_kind.ts";
import { packTimestamp, Timestamp } from "./timestamp.ts";

/** One series of a double-over-time metric. */
export interface DoubleOverTimeSeries extends SeriesEntry {
  readonly doubles: MetricsData<"double">;
  /** Its thresholds, at its position among those set. */
  readonly failureDefinition?: DoubleFailureDefinition;
}

/**
 * Doubles over time: each series is doubles indexed by timestamps, with
 * statuses over the same timestamps.
 *
 * @example
 * ```ts
 * writer
 *   .addDoubleOverTimeMetric("Localization error")
 *   .appendDoublesOverTimeData(error, "Error")
 *   .appendStatusesOverTimeData(errorStatuses)
 *   .withFailureDefinitions([{ failsBelow: 0, failsAbove: 1 }])
 *   .withStartTime(new Timestamp(0))
 *   .withEndTime(new Timestamp(10))
 *   .withYAxisName("Error (%)");
 * ```
 */
export class DoubleOverTimeMetric extends Metric {
  readonly #series = new SeriesList<DoubleOverTimeSeries>(this, (e) => e.doubles);
  #failureDefinitions: readonly DoubleFailureDefinition[] | undefined;
  #startTime: Timestamp | undefined;
  #endTime: Timestamp | undefined;
  #yAxisName: string | undefined;

  constructor(name: string, options?: EntityOptions) {
    super("double-over-time metric", MetricType.DOUBLE_OVER_TIME_METRIC_TYPE, name, options);
  }

  /** The series, in the order appended. */
  get series(): readonly Readonly<DoubleOverTimeSeries>[] {
    return this.#series.entries.map((entry, i) => {
      const failureDefinition = this.#failureDefinitions?.[i];
      return failureDefinition === undefined ? entry : { ...entry, failureDefinition };
    });
  }
  /** The start of the time axis, if set. */
  get startTime(): Timestamp | undefined {
    return this.#startTime;
  }
  /** The end of the time axis, if set. */
  get endTime(): Timestamp | undefined {
    return this.#endTime;
  }
  /** The y-axis title, if set. */
  get yAxisName(): string | undefined {
    return this.#yAxisName;
  }

  /**
   * Appends a series; its legend defaults to the data's name.
   *
   * @throws {MetricsTypeError} unless `doubles` are doubles indexed by timestamps, not per category
   */
  appendDoublesOverTimeData(doubles: MetricsData<"double">, legend?: string): this {
    const call: Call = { owner: this, action: "add doubles to", field: "doubles" };
    requireKind(call, "doubles data", doubles, "double", "rejected");
    requireIndex(call, "doubles data", doubles, ["timestamp"], true);
    this.#series.push(call, { doubles, ...(legend !== undefined ? { legend } : {}) });
    return this;
  }

  /**
   * Appends the statuses of the series at the same position (before or
   * after it); written metrics need them over the series' timestamps.
   *
   * @throws {MetricsTypeError} if they are not status data
   */
  appendStatusesOverTimeData(statuses: MetricsData<"status">): this {
    this.#series.pushStatuses(statuses);
    return this;
  }

  /**
   * Sets the failure definitions, one per series (before or after the
   * series are appended). Without them, every series is written with an
   * empty definition: it never fails.
   *
   * @throws {MetricsRangeError} if a threshold is NaN
   */
  withFailureDefinitions(definitions: readonly DoubleFailureDefinition[]): this {
    const action = "set failure definitions of";
    if (!Array.isArray(definitions)) throw typeError(this, action, "failureDefinitions", "the failure definitions are not an array");
    this.#failureDefinitions = Object.freeze(definitions.map((d) => checkFailureDefinition(this, action, "failureDefinitions", d)));
    return this;
  }

  /** Sets the start of the time axis (by default the earliest timestamp). */
  withStartTime(time: Timestamp): this {
    this.#startTime = this.#checkTime("startTime", time);
    return this;
  }

  /** Sets the end of the time axis (by default the latest timestamp). */
  withEndTime(time: Timestamp): this {
    this.#endTime = this.#checkTime("endTime", time);
    return this;
  }

  #checkTime(field: "startTime" | "endTime", time: Timestamp): Timestamp {
    const call = setting(this, field);
    if (!(time instanceof Timestamp)) throw typeError(this, call.action, field, `${showValue(time)} is not a Timestamp`);
    return time;
  }

  /** Sets the y-axis title. */
  withYAxisName(name: string): this {
    requireString(setting(this, "yAxisName"), name);
    this.#yAxisName = name;
    return this;
  }

  /** Sets the legend names, one per series, replacing those given with the series. */
  withLegendSeriesNames(names: readonly string[]): this {
    this.#series.setLegends(names);
    return this;
  }

  override [references](): Iterable<BaseMetricsData> {
    return this.#series.data((e) => e.doubles);
  }

  protected override packValues(ctx: PackContext): MetricValuesCase {
    return {
      case: "doubleOverTimeMetricValues",
      value: {
        doublesOverTimeDataId: this.#series.packRefs(ctx, (e) => e.doubles),
        statusesOverTimeDataId: this.#series.packStatuses(ctx),
        failureDefinition: (this.#failureDefinitions ?? Array.from({ length: this.#series.length }, () => ({}))).map(packFailureDefinition),
        ...present({
          startTime: this.#startTime && packTimestamp(this.#startTime),
          endTime: this.#endTime && packTimestamp(this.#endTime),
          yAxisName: this.#yAxisName,
        }),
        legendSeriesNames: this.#series.packLegends(),
      },
    };
  }
}
