/**
 * The series of a chart metric, each kept together with its statuses and its
 * legend name so the parallel lists of the message cannot drift apart.
 * @module
 */

import type { MetricsDataId } from "../proto/index.ts";
import { rangeError, typeError } from "./_entity.ts";
import { requireString, type Call } from "./_data_checks.ts";
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

  /** Appends a series after checking its legend is a string. */
  push(call: Call, entry: E): void {
    if (entry.legend !== undefined) requireString({ ...call, field: "legend" }, entry.legend);
    this.entries.push(entry);
  }

  /**
   * Gives `statuses` to the first series that has none, after `check`
   * accepts them for it (it throws otherwise).
   */
  attachStatuses(call: Call, statuses: unknown, check: (entry: E, statuses: unknown) => void): void {
    const entry = this.entries.find((e) => e.statuses === undefined);
    if (entry === undefined) {
      const detail = this.entries.length === 0 ? "there are no series yet" : `all ${this.entries.length} series have statuses`;
      throw rangeError(call.owner, call.action, call.field, `${detail} (append the series before their statuses)`);
    }
    check(entry, statuses);
    entry.statuses = statuses as MetricsData<"status">;
  }

  /** Replaces the legend names, one per series. */
  setLegends(call: Call, names: readonly string[]): void {
    if (!Array.isArray(names)) throw typeError(call.owner, call.action, call.field, "the legend names are not an array");
    if (names.length !== this.entries.length) {
      throw rangeError(call.owner, call.action, call.field, `${names.length} legend names given for ${this.entries.length} series`);
    }
    names.forEach((name) => requireString(call, name));
    names.forEach((name, i) => (this.entries[i]!.legend = name));
  }

  /** One legend name per series, falling back to the name `valuesOf` gives. */
  packLegends(valuesOf: (entry: E) => MetricsData): string[] {
    return this.entries.map((entry) => entry.legend ?? valuesOf(entry).name);
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

  /** References to the data `valuesOf` picks from each series. */
  packRefs(ctx: PackContext, valuesOf: (entry: E) => MetricsData): MetricsDataId[] {
    return this.entries.map((entry) => dataRef(ctx, valuesOf(entry)));
  }
}
