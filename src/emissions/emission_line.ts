/**
 * One emission as a line of the emissions file, byte for byte what ReSim's
 * Python SDK writes for the same call:
 * `{"$metadata": {"topic": "t", "timestamp": 1, "event": true}, "$data": {...}}`.
 * Also the rules every emission obeys whatever the schema: integer
 * nanosecond timestamps, and series whose fields are lists as long as their
 * timestamps.
 * @module
 */

import { asciiBytes, type LineBuffer } from "./line_buffer.ts";
import { isPlainObject, jsonString, jsonValue, pythonTypeName } from "./python_text.ts";
import { quotedList, shortRepr, type EmissionData } from "./schema_check.ts";
import type { NumericArray } from "../sdk/series_kind.ts";
import { ReSimValidationError } from "./validation_error.ts";

/**
 * A time in integer nanoseconds: a bigint (any size), or a number up to
 * 2^53 (about 104 days of nanoseconds, enough for simulation time). A
 * wall-clock time such as `process.hrtime.bigint()` needs a bigint.
 *
 * @example
 * const simTime: EmissionTimestamp = 1_500_000_000;
 * const wallClock: EmissionTimestamp = BigInt(Date.now()) * 1_000_000n;
 */
export type EmissionTimestamp = number | bigint;

/**
 * A list of timestamps: an array, or a typed array of integers.
 *
 * @example
 * const times: EmissionTimestamps = new BigInt64Array([1000n, 2000n]);
 */
export type EmissionTimestamps = readonly EmissionTimestamp[] | NumericArray | BigInt64Array | BigUint64Array;

/** A topic's line start, `{"$metadata": {"topic": "<topic>"`, and the same followed by `, "timestamp": `. */
interface TopicHead {
  readonly plain: Uint8Array;
  readonly timed: Uint8Array;
}

const topicHeads = new Map<string, TopicHead>();

function headOf(topic: string): TopicHead {
  let head = topicHeads.get(topic);
  if (head === undefined) {
    const plain = `{"$metadata": {"topic": ${jsonString(topic)}`;
    head = { plain: asciiBytes(plain), timed: asciiBytes(`${plain}, "timestamp": `) };
    topicHeads.set(topic, head);
  }
  return head;
}

const DATA_START = asciiBytes('}, "$data": ');
const EVENT_DATA_START = asciiBytes(', "event": true}, "$data": ');

/** What closes an emission's line after its data. */
export const LINE_END = "}\n";

/**
 * Writes the start of an emission's line, up to its data, which the caller
 * writes next and closes with {@link LINE_END}. `timestamp` must have passed
 * {@link checkTimestamp}.
 *
 * @example
 * const out = new LineBuffer(256);
 * lineHead(out, "speed", 1000, false);
 * out.text('{"v": 1.5}' + LINE_END);
 * out.view().toString(); // '{"$metadata": {"topic": "speed", "timestamp": 1000}, "$data": {"v": 1.5}}\n'
 */
export function lineHead(out: LineBuffer, topic: string, timestamp: EmissionTimestamp | undefined, event: boolean): void {
  const head = headOf(topic);
  if (timestamp === undefined) out.bytes(head.plain);
  else {
    out.bytes(head.timed);
    if (typeof timestamp === "bigint") out.text(timestamp.toString());
    else out.integer(timestamp);
  }
  out.bytes(event ? EVENT_DATA_START : DATA_START);
}

/**
 * Whether `timestamp` is an integer number of nanoseconds that is written
 * exactly: a bigint, or a safe integer number.
 *
 * @example
 * isTimestamp(1.5); // false
 */
export function isTimestamp(timestamp: unknown): timestamp is EmissionTimestamp {
  return typeof timestamp === "bigint" || Number.isSafeInteger(timestamp);
}

/**
 * Throws the error for a timestamp that is not an integer number of
 * nanoseconds (`index`: its place in a series).
 *
 * @example
 * checkTimestamp("speed", 1757039356353349217n); // passes
 */
