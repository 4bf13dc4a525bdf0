/**
 * The base classes of metrics data: what every data object has (a name, an
 * id, a protobuf data type) and what series and per-category data add (an
 * element kind, a unit, an index), plus the shape agreement between data.
 * @module
 */

import type { MetricsData as MetricsDataMessage, MetricsDataType } from "../proto/index.ts";
import { Entity, rangeError, typeError, type EntityOptions } from "./_entity.ts";
import { dataRef, pack, type PackContext } from "./_pack.ts";
import { dataTypeOf, kindWords, type SeriesKind, type SeriesValues } from "./series_kind.ts";

/**
 * How many values data holds: one length for a series, one per category for
 * per-category data.
 */
export type DataShape =
  | { readonly perCategory: false; readonly length: number }
  | { readonly perCategory: true; readonly lengths: ReadonlyMap<string, number> };

/** Any metrics data: a series, per-category series, or an external file. */
export abstract class BaseMetricsData extends Entity {
  /** The protobuf data type this data is written with. */
  abstract get dataType(): MetricsDataType;

  /** The data this data is indexed by, if any. */
  abstract get index(): MetricsData | undefined;

  /** The data message. */
  abstract [pack](ctx: PackContext): MetricsDataMessage;
}

/** Options of series and per-category data. */
export interface MetricsDataOptions extends EntityOptions {
  /** A free-form unit shown with the values, e.g. `"m/s"`. */
  readonly unit?: string;
}

/** Series or per-category data whose elements are of kind `K`. */
export abstract class MetricsData<K extends SeriesKind = SeriesKind> extends BaseMetricsData {
  /** What each element is. */
  readonly kind: K;
  /** The unit of the values, if given. */
  readonly unit: string | undefined;
  readonly #index: MetricsData | undefined;

  protected constructor(label: string, name: string, kind: K, index: MetricsData | undefined, options: MetricsDataOptions | undefined) {
    super(label, name, options);
    if (!Object.hasOwn(kindWords, kind)) {
      throw typeError(this, "create", "type", `"${String(kind)}" is not a series kind (use one of ${Object.keys(kindWords).join(", ")})`);
    }
    if (options?.unit !== undefined && typeof options.unit !== "string") throw typeError(this, "create", "unit", "the unit is not a string");
    this.kind = kind;
    this.unit = options?.unit;
    this.#index = index;
  }

  /** Whether the data is per category. */
  abstract get perCategory(): boolean;

  /** How many values the data holds. */
  abstract get shape(): DataShape;

  /** Every series the data holds: one for series data, one per category otherwise. */
  abstract allSeries(): SeriesValues<K>[];

  override get index(): MetricsData | undefined {
    return this.#index;
  }

  override get dataType(): MetricsDataType {
    return dataTypeOf(this.kind, this.#index !== undefined);
  }

  /** Throws unless `index` has this data's shape; called by subclasses once their values are stored. */
  protected checkIndex(): void {
    const index = this.#index;
    if (index === undefined) return;
    if (!(index instanceof MetricsData)) throw typeError(this, "create", "index", "the index is not series or per-category data");
    const mismatch = shapeMismatch("the data", this.shape, `index "${index.name}"`, index.shape);
    if (mismatch !== undefined) throw rangeError(this, "create", "index", mismatch);
  }

  /** The message fields common to series and per-category data. */
  protected packHeader(ctx: PackContext): Omit<MetricsDataMessage, "data" | "categoryNames" | "isPerCategory"> {
    const index = this.#index;
    return {
      metricsDataId: dataRef(ctx, this),
      dataType: this.dataType,
      name: this.name,
      unit: this.unit ?? "",
      isIndexed: index !== undefined,
      ...(index !== undefined ? { indexDataId: dataRef(ctx, index) } : {}),
      indexDataType: index?.dataType ?? 0,
    };
  }
}

/**
 * Why two shapes differ, in words naming `aRole` and `bRole`, or `undefined`
 * when they agree (same kind of data, same lengths, same categories).
 */
export function shapeMismatch(aRole: string, a: DataShape, bRole: string, b: DataShape): string | undefined {
  if (!a.perCategory && !b.perCategory) {
    return a.length === b.length ? undefined : `${aRole} has ${a.length} values but ${bRole} has ${b.length}`;
  }
  if (!a.perCategory || !b.perCategory) {
    return a.perCategory ? `${aRole} is per category but ${bRole} is not` : `${bRole} is per category but ${aRole} is not`;
  }
  const listed = (shape: ReadonlyMap<string, number>) => [...shape.keys()].map((c) => JSON.stringify(c)).join(", ");
  const sameCategories = a.lengths.size === b.lengths.size && [...a.lengths.keys()].every((c) => b.lengths.has(c));
  if (!sameCategories) return `${aRole} has categories ${listed(a.lengths)} but ${bRole} has ${listed(b.lengths)}`;
  for (const [category, length] of a.lengths) {
    const other = b.lengths.get(category)!;
    if (other !== length) return `in category "${category}", ${aRole} has ${length} values but ${bRole} has ${other}`;
  }
  return undefined;
}
