/**
 * `StatesOverTimeMetric`: the state a system is in (a string) over time.
 * @module
 */

import { MetricType } from "../proto/index.ts";
import { typeError, type EntityOptions } from "./_entity.ts";
import { requireIndex, requireKind, type Call } from "./_data_checks.ts";
import { references, type PackContext } from "./_pack.ts";
import { SeriesList, type SeriesEntry } from "./_series_list.ts";
import { Metric, type MetricValuesCase } from "./metric.ts";
import type { BaseMetricsData, MetricsData } from "./metrics_data.ts";

/** One series of a states-over-time metric. */
export interface StatesSeries extends SeriesEntry {
  readonly states: MetricsData<"string">;
}

/**
 * States over time: each series is strings indexed by timestamps (per-category
 * data gives one chart per category), with statuses over the same
 * timestamps. The set of states defaults to those in the data, in order of
 * first appearance, followed by any failure states not seen.
 *
 * @example
 * ```ts
 * writer
 *   .addStatesOverTimeMetric("Operating mode")
 *   .appendStatesOverTimeData(modes, "Op mode")
 *   .appendStatusesOverTimeData(modeStatuses)
 *   .withStatesSet(["moving", "stationary", "fault"])
 *   .withFailureStates(["fault"]);
 * ```
 */
export class StatesOverTimeMetric extends Metric {
  readonly #series = new SeriesList<StatesSeries>(this, (e) => e.states);
  #statesSet: readonly string[] | undefined;
  #failureStates: readonly string[] | undefined;

  constructor(name: string, options?: EntityOptions) {
    super("states-over-time metric", MetricType.STATES_OVER_TIME_METRIC_TYPE, name, options);
  }

  /** The series, in the order appended. */
  get series(): readonly Readonly<StatesSeries>[] {
    return this.#series.entries;
  }
  /** Every state the system can be in, if set. */
  get statesSet(): readonly string[] | undefined {
    return this.#statesSet;
  }
  /** The states in which the metric fails, if set. */
  get failureStates(): readonly string[] | undefined {
    return this.#failureStates;
  }

  /**
   * Appends a series of states; its legend defaults to the data's name.
   * Written metrics need each state in the states set, if one is set.
   *
   * @throws {MetricsTypeError} unless `states` are strings indexed by timestamps
   */
  appendStatesOverTimeData(states: MetricsData<"string">, legend?: string): this {
    const call: Call = { owner: this, action: "add states to", field: "states" };
    requireKind(call, "states data", states, "string", "accepted");
    requireIndex(call, "states data", states, ["timestamp"], true);
    this.#series.push(call, { states, ...(legend !== undefined ? { legend } : {}) });
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
   * Sets every state the system can be in (duplicates dropped, order kept),
   * including states absent from the data. Written metrics need every
   * state of the data and every failure state in it.
   *
   * @throws {MetricsTypeError} unless the states are strings
   */
  withStatesSet(states: Iterable<string>): this {
    this.#statesSet = this.#uniqueStrings({ owner: this, action: "set states of", field: "statesSet" }, states);
    return this;
  }

  /**
   * Sets the states in which the metric fails; written metrics need them in
   * the states set, if one is set.
   *
   * @throws {MetricsTypeError} unless the states are strings
   */
  withFailureStates(states: Iterable<string>): this {
    this.#failureStates = this.#uniqueStrings({ owner: this, action: "set failure states of", field: "failureStates" }, states);
    return this;
  }

  /** Sets the legend names, one per series, replacing those given with the series. */
  withLegendSeriesNames(names: readonly string[]): this {
    this.#series.setLegends(names);
    return this;
  }

  #uniqueStrings(call: Call, values: Iterable<string>): readonly string[] {
    if (values === null || typeof values !== "object" || !(Symbol.iterator in values)) throw typeError(this, call.action, call.field, "the states are not iterable");
    const unique = [...new Set(values)];
    const bad = unique.find((value) => typeof value !== "string");
    if (bad !== undefined) throw typeError(this, call.action, call.field, `state ${String(bad)} is not a string`);
    return Object.freeze(unique);
  }

  /** The explicit states set, or the states in the data followed by unseen failure states. */
  #packedStatesSet(): string[] {
    if (this.#statesSet !== undefined) return [...this.#statesSet];
    const seen = new Set<string>();
    for (const entry of this.#series.entries) for (const values of entry.states.allSeries()) for (const state of values) seen.add(state);
    for (const state of this.#failureStates ?? []) seen.add(state);
    return [...seen];
  }

  override [references](): Iterable<BaseMetricsData> {
    return this.#series.data((e) => e.states);
  }

  protected override packValues(ctx: PackContext): MetricValuesCase {
    return {
      case: "statesOverTimeMetricValues",
      value: {
        statesOverTimeDataId: this.#series.packRefs(ctx, (e) => e.states),
        statusesOverTimeDataId: this.#series.packStatuses(ctx),
        statesSet: this.#packedStatesSet(),
        failureStates: [...(this.#failureStates ?? [])],
        legendSeriesNames: this.#series.packLegends(),
      },
    };
  }
}
