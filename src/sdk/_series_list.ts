/**
 * The series of a chart metric, each kept together with its statuses and its
 * legend name so the parallel lists of the message cannot drift apart.
 * @module
 */

import type { MetricsDataId } from "../proto/index.ts";
import { rangeError, typeError, type Entity } from "./_entity.ts";
import { requireStatusesFor, requireString, type Call } from "./_data_checks.ts";
import { dataRef, type PackContext } from "./_pack.ts";
import type { MetricsData } from "./metrics_data.ts";

/** What every series of a chart has besides its values. */
export interface SeriesEntry {
  /** The statuses of the series, once appended. */
  statuses?: MetricsData<"status">;
  /** The legend name; the values' data name when not given. */
  legend?: string;
}

/** The series of one chart, in the order appended. */
export class SeriesList<E extends SeriesEntry> {
  readonly entries: E[] = [];
  readonly #owner: Entity;
  readonly #valuesRole: string;
  readonly #valuesOf: (entry: E) => MetricsData;

  /**
   * @param valuesRole names the data statuses belong to in messages, e.g. `"y data"`
   * @param valuesOf picks that data from a series: statuses align with it and the legend defaults to its name
   */
  constructor(owner: Entity, valuesRole: string, valuesOf: (entry: E) => MetricsData) {
    this.#owner = owner;
    this.#valuesRole = valuesRole;
    this.#valuesOf = valuesOf;
  }

  /** Appends a series after checking its legend is a string. */
  push(call: Call, entry: E): void {
    if (entry.legend !== undefined) requireString({ ...call, field: "legend" }, entry.legend);
    this.entries.push(entry);
  }

  /** Gives `statuses` to the first series that has none, after checking they align with it. */
  attachStatuses(statuses: unknown): void {
    const call: Call = { owner: this.#owner, action: "add statuses to", field: "statuses" };
    const entry = this.entries.find((e) => e.statuses === undefined);
    if (entry === undefined) {
      const detail = this.entries.length === 0 ? "there are no series yet" : `all ${this.entries.length} series have statuses`;
      throw rangeError(call.owner, call.action, call.field, `${detail} (append the series before their statuses)`);
    }
    requireStatusesFor(call, this.#valuesRole, this.#valuesOf(entry), statuses);
    entry.statuses = statuses;
  }

  /** Replaces the legend names, one per series. */
  setLegends(names: readonly string[]): void {
    const call: Call = { owner: this.#owner, action: "set legend names of", field: "legendSeriesNames" };
    if (!Array.isArray(names)) throw typeError(call.owner, call.action, call.field, "the legend names are not an array");
    if (names.length !== this.entries.length) {
      throw rangeError(call.owner, call.action, call.field, `${names.length} legend names given for ${this.entries.length} series`);
    }
    names.forEach((name) => requireString(call, name));
    names.forEach((name, i) => (this.entries[i]!.legend = name));
  }

  /** One legend name per series, falling back to the name of its values. */
  packLegends(): string[] {
    return this.entries.map((entry) => entry.legend ?? this.#valuesOf(entry).name);
  }

  /** References to the statuses of the series that have them. */
  packStatuses(ctx: PackContext): MetricsDataId[] {
    return this.entries.flatMap((entry) => (entry.statuses === undefined ? [] : [dataRef(ctx, entry.statuses)]));
  }

  /**
   * The data of every series in message field order: all of the first
   * pick's data, then all of the next pick's, then the statuses.
   */
  *data(...picks: ((entry: E) => MetricsData)[]): Iterable<MetricsData> {
    for (const pick of picks) for (const entry of this.entries) yield pick(entry);
    for (const entry of this.entries) if (entry.statuses !== undefined) yield entry.statuses;
  }

  /** References to the data `pick` takes from each series. */
  packRefs(ctx: PackContext, pick: (entry: E) => MetricsData): MetricsDataId[] {
    return this.entries.map((entry) => dataRef(ctx, pick(entry)));
  }
}
