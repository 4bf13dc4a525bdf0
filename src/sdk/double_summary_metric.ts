/**
 * `DoubleSummaryMetric`: one double picked out of a series (or one per
 * category), shown as a single value or a category/value table.
 * @module
 */

import { MetricType, type DoubleSummaryMetricValues } from "../proto/index.ts";
import { rangeError, typeError, type EntityOptions } from "./_entity.ts";
import type { Call } from "./_data_checks.ts";
import { dataRef, present, references, type PackContext } from "./_pack.ts";
import { ValueStatusPair } from "./_value_status_pair.ts";
import { checkFailureDefinition, packFailureDefinition, type DoubleFailureDefinition } from "./failure_definition.ts";
import { isUuid } from "./ids.ts";
import { Metric, type MetricValuesCase } from "./metric.ts";
import type { BaseMetricsData, MetricsData } from "./metrics_data.ts";
import { kindWords } from "./series_kind.ts";
import { packTimestamp, Timestamp } from "./timestamp.ts";

/**
 * Which element of the value data a summary shows: a position (a number),
 * or a key of the data's index (a `Timestamp`, or a string for string or
 * UUID indexes).
 */
export type SummaryIndex = number | string | Timestamp;

const MAX_UINT32 = 0xffff_ffff;

/**
 * A double summary: the element of `valueData` selected by `index` (element
 * 0 by default), with its status and failure definition. Per-category data
 * shows as a table with one row per category.
 *
 * @example
 * ```ts
 * writer
 *   .addDoubleSummaryMetric("Final value")
 *   .withValueData(finalValues)
 *   .withStatusData(finalStatuses)
 *   .withIndex(0)
 *   .withFailureDefinition({ failsAbove: 1 });
 * ```
 */
export class DoubleSummaryMetric extends Metric {
  readonly #data = new ValueStatusPair("value data", "accepted");
  #index: SummaryIndex | undefined;
  #failureDefinition: DoubleFailureDefinition | undefined;

  constructor(name: string, options?: EntityOptions) {
    super("double summary", MetricType.DOUBLE_SUMMARY_METRIC_TYPE, name, options);
  }

  /** The data the value is picked from, if set. */
  get valueData(): MetricsData<"double"> | undefined {
    return this.#data.values;
  }
  /** The statuses of that data, if set. */
  get statusData(): MetricsData<"status"> | undefined {
    return this.#data.statuses;
  }
  /** The index of the element shown, if set. */
  get index(): SummaryIndex | undefined {
    return this.#index;
  }
  /** The thresholds of the value, if set. */
  get failureDefinition(): DoubleFailureDefinition | undefined {
    return this.#failureDefinition;
  }

  /**
   * Sets the data the value is picked from (series or per-category doubles);
   * written metrics need statuses of the same shape and an index that suits it.
   * @throws {MetricsTypeError} unless it is doubles
   */
  withValueData(values: MetricsData<"double">): this {
    this.#data.setValues({ owner: this, action: "set value data of", field: "valueData" }, values);
    return this;
  }

  /**
   * Sets the statuses of the value data.
   * @throws {MetricsTypeError} unless they are status data
   */
  withStatusData(statuses: MetricsData<"status">): this {
    this.#data.setStatuses({ owner: this, action: "set status data of", field: "statusData" }, statuses);
    return this;
  }

  /**
   * Selects the element shown: a position from 0 to 2³²−1, or a key of the
   * value data's index (a `Timestamp` for timestamp indexes, a string for
   * string or UUID indexes), checked against that index when written.
   *
   * @throws {MetricsTypeError} if the key is not a number, a string or a Timestamp
   * @throws {MetricsRangeError} if a position is not an integer in range
   */
  withIndex(index: SummaryIndex): this {
    const call: Call = { owner: this, action: "set index of", field: "index" };
    if (typeof index === "number" && !(Number.isInteger(index) && index >= 0 && index <= MAX_UINT32)) {
      throw rangeError(this, call.action, call.field, `position ${index} is not an integer from 0 to ${MAX_UINT32}`);
    }
    if (typeof index !== "number" && typeof index !== "string" && !(index instanceof Timestamp)) {
      throw typeError(this, call.action, call.field, "the index is not a number, a string or a Timestamp");
    }
    this.#index = index;
    return this;
  }

  /** Sets the thresholds of the value. */
  withFailureDefinition(definition: DoubleFailureDefinition): this {
    this.#failureDefinition = checkFailureDefinition(this, "set failure definition of", "failureDefinition", definition);
    return this;
  }

  /** Throws unless a key `index` can select from `values` (positions select from any data). */
  #requireIndexFits(index: SummaryIndex, values: MetricsData<"double">): void {
    if (typeof index === "number") return;
    const call: Call = { owner: this, action: "write", field: "index" };
    const indexKind = values.index?.kind;
    const fits = index instanceof Timestamp ? indexKind === "timestamp" : indexKind === "string" || indexKind === "uuid";
    if (!fits) {
      const needed = index instanceof Timestamp ? "timestamps" : "strings or UUIDs";
      const actual = indexKind === undefined ? "is not indexed" : `is indexed by ${kindWords[indexKind]}`;
      throw typeError(this, call.action, call.field, `a ${index instanceof Timestamp ? "timestamp" : "string"} index needs value data indexed by ${needed}, but value data "${values.name}" ${actual}`);
    }
    if (indexKind === "uuid" && !isUuid(index)) throw rangeError(this, call.action, call.field, `"${String(index)}" is not a UUID, and value data "${values.name}" is indexed by UUIDs`);
  }

  #packIndex(): DoubleSummaryMetricValues["index"] {
    const index = this.#index;
    if (index === undefined) return { case: undefined };
    if (this.#data.values !== undefined) this.#requireIndexFits(index, this.#data.values);
    if (typeof index === "number") return { case: "seriesIndex", value: index };
    if (index instanceof Timestamp) return { case: "timestampIndex", value: packTimestamp(index) };
    return this.#data.values?.index?.kind === "uuid" ? { case: "uuidIndex", value: { data: index } } : { case: "stringIndex", value: index };
  }

  override [references](): Iterable<BaseMetricsData> {
    return this.#data.data();
  }

  protected override packValues(ctx: PackContext): MetricValuesCase {
    return {
      case: "doubleMetricValues",
      value: {
        ...present({
          valueDataId: this.#data.values && dataRef(ctx, this.#data.values),
          statusDataId: this.#data.statuses && dataRef(ctx, this.#data.statuses),
          failureDefinition: this.#failureDefinition && packFailureDefinition(this.#failureDefinition),
        }),
        index: this.#packIndex(),
      },
    };
  }
}
