/**
 * `SeriesMetricsData`: one named series of values (doubles, timestamps,
 * UUIDs, strings or statuses), optionally indexed by another series.
 * @module
 */

import type { MetricsData as MetricsDataMessage } from "../proto/index.ts";
import { rangeError, typeError } from "./_entity.ts";
import { pack, type PackContext } from "./_pack.ts";
import { GroupedMetricsData } from "./grouped_metrics_data.ts";
import { MetricsData, type DataShape, type MetricsDataOptions } from "./metrics_data.ts";
import {
  elementAt,
  inferKind,
  packSeries,
  selectValues,
  toSeriesValues,
  type InferredKind,
  type SeriesElementByKind,
  type SeriesInput,
  type SeriesKind,
  type SeriesValues,
} from "./series_kind.ts";

/** Options of {@link SeriesMetricsData.groupBy}. */
export interface GroupByOptions {
  /** The name of the result; `"<name>-grouped-by-<grouping name>"` by default. */
  readonly name?: string;
  /**
   * The name of the grouped index made from this series' index, the first
   * time that index is grouped by this grouping;
   * `"<index name>-grouped-by-<grouping name>"` by default.
   */
  readonly indexName?: string;
  /** A grouped index to use instead of grouping this series' index. */
  readonly index?: GroupedMetricsData;
}

/**
 * Grouped indexes by the index they group and the grouping series, so that
 * series sharing an index share one grouped index (one data, one name).
 */
const groupedIndexes = new WeakMap<SeriesMetricsData, WeakMap<SeriesMetricsData<"string">, GroupedMetricsData>>();

/** Options of a series. */
export interface SeriesMetricsDataOptions extends MetricsDataOptions {
  /**
   * The series this one is indexed by: `index.values[i]` is the key of
   * `values[i]`, so both have the same length.
   */
  readonly index?: SeriesMetricsData;
}

/**
 * A named series. Metrics reference series by object; the writer writes
 * every series a written metric references, once, with its index.
 *
 * @example
 * ```ts
 * const time = SeriesMetricsData.from("time", Timestamps.fromSeconds([0, 1, 2]));
 * const speed = SeriesMetricsData.from("speed", [1.5, 2.5, 3.0], { unit: "m/s", index: time });
 * const ok = SeriesMetricsData.from("speed status", [1, 1, 2], { type: "status", index: time });
 * ```
 */
export class SeriesMetricsData<K extends SeriesKind = SeriesKind> extends MetricsData<K> {
  /** The values, in storage form (`Float64Array` for doubles, `Int32Array` for statuses). */
  readonly values: SeriesValues<K>;

  /**
   * A series of the stated kind; {@link SeriesMetricsData.from} infers the
   * kind instead.
   *
   * @throws {MetricsTypeError} if a value is not of kind `type` or the index is not a series
   * @throws {MetricsRangeError} if there are no values or the index has another length
   */
  constructor(name: string, values: SeriesInput<K>, options: SeriesMetricsDataOptions & { readonly type: K }) {
    super("series data", name, options.type, options.index, options);
    this.values = toSeriesValues(options.type, values, this, "values");
    this.checkIndex();
  }

  /**
   * A series whose kind is inferred from `values` (numbers are doubles,
   * strings are strings, timestamps are timestamps) unless `options.type`
   * states it, as statuses and UUIDs must.
   */
  static from<V extends SeriesInput, T extends SeriesKind = InferredKind<V>>(
    name: string,
    values: V & SeriesInput<T>,
    options?: SeriesMetricsDataOptions & { readonly type?: T },
  ): SeriesMetricsData<T> {
    const type = (options?.type ?? inferKind(values) ?? "double") as T;
    return new SeriesMetricsData<T>(name, values, { ...options, type });
  }

  /** The number of values. */
  get length(): number {
    return this.values.length;
  }

