/**
 * `Timestamps`: a column of timestamps stored as two parallel typed arrays
 * (whole seconds and nanoseconds) instead of one object per sample.
 * @module
 */

import type { Timestamp as TimestampMessage } from "../proto/index.ts";
import { splitSeconds, Timestamp, unpackTimestamp } from "./timestamp.ts";

/**
 * An immutable column of timestamps for a timestamp series. Build it from
 * the form your log has: seconds as numbers, nanoseconds as bigints, or
 * `Timestamp` objects.
 *
 * @example
 * ```ts
 * const times = Timestamps.fromSeconds([0, 0.1, 0.2]);
 * times.length; // 3
 * times.at(1)?.nanos; // 100000000
 * ```
 */
export class Timestamps implements Iterable<Timestamp> {
  /** Whole seconds of each timestamp (integers). */
  readonly seconds: Float64Array;
  /** Nanoseconds of each timestamp, in `[0, 1e9)`. */
  readonly nanos: Int32Array;

  private constructor(seconds: Float64Array, nanos: Int32Array) {
    this.seconds = seconds;
    this.nanos = nanos;
  }

  /**
   * Timestamps `values[i]` seconds after the epoch (or the start of the
   * experience), each rounded to the nearest nanosecond.
   *
   * @throws {RangeError} if a value is not finite
   */
  static fromSeconds(values: ArrayLike<number>): Timestamps {
    const seconds = new Float64Array(values.length);
    const nanos = new Int32Array(values.length);
    for (let i = 0; i < values.length; i++) {
      const value = values[i]!;
      if (!Number.isFinite(value)) throw new RangeError(`Cannot create timestamps from seconds: element ${i} is ${value}, not a finite number`);
      [seconds[i], nanos[i]] = splitSeconds(value);
    }
    return new Timestamps(seconds, nanos);
  }

  /** Timestamps `values[i]` nanoseconds after the epoch. */
  static fromNanos(values: BigInt64Array | readonly bigint[]): Timestamps {
    return Timestamps.from(Array.from(values, (n) => Timestamp.fromNanos(n)));
  }

  /** A column holding `values` in order. */
  static from(values: Iterable<Timestamp>): Timestamps {
    const list = Array.isArray(values) ? (values as readonly Timestamp[]) : [...values];
    const seconds = new Float64Array(list.length);
    const nanos = new Int32Array(list.length);
    for (let i = 0; i < list.length; i++) {
      const t = list[i];
      if (!(t instanceof Timestamp)) throw new TypeError(`Cannot create timestamps: element ${i} is not a Timestamp`);
      seconds[i] = t.seconds;
      nanos[i] = t.nanos;
    }
    return new Timestamps(seconds, nanos);
  }

  /** The number of timestamps. */
  get length(): number {
    return this.seconds.length;
  }

  /** The timestamp at `index` (negative counts from the end), or `undefined`. */
  at(index: number): Timestamp | undefined {
    const i = index < 0 ? this.length + index : index;
    return i >= 0 && i < this.length ? new Timestamp(this.seconds[i]!, this.nanos[i]!) : undefined;
  }

  /** The timestamps in order. */
  *[Symbol.iterator](): Iterator<Timestamp> {
    for (let i = 0; i < this.length; i++) yield new Timestamp(this.seconds[i]!, this.nanos[i]!);
  }
}

/** The protobuf messages of a column, one per timestamp. */
export function packTimestamps(column: Timestamps): TimestampMessage[] {
  const out = new Array<TimestampMessage>(column.length);
  for (let i = 0; i < column.length; i++) out[i] = { seconds: BigInt(column.seconds[i]!), nanos: column.nanos[i]! };
  return out;
}

/** The column of protobuf timestamps. */
export function unpackTimestamps(messages: readonly TimestampMessage[]): Timestamps {
  return Timestamps.from(messages.map(unpackTimestamp));
}
