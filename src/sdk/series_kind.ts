/**
 * The five element kinds a series can hold, how each is stored (typed
 * arrays where the elements are numbers), which inputs each accepts, and the
 * conversions between inputs, storage and protobuf `Series`.
 * @module
 */

import { MetricsDataType, MetricStatus, type Series } from "../proto/index.ts";
import { rangeError, typeError, type Entity } from "./_entity.ts";
import { isUuid } from "./ids.ts";
import { Timestamp } from "./timestamp.ts";
import { packTimestamps, Timestamps, unpackTimestamps } from "./timestamps.ts";

/** The element kind of a series: what each value is. */
export type SeriesKind = "double" | "timestamp" | "uuid" | "string" | "status";

/** How a series of each kind is stored. */
export interface SeriesValuesByKind {
  double: Float64Array;
  timestamp: Timestamps;
  uuid: readonly string[];
  string: readonly string[];
  status: Int32Array;
}

/** The stored values of a series of kind `K`. */
export type SeriesValues<K extends SeriesKind = SeriesKind> = SeriesValuesByKind[K];

/** Any array of numbers: a plain array or a numeric typed array. */
export type NumericArray =
  | readonly number[]
  | Float64Array
  | Float32Array
  | Int32Array
  | Int16Array
  | Int8Array
  | Uint32Array
  | Uint16Array
  | Uint8Array;

/**
 * What a series of each kind can be built from. A `Float64Array` of doubles
 * or an `Int32Array` of statuses is kept as it is, not copied: do not change
 * it afterwards. Other inputs are copied into storage.
 */
export interface SeriesInputByKind {
  double: NumericArray;
  timestamp: Timestamps | readonly Timestamp[];
  uuid: readonly string[];
  string: readonly string[];
  status: Int32Array | readonly MetricStatus[];
}

/** The inputs a series of kind `K` accepts. */
export type SeriesInput<K extends SeriesKind = SeriesKind> = SeriesInputByKind[K];

/** One element of a series of kind `K`. */
export interface SeriesElementByKind {
  double: number;
  timestamp: Timestamp;
  uuid: string;
  string: string;
  status: MetricStatus;
}

/**
 * The kind inferred from an input when none is stated: numbers are doubles,
 * strings are strings, timestamps are timestamps. Statuses and UUIDs look
 * like numbers and strings, so they must be stated.
 */
export type InferredKind<V> = V extends Timestamps | readonly Timestamp[]
  ? "timestamp"
  : V extends readonly string[]
    ? "string"
    : V extends NumericArray
      ? "double"
      : SeriesKind;

const highestStatus = Math.max(...Object.values(MetricStatus));

/** Words for each kind, as messages use them ("holds doubles"). */
export const kindWords: Readonly<Record<SeriesKind, string>> = {
  double: "doubles",
  timestamp: "timestamps",
  uuid: "UUIDs",
  string: "strings",
  status: "statuses",
};

const plainDataType: Readonly<Record<SeriesKind, MetricsDataType>> = {
  double: MetricsDataType.DOUBLE_SERIES_DATA_TYPE,
  timestamp: MetricsDataType.TIMESTAMP_SERIES_DATA_TYPE,
  uuid: MetricsDataType.UUID_SERIES_DATA_TYPE,
  string: MetricsDataType.STRING_SERIES_DATA_TYPE,
  status: MetricsDataType.METRIC_STATUS_SERIES_DATA_TYPE,
};

const indexedDataType: Readonly<Record<SeriesKind, MetricsDataType>> = {
  double: MetricsDataType.INDEXED_DOUBLE_SERIES_DATA_TYPE,
  timestamp: MetricsDataType.INDEXED_TIMESTAMP_SERIES_DATA_TYPE,
  uuid: MetricsDataType.INDEXED_UUID_SERIES_DATA_TYPE,
  string: MetricsDataType.INDEXED_STRING_SERIES_DATA_TYPE,
  status: MetricsDataType.INDEXED_METRIC_STATUS_SERIES_DATA_TYPE,
};

/** The protobuf data type of series of `kind`, in its `INDEXED_` form when `indexed`. */
export function dataTypeOf(kind: SeriesKind, indexed: boolean): MetricsDataType {
  return (indexed ? indexedDataType : plainDataType)[kind];
}

/** The kind `values` infers at run time (see {@link InferredKind}), or `undefined`. */
export function inferKind(values: unknown): SeriesKind | undefined {
  if (values instanceof Timestamps) return "timestamp";
  if (ArrayBuffer.isView(values)) return values instanceof BigInt64Array || values instanceof BigUint64Array || values instanceof DataView ? undefined : "double";
  if (!Array.isArray(values) || values.length === 0) return undefined;
  const first: unknown = values[0];
  if (typeof first === "number") return "double";
  if (typeof first === "string") return "string";
  if (first instanceof Timestamp) return "timestamp";
  return undefined;
}

/** Quotes strings and names other values, for messages. */
export function showValue(value: unknown): string {
  if (typeof value === "string") return JSON.stringify(value);
  if (typeof value === "number" || typeof value === "boolean" || typeof value === "bigint" || value == null) return String(value);
  return value.constructor?.name ?? typeof value;
}

/**
 * Converts an input into storage of `kind`, checking every element.
 *
 * @param owner the data being built, named in errors
 * @param field the argument `values` came from, named in errors
 * @param noun how messages refer to the values, e.g. `values of category "a"`
 */
