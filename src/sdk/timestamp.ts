/**
 * `Timestamp`: a point in time as whole seconds plus nanoseconds, the
 * SDK's form of `google.protobuf.Timestamp`.
 * @module
 */

import type { Timestamp as TimestampMessage } from "../proto/index.ts";

const NANOS_PER_SECOND = 1_000_000_000;

/**
 * An immutable point in time: `seconds` since the epoch (or since the start
 * of the experience, for relative times) plus `nanos` in `[0, 1e9)`.
 * Timestamps compare by value; `toString()` is a stable key for maps.
 *
 * @example
 * ```ts
 * const t = Timestamp.fromSeconds(1.5);
 * t.seconds; // 1
 * t.nanos; // 500000000
 * t.equals(new Timestamp(1, 500_000_000)); // true
 * ```
 */
export class Timestamp {
  /** Whole seconds (may be negative). */
  readonly seconds: number;
  /** Nanoseconds past `seconds`, in `[0, 1e9)`. */
  readonly nanos: number;

  /**
   * Nanoseconds outside `[0, 1e9)` carry into the seconds, so
   * `new Timestamp(0, -1)` is one nanosecond before the epoch.
   *
   * @throws {RangeError} unless both are safe integers
   */
  constructor(seconds: number, nanos = 0) {
    if (!Number.isSafeInteger(seconds) || !Number.isSafeInteger(nanos)) {
      throw new RangeError(`Cannot create timestamp: seconds (${seconds}) and nanos (${nanos}) must be integers`);
    }
    const carry = Math.floor(nanos / NANOS_PER_SECOND);
    this.seconds = seconds + carry;
    this.nanos = nanos - carry * NANOS_PER_SECOND;
  }

  /**
   * The timestamp `seconds` after the epoch, rounded to the nearest nanosecond.
   *
   * @throws {RangeError} if `seconds` is not finite
   */
  static fromSeconds(seconds: number): Timestamp {
    if (!Number.isFinite(seconds)) throw new RangeError(`Cannot create timestamp from seconds: ${seconds} is not finite`);
    const [whole, nanos] = splitSeconds(seconds);
    return new Timestamp(whole, nanos);
  }

  /**
   * The timestamp `nanos` nanoseconds after the epoch.
   *
   * @throws {RangeError} if a number `nanos` is not a safe integer
   */
  static fromNanos(nanos: bigint | number): Timestamp {
    if (typeof nanos === "number") {
      if (!Number.isSafeInteger(nanos)) throw new RangeError(`Cannot create timestamp from nanos: ${nanos} is not a safe integer`);
      nanos = BigInt(nanos);
    }
    const perSecond = BigInt(NANOS_PER_SECOND);
    let seconds = nanos / perSecond;
    let rest = nanos % perSecond;
    if (rest < 0n) {
      seconds -= 1n;
      rest += perSecond;
    }
    return new Timestamp(Number(seconds), Number(rest));
  }

  /** The timestamp of a `Date` (millisecond precision). */
  static fromDate(date: Date): Timestamp {
    const millis = date.getTime();
    if (Number.isNaN(millis)) throw new RangeError("Cannot create timestamp from date: the date is invalid");
    return Timestamp.fromNanos(BigInt(millis) * 1_000_000n);
  }

  /** Nanoseconds since the epoch. */
  toNanos(): bigint {
    return BigInt(this.seconds) * BigInt(NANOS_PER_SECOND) + BigInt(this.nanos);
  }

  /** Seconds since the epoch as a number (nanosecond precision may be lost). */
  toSeconds(): number {
    return this.seconds + this.nanos / NANOS_PER_SECOND;
  }

  /** The `Date` at this timestamp, truncated to milliseconds. */
  toDate(): Date {
    return new Date(this.seconds * 1000 + Math.floor(this.nanos / 1_000_000));
  }

  /** Negative, zero or positive as this timestamp is before, equal to or after `other`. */
  compare(other: Timestamp): number {
    return this.seconds - other.seconds || this.nanos - other.nanos;
  }

  /** Whether `other` is the same point in time. */
  equals(other: Timestamp): boolean {
    return this.seconds === other.seconds && this.nanos === other.nanos;
  }

  /** `"<seconds>.<9-digit nanos>s"`, e.g. `"12.000000005s"`: equal strings mean equal timestamps. */
  toString(): string {
    return `${this.seconds}.${String(this.nanos).padStart(9, "0")}s`;
  }
}

/**
 * Finite `seconds` as whole seconds and nanoseconds in `[0, 1e9)`, rounded
 * to the nearest nanosecond (a fraction that rounds up to a whole second
 * carries into the seconds).
 */
export function splitSeconds(seconds: number): [whole: number, nanos: number] {
  const whole = Math.floor(seconds);
  const nanos = Math.round((seconds - whole) * NANOS_PER_SECOND);
  return nanos === NANOS_PER_SECOND ? [whole + 1, 0] : [whole, nanos];
}

/** The protobuf message for `t`. */
export function packTimestamp(t: Timestamp): TimestampMessage {
  return { seconds: BigInt(t.seconds), nanos: t.nanos };
}

/** The SDK value of a protobuf timestamp. */
export function unpackTimestamp(message: TimestampMessage): Timestamp {
  return new Timestamp(Number(message.seconds), message.nanos);
}