export function checkTimestamp(topic: string, timestamp: unknown, index?: number): asserts timestamp is EmissionTimestamp {
  if (isTimestamp(timestamp)) return;
  const unsafe = typeof timestamp === "number" && Number.isInteger(timestamp);
  const what = index === undefined ? "timestamp" : `timestamps[${index}]`;
  throw new ReSimValidationError(
    `${what} must be an integer number of nanoseconds, got ${unsafe ? "an integer beyond 2^53" : pythonTypeName(timestamp)} with value ${shortRepr(timestamp)}`,
    {
      topic,
      hint: unsafe
        ? "A number above 2^53 has already lost digits: pass a bigint, e.g. process.hrtime.bigint() or BigInt(Date.now()) * 1_000_000n."
        : "Timestamps are integer nanoseconds: pass a bigint, or a whole number up to 2^53.",
    },
  );
}

/**
 * The JSON of `data` written without a schema, or the error naming the
 * first field JSON cannot hold (NaN, ±Infinity, a function, a class instance).
 *
 * @example
 * unvalidatedDataJson("speed", { v: 1.5 }); // '{"v": 1.5}'
 */
export function unvalidatedDataJson(topic: string, data: EmissionData): string {
  if (typeof data === "object" && data !== null && !Array.isArray(data) && isPlainObject(data)) {
    const text = jsonValue(data);
    if (text !== undefined) return text;
    for (const [field, value] of Object.entries(data)) {
      if (jsonValue(value) === undefined) {
        throw new ReSimValidationError(`cannot write ${pythonTypeName(value)} with value ${shortRepr(value)} as JSON`, {
          topic,
          field,
          hint: "JSON has no NaN or Infinity: leave the point out, or record the condition in another field.",
        });
      }
    }
  }
  throw new ReSimValidationError(`data must be an object of field values, got ${pythonTypeName(data)} with value ${shortRepr(data)}`, { topic });
}

/** Whether `value` is a list for a series: an array or a typed array. */
function isList(value: unknown): value is ArrayLike<unknown> {
  return Array.isArray(value) || (ArrayBuffer.isView(value) && !(value instanceof DataView));
}

/**
 * The number of points in a series, or the error when its fields are not all
 * lists, or their lengths differ from each other or from the timestamps.
 *
 * @example
 * seriesLength("speed", { v: [1, 2, 3] }, [10, 20, 30]); // 3
 */
export function seriesLength(topic: string, data: Readonly<Record<string, unknown>>, timestamps: EmissionTimestamps | undefined): number {
  const entries = Object.entries(data);
  const notLists = entries.filter(([, value]) => !isList(value)).map(([field]) => field);
  if (notLists.length > 0) {
    throw new ReSimValidationError(`all data values must be lists in emit_series, but these fields are not: ${quotedList(notLists)}`, { topic });
  }
  const lengths = entries.map(([field, value]) => [field, (value as ArrayLike<unknown>).length] as const);
  if (timestamps !== undefined) {
    if (!isList(timestamps)) throw new ReSimValidationError(`timestamps must be a list, got ${pythonTypeName(timestamps)}`, { topic });
    const count = timestamps.length;
    const mismatched = lengths.filter(([, length]) => length !== count);
    if (mismatched.length > 0) {
      throw new ReSimValidationError(
        `all series must be the same length as timestamps (length ${count}), but these fields have different lengths: ${mismatched.map(([field, length]) => `'${field}': ${length}`).join(", ")}`,
        { topic },
      );
    }
    return count;
  }
  const distinct = new Set(lengths.map(([, length]) => length));
  if (distinct.size !== 1) {
    throw new ReSimValidationError(
      `all series must be the same length in emit_series, but got different lengths: ${lengths.map(([field, length]) => `'${field}': ${length}`).join(", ")}`,
      { topic },
    );
  }
  return lengths[0]![1];
}

/**
 * Point `index` of a series: each field's value at that index.
 *
 * @example
 * seriesPoint({ x: [1, 2], y: [3, 4] }, 1); // { x: 2, y: 4 }
 */
export function seriesPoint(data: Readonly<Record<string, unknown>>, index: number): Record<string, unknown> {
  const point: Record<string, unknown> = {};
  for (const field in data) {
    const value = (data[field] as ArrayLike<unknown>)[index];
    // A field named __proto__ stays a field rather than replacing the prototype.
    if (field === "__proto__") Object.defineProperty(point, field, { value, enumerable: true, writable: true, configurable: true });
    else point[field] = value;
  }
  return point;
}