export function toSeriesValues<K extends SeriesKind>(kind: K, values: unknown, owner: Entity, field: string, noun = field): SeriesValues<K> {
  const fail = (detail: string) => typeError(owner, "create", field, detail);
  const isList = Array.isArray(values) || (ArrayBuffer.isView(values) && !(values instanceof DataView)) || values instanceof Timestamps;
  if (!isList) throw fail(`the ${noun} are ${showValue(values)}, not an array of ${kindWords[kind]}`);
  if ((values as ArrayLike<unknown>).length === 0) throw rangeError(owner, "create", field, `the ${noun} are empty (a series needs at least one value)`);
  const list = values as ArrayLike<unknown>;
  const badElement = (i: number, expected: string) => fail(`element ${i} of the ${noun} is ${showValue(list[i])}, not ${expected}`);
  let stored: SeriesValues;
  switch (kind) {
    case "double": {
      if (values instanceof Float64Array) return values as SeriesValues<K>;
      if (values instanceof BigInt64Array || values instanceof BigUint64Array) throw fail(`the ${noun} are a ${values.constructor.name}; convert them to numbers`);
      if (values instanceof Timestamps) throw fail(`the ${noun} are timestamps, not doubles`);
      if (Array.isArray(values)) for (let i = 0; i < list.length; i++) if (typeof list[i] !== "number") throw badElement(i, "a number");
      stored = Float64Array.from(list as ArrayLike<number>);
      break;
    }
    case "status": {
      if (values instanceof Timestamps) throw fail(`the ${noun} are timestamps, not statuses`);
      const statuses = values instanceof Int32Array ? values : new Int32Array(list.length);
      for (let i = 0; i < list.length; i++) {
        const value = list[i];
        if (!(typeof value === "number" && Number.isInteger(value) && value >= 0 && value <= highestStatus)) throw badElement(i, "a MetricStatus");
        statuses[i] = value;
      }
      stored = statuses;
      break;
    }
    case "timestamp": {
      if (values instanceof Timestamps) return values as SeriesValues<K>;
      if (!Array.isArray(values)) throw fail(`the ${noun} are a ${showValue(values)}; build timestamps with Timestamps.fromSeconds()`);
      for (let i = 0; i < list.length; i++) if (!(list[i] instanceof Timestamp)) throw badElement(i, "a Timestamp");
      stored = Timestamps.from(values as Timestamp[]);
      break;
    }
    case "string": {
      if (!Array.isArray(values)) throw fail(`the ${noun} are a ${showValue(values)}, not an array of strings`);
      for (let i = 0; i < list.length; i++) if (typeof list[i] !== "string") throw badElement(i, "a string");
      stored = Object.freeze([...(values as string[])]);
      break;
    }
    case "uuid": {
      if (!Array.isArray(values)) throw fail(`the ${noun} are a ${showValue(values)}, not an array of UUID strings`);
      for (let i = 0; i < list.length; i++) if (!isUuid(list[i])) throw badElement(i, "a UUID");
      stored = Object.freeze([...(values as string[])]);
      break;
    }
    default:
      throw fail(`"${String(kind)}" is not a series kind (use one of ${Object.keys(kindWords).join(", ")})`);
  }
  return stored as SeriesValues<K>;
}

/** The elements of `values` at `positions`, in that order, in storage form. */
export function selectValues<K extends SeriesKind>(kind: K, values: SeriesValues<K>, positions: readonly number[]): SeriesValues<K> {
  switch (kind) {
    case "double":
      return Float64Array.from(positions, (i) => (values as Float64Array)[i]!) as SeriesValues<K>;
    case "status":
      return Int32Array.from(positions, (i) => (values as Int32Array)[i]!) as SeriesValues<K>;
    case "timestamp":
      return Timestamps.from(positions.map((i) => (values as Timestamps).at(i)!)) as SeriesValues<K>;
    default:
      return Object.freeze(positions.map((i) => (values as readonly string[])[i]!)) as SeriesValues<K>;
  }
}

/** The element of `values` at `index`. */
export function elementAt<K extends SeriesKind>(kind: K, values: SeriesValues<K>, index: number): SeriesElementByKind[K] | undefined {
  return (kind === "timestamp" ? (values as Timestamps).at(index) : (values as ArrayLike<unknown>)[index]) as SeriesElementByKind[K] | undefined;
}

/** The protobuf `Series` holding `values`; doubles and statuses are shared, not copied. */
export function packSeries(kind: SeriesKind, values: SeriesValues): Series {
  switch (kind) {
    case "double":
      return { series: { case: "doubles", value: { series: values as Float64Array } } };
    case "status":
      return { series: { case: "statuses", value: { series: values as Int32Array } } };
    case "timestamp":
      return { series: { case: "timestamps", value: { series: packTimestamps(values as Timestamps) } } };
    case "uuid":
      return { series: { case: "uuids", value: { series: (values as readonly string[]).map((data) => ({ data })) } } };
    case "string":
      return { series: { case: "strings", value: { series: values as string[] } } };
  }
}

/** The kind and values of a protobuf `Series`, or `undefined` if no case is set. */
export function unpackSeries(series: Series): { kind: SeriesKind; values: SeriesInput } | undefined {
  const s = series.series;
  switch (s.case) {
    case "doubles":
      return { kind: "double", values: s.value.series };
    case "statuses":
      return { kind: "status", values: s.value.series };
    case "timestamps":
      return { kind: "timestamp", values: unpackTimestamps(s.value.series) };
    case "uuids":
      return { kind: "uuid", values: s.value.series.map((u) => u.data) };
    case "strings":
      return { kind: "string", values: s.value.series };
    case undefined:
      return undefined;
  }
}
