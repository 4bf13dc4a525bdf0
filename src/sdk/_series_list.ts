/**
 * The series of a chart metric, with their statuses and legend names. Each
 * list takes its calls in any order: statuses pair with series by position
 * and an explicit legend list replaces the legends given with the series;
 * whether they agree is checked when the metric is written.
 * @module
 */

import type { MetricsDataId } from "../proto/index.ts";
import { rangeError, typeError, type Entity } from "./_entity.ts";
import { requireKind, requireString, type Call } from "./_data_checks.ts";
import { dataRef, type PackContext } from "./_pack.ts";
import type { MetricsData } from "./metrics_data.ts";

/** What every series of a chart has besides its values. */
export interface SeriesEntry {
  /** The statuses at the same position, once appended. */
  readonly statuses?: MetricsData<"status">;
  /** The legend name; the values' data name when not given. */
  readonly legend?: string;
}

/** The series of one chart, in the order appended. */
export class SeriesList<E extends SeriesEntry> {
  readonly #entries: E[] = [];
  readonly #statuses: MetricsData<"status">[] = [];
  #legends: readonly string[] | undefined;
  readonly #owner: Entity;
  readonly #valuesOf: (entry: E) => MetricsData;

  /** @param valuesOf picks the data a series' legend defaults to the name of */
  constructor(owner: Entity, valuesOf: (entry: E) => MetricsData) {
    this.#owner = owner;
    this.#valuesOf = valuesOf;
  }

  /** How many series were appended. */
  get length(): number {
    return this.#entries.length;
  }

  /** Each series with the statuses and legend at its position. */
  get entries(): readonly E[] {
    return this.#entries.map((entry, i) => {
      const statuses = this.#statuses[i];
      const legend = this.#legends?.[i] ?? entry.legend;
      return { ...entry, ...(statuses !== undefined ? { statuses } : {}), ...(legend !== undefined ? { legend } : {}) };
    });
  }

  /** Appends a series after checking its legend is a string. */
  push(call: Call, entry: E): void {
    if (entry.legend !== undefined) requireString({ ...call, field: "legend" }, entry.legend);
    this.#entries.push(entry);
  }

  /** Appends the statuses of the next series, after checking they are status data. */
  pushStatuses(statuses: unknown): void {
    requireKind({ owner: this.#owner, action: "add statuses to", field: "statuses" }, "status data", statuses, "status", "accepted");
    this.#statuses.push(statuses);
  }

  /** Sets the legend names, one per series, replacing those given with the series. */
  setLegends(names: readonly string[]): void {
    const call: Call = { owner: this.#owner, action: "set legend names of", field: "legendSeriesNames" };
    if (!Array.isArray(names)) throw typeError(call.owner, call.action, call.field, "the legend names are not an array");
    names.forEach((name) => requireString(call, name));
    this.#legends = Object.freeze([...names]);
  }

  /**
   * One legend name per series, falling back to the name of its values.
   * @throws {MetricsRangeError} if the legend names set are not one per series
   */
  packLegends(): string[] {
    const legends = this.#legends;
    if (legends !== undefined && legends.length !== this.#entries.length) {
      throw rangeError(this.#owner, "write", "legendSeriesNames", `${legends.length} legend names given for ${this.#entries.length} series (give one legend name per series)`);
    }
    return this.#entries.map((entry, i) => legends?.[i] ?? entry.legend ?? this.#valuesOf(entry).name);
  }

  /** References to the statuses, in the order appended. */
  packStatuses(ctx: PackContext): MetricsDataId[] {
    return this.#statuses.map((statuses) => dataRef(ctx, statuses));
  }

  /**
   * The data of every series in message field order: all of the first
   * pick's data, then all of the next pick's, then the statuses.
   */
  *data(...picks: ((entry: E) => MetricsData)[]): Iterable<MetricsData> {
    for (const pick of picks) for (const entry of this.#entries) yield pick(entry);
    yield* this.#statuses;
  }

  /** References to the data `pick` takes from each series. */
  packRefs(ctx: PackContext, pick: (entry: E) => MetricsData): MetricsDataId[] {
    return this.#entries.map((entry) => dataRef(ctx, pick(entry)));
  }
}
