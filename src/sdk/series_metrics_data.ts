/**
 * `SeriesMetricsData`: one named series of values (doubles, timestamps,
 * UUIDs, strings or statuses), optionally indexed by another series.
 * @module
 */

import type { MetricsData as MetricsDataMessage } from "../proto/index.ts";
import { pack, type PackContext } from "./_pack.ts";
import { MetricsData, type DataShape, type MetricsDataOptions } from "./metrics_data.ts";
import {
  elementAt,
  inferKind,
  packSeries,
  toSeriesValues,
  type InferredKind,
  type SeriesElementByKind,
  type SeriesInput,
  type SeriesKind,
  type SeriesValues,
} from "./series_kind.ts";

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
