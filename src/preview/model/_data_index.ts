/**
 * Resolving a metric's data references: looks data up by id and reads its
 * series as the kind a metric type needs, raising {@link CannotDrawError}
 * with a message naming the field and the data when the file disagrees.
 * @module
 */

import type {
  DoubleSeries,
  MetricsData,
  MetricsDataId,
  MetricStatusSeries,
  Series,
  StringSeries,
  TimestampSeries,
  UUIDSeries,
} from "../../proto/index.ts";
import { CannotDrawError } from "./_cannot_draw.ts";
import { timestampSeconds } from "./_time.ts";

/** The element kinds a series can hold, in the words messages use. */
const kindWords: Readonly<Record<string, string>> = {
  doubles: "doubles",
  timestamps: "timestamps",
  uuids: "UUIDs",
  strings: "strings",
  statuses: "statuses",
};

/** The job's metrics data, by id (the exact id string: ids spelled differently differ). */
export class DataIndex {
  readonly #byId = new Map<string, MetricsData>();

  constructor(data: readonly MetricsData[]) {
    for (const item of data) {
      const id = item.metricsDataId?.id?.data;
      if (id !== undefined && !this.#byId.has(id)) this.#byId.set(id, item);
    }
  }

  /** The data `ref` names; `field` is the referencing field, for messages. */
  get(ref: MetricsDataId | undefined, field: string): MetricsData {
    const id = ref?.id?.data;
    if (id === undefined) throw new CannotDrawError(`${field} is not set`);
    const data = this.#byId.get(id);
    if (data === undefined) throw new CannotDrawError(`${field} refers to data "${id}", which is not in the file`);
    return data;
  }

  /** The data indexing `data`. */
  indexOf(data: MetricsData): MetricsData {
    if (!data.isIndexed || data.indexDataId === undefined) throw new CannotDrawError(`data "${data.name}" has no index`);
    return this.get(data.indexDataId, `the index of data "${data.name}"`);
  }
}

/** The categories of per-category data, in stored order; undefined for a single series. */
export function categoriesOf(data: MetricsData): string[] | undefined {
  if (data.data.case !== "seriesPerCategory") return undefined;
  return data.categoryNames.length > 0 ? data.categoryNames : [...data.data.value.categoryToSeries.keys()];
}

/** The series of `data`, or of one of its categories. */
export function seriesOf(data: MetricsData, category?: string): Series {
  const content = data.data;
  if (content.case === "series") {
    if (category === undefined) return content.value;
    throw new CannotDrawError(`data "${data.name}" is a single series where data grouped by category is expected`);
  }
  if (content.case === "seriesPerCategory") {
    if (category === undefined) {
      throw new CannotDrawError(`data "${data.name}" is grouped by category where a single series is expected`);
    }
    const series = content.value.categoryToSeries.get(category);
    if (series === undefined) throw new CannotDrawError(`data "${data.name}" has no category "${category}"`);
    return series;
  }
  if (content.case === "externalFile") {
    throw new CannotDrawError(`data "${data.name}" is an external file where a series is expected`);
  }
  throw new CannotDrawError(`data "${data.name}" holds no values`);
}

/** The message each series kind holds. */
interface SeriesKinds {
  doubles: DoubleSeries;
  timestamps: TimestampSeries;
  uuids: UUIDSeries;
  strings: StringSeries;
  statuses: MetricStatusSeries;
}

function expectKind<K extends keyof SeriesKinds>(data: MetricsData, series: Series, kind: K): SeriesKinds[K] {
  if (series.series.case !== kind) {
    const held = series.series.case === undefined ? "no values" : kindWords[series.series.case];
    throw new CannotDrawError(`data "${data.name}" holds ${held} where ${kindWords[kind]} are expected`);
  }
  return series.series.value as SeriesKinds[K];
}

/** The doubles of `data` (or of one category). */
export function doublesOf(data: MetricsData, category?: string): Float64Array {
  return expectKind(data, seriesOf(data, category), "doubles").series;
}

/** The timestamps of `data` (or of one category), in seconds. */
export function timesOf(data: MetricsData, category?: string): Float64Array {
  const stamps = expectKind(data, seriesOf(data, category), "timestamps").series;
  const seconds = new Float64Array(stamps.length);
  for (let i = 0; i < stamps.length; i++) seconds[i] = timestampSeconds(stamps[i]!);
  return seconds;
}

/** The strings of `data` (or of one category); UUID series read as their id strings. */
export function labelsOf(data: MetricsData, category?: string): string[] {
  const series = seriesOf(data, category);
  if (series.series.case === "uuids") return series.series.value.series.map((uuid) => uuid.data);
  return expectKind(data, series, "strings").series;
}

/** The statuses of `data` (or of one category). */
export function statusesOf(data: MetricsData, category?: string): Int32Array {
  return expectKind(data, seriesOf(data, category), "statuses").series;
}

/** Fails unless two series that must pair element by element have the same length. */
export function expectSameLength(a: { length: number }, b: { length: number }, what: string): void {
  if (a.length !== b.length) throw new CannotDrawError(`${what} have different lengths (${a.length} and ${b.length})`);
}
