/**
 * `GroupedMetricsData`: per-category data, one series per category name
 * (the result of a GROUP BY), optionally indexed by per-category data with
 * the same categories.
 * @module
 */

import type { MetricsData as MetricsDataMessage, Series } from "../proto/index.ts";
import { rangeError, typeError } from "./_entity.ts";
import { pack, type PackContext } from "./_pack.ts";
import { MetricsData, type DataShape, type MetricsDataOptions } from "./metrics_data.ts";
import { inferKind, packSeries, toSeriesValues, type InferredKind, type SeriesInput, type SeriesKind, type SeriesValues } from "./series_kind.ts";

/**
 * Series by category name. Object keys that look like integers come first in
 * JavaScript; use a `Map` when the category order matters and names are numbers.
 */
export type CategoryInput<V> = Readonly<Record<string, V>> | ReadonlyMap<string, V>;

/** Options of per-category data. */
export interface GroupedMetricsDataOptions extends MetricsDataOptions {
  /** Per-category data this data is indexed by: the same categories, each of the same length. */
  readonly index?: GroupedMetricsData;
}

/**
 * Per-category series. Metrics that support it show one chart or table row
 * per category.
 *
 * @example
 * ```ts
 * const final = GroupedMetricsData.from("final value", { "sin(0.5)": [0.479], "sin(2.0)": [0.909] });
 * final.categories; // ["sin(0.5)", "sin(2.0)"]
 * ```
 */
export class GroupedMetricsData<K extends SeriesKind = SeriesKind> extends MetricsData<K> {
  readonly #series: ReadonlyMap<string, SeriesValues<K>>;

  /**
   * Per-category data of the stated kind; {@link GroupedMetricsData.from}
   * infers the kind instead.
   *
   * @throws {MetricsTypeError} if a value is not of kind `type` or the index is not per-category data
   * @throws {MetricsRangeError} if there are no categories, a category is empty, or the index differs in shape
   */
  constructor(name: string, categories: CategoryInput<SeriesInput<K>>, options: GroupedMetricsDataOptions & { readonly type: K }) {
    super("per-category data", name, options.type, options.index, options);
    if (categories === null || typeof categories !== "object") throw typeError(this, "create", "categories", "the categories are not an object or a Map");
    const entries = categories instanceof Map ? [...categories.entries()] : Object.entries(categories);
    if (entries.length === 0) throw rangeError(this, "create", "categories", "there are no categories");
    const series = new Map<string, SeriesValues<K>>();
    for (const [category, values] of entries) {
      if (typeof category !== "string") throw typeError(this, "create", "categories", `category ${String(category)} is not named by a string`);
      series.set(category, toSeriesValues(options.type, values, this, "categories", `values of category "${category}"`));
    }
    this.#series = series;
    this.checkIndex();
  }

  /**
   * Per-category data whose kind is inferred from the first category's
   * values unless `options.type` states it.
   */
  static from<V extends SeriesInput, T extends SeriesKind = InferredKind<V>>(
    name: string,
    categories: CategoryInput<V & SeriesInput<T>>,
    options?: GroupedMetricsDataOptions & { readonly type?: T },
  ): GroupedMetricsData<T> {
    const first: unknown = categories instanceof Map ? categories.values().next().value : Object.values(categories ?? {})[0];
    const type = (options?.type ?? inferKind(first) ?? "double") as T;
    return new GroupedMetricsData<T>(name, categories, { ...options, type });
  }

  /** The category names, in insertion order. */
  get categories(): readonly string[] {
    return [...this.#series.keys()];
  }

  /** The values of `category`, or `undefined` if there is no such category. */
  series(category: string): SeriesValues<K> | undefined {
    return this.#series.get(category);
  }

  override get perCategory(): true {
    return true;
  }

  override get shape(): DataShape {
    return { perCategory: true, lengths: new Map([...this.#series].map(([category, values]) => [category, values.length])) };
  }

  override allSeries(): SeriesValues<K>[] {
    return [...this.#series.values()];
  }

  override [pack](ctx: PackContext): MetricsDataMessage {
    const categoryToSeries = new Map<string, Series>();
    for (const [category, values] of this.#series) categoryToSeries.set(category, packSeries(this.kind, values));
    return {
      ...this.packHeader(ctx),
      isPerCategory: true,
      categoryNames: this.categories as string[],
      data: { case: "seriesPerCategory", value: { categoryToSeries } },
    };
  }
}
