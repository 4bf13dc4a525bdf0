/**
 * Scalar rules of the canonical proto3 JSON mapping, shared by every
 * generated `toJson`.
 * @module
 */

import type { JsonValue } from "./struct.ts";

/** A double as proto3 JSON: non-finite values become strings. */
export function jsonDouble(value: number): JsonValue {
  if (Number.isFinite(value)) return value;
  return Number.isNaN(value) ? "NaN" : value > 0 ? "Infinity" : "-Infinity";
}

/** A float as proto3 JSON: the shortest decimal that reads back as the same float32. */
export function jsonFloat(value: number): JsonValue {
  if (!Number.isFinite(value)) return jsonDouble(value);
  for (let digits = 1; digits <= 9; digits++) {
    const candidate = Number(value.toPrecision(digits));
    if (Math.fround(candidate) === value) return candidate;
  }
  return value;
}

/** An enum as proto3 JSON: its name, or the number when the schema does not know it. */
export function jsonEnum(names: Readonly<Record<number, string>>, value: number): JsonValue {
  return names[value] ?? value;
}

const MAX_SECONDS = 253402300799n; // 9999-12-31T23:59:59Z
const MIN_SECONDS = -62135596800n; // 0001-01-01T00:00:00Z

/**
 * A google.protobuf.Timestamp as proto3 JSON (RFC 3339, UTC, 0/3/6/9 fraction
 * digits). Values outside the JSON mapping's range have no string form, so
 * they are printed as `{seconds, nanos}` rather than refused.
 */
export function jsonTimestamp(seconds: bigint, nanos: number): JsonValue {
  if (seconds < MIN_SECONDS || seconds > MAX_SECONDS || nanos < 0 || nanos > 999_999_999) {
    return { seconds: seconds.toString(), nanos };
  }
  const iso = new Date(Number(seconds) * 1000).toISOString().slice(0, 19);
  if (nanos === 0) return `${iso}Z`;
  const fraction = nanos.toString().padStart(9, "0");
  const trimmed = fraction.endsWith("000000") ? fraction.slice(0, 3) : fraction.endsWith("000") ? fraction.slice(0, 6) : fraction;
  return `${iso}.${trimmed}Z`;
}