  /** The value at `index`, or `undefined` past the end. */
  at(index: number): SeriesElementByKind[K] | undefined {
    return elementAt(this.kind, this.values, index);
  }

  /**
   * Groups the values by the string at the same position of `grouping`
   * (a GROUP BY): one category per distinct string, in order of first
   * appearance. This series' index, if any, is grouped the same way, once
   * per grouping: grouping several series that share an index gives them
   * one grouped index.
   *
   * @throws {MetricsTypeError} if `grouping` is not a string series or its index conflicts with this series'
   * @throws {MetricsRangeError} if `grouping` has another length
   *
   * @example
   * ```ts
   * const modes = SeriesMetricsData.from("mode", ["drive", "stop", "drive"], { index: time });
   * const speedByMode = speed.groupBy(modes);
   * speedByMode.categories; // ["drive", "stop"]
   * ```
   */
  groupBy(grouping: SeriesMetricsData<"string">, options: GroupByOptions = {}): GroupedMetricsData<K> {
    if (!(grouping instanceof SeriesMetricsData) || grouping.kind !== "string") {
      throw typeError(this, "group", "grouping", "the grouping is not a series of strings");
    }
    if (grouping.length !== this.length) throw rangeError(this, "group", "grouping", `the data has ${this.length} values but grouping "${grouping.name}" has ${grouping.length}`);
    const compatible = this.index === undefined || grouping.index === undefined || this.index === grouping.index || grouping.index === this || this.index === grouping;
    if (!compatible) {
      throw typeError(this, "group", "grouping", `the data is indexed by "${this.index!.name}" but grouping "${grouping.name}" by "${grouping.index!.name}"`);
    }
    const positions = new Map<string, number[]>();
    grouping.values.forEach((category, i) => {
      const list = positions.get(category);
      if (list === undefined) positions.set(category, [i]);
      else list.push(i);
    });
    const index = options.index ?? (this.index instanceof SeriesMetricsData ? groupedIndex(this.index, grouping, positions, options.indexName) : undefined);
    return new GroupedMetricsData(options.name ?? `${this.name}-grouped-by-${grouping.name}`, groupValues(this, positions), {
      type: this.kind,
      ...(this.unit !== undefined ? { unit: this.unit } : {}),
      ...(index !== undefined ? { index } : {}),
    });
  }

  override get perCategory(): false {
    return false;
  }

  override get shape(): DataShape {
    return { perCategory: false, length: this.values.length };
  }

  override allSeries(): SeriesValues<K>[] {
    return [this.values];
  }

  override [pack](ctx: PackContext): MetricsDataMessage {
    return {
      ...this.packHeader(ctx),
      isPerCategory: false,
      categoryNames: [],
      data: { case: "series", value: packSeries(this.kind, this.values) },
    };
  }
}

/** The values of `data` at each category's positions. */
function groupValues<K extends SeriesKind>(data: SeriesMetricsData<K>, positions: ReadonlyMap<string, readonly number[]>): Map<string, SeriesInput<K>> {
  return new Map([...positions].map(([category, at]) => [category, selectValues(data.kind, data.values, at) as SeriesInput<K>]));
}

/** `index` grouped by `grouping`, made once per pair. */
function groupedIndex(index: SeriesMetricsData, grouping: SeriesMetricsData<"string">, positions: ReadonlyMap<string, readonly number[]>, name: string | undefined): GroupedMetricsData {
  let byGrouping = groupedIndexes.get(index);
  if (byGrouping === undefined) groupedIndexes.set(index, (byGrouping = new WeakMap()));
  let grouped = byGrouping.get(grouping);
  if (grouped === undefined) {
    grouped = new GroupedMetricsData(name ?? `${index.name}-grouped-by-${grouping.name}`, groupValues(index, positions), {
      type: index.kind,
      ...(index.unit !== undefined ? { unit: index.unit } : {}),
    });
    byGrouping.set(grouping, grouped);
  }
  return grouped;
}
