/**
 * Identifiers of metrics, data, events and jobs: UUIDs, random by default or drawn from a seeded generator so that
 * tests and golden files get the same bytes on every run.
 * @module
 */

import { osRandomBytes } from "../files/os_random.ts";
import { mulberry32 } from "./_mulberry32.ts";

/** A source of fresh ids, each a canonical UUID string. */
export type IdGenerator = () => string;

/** Fresh random UUIDv4s (the default id source). */
export const randomIds: IdGenerator = () => {
  const bytes = osRandomBytes(16);
  bytes[6] = (bytes[6]! & 0x0f) | 0x40; // version 4
  bytes[8] = (bytes[8]! & 0x3f) | 0x80; // RFC 4122 variant
  return uuidText(Array.from(bytes, (byte) => byte.toString(16).padStart(2, "0")).join(""));
};

/** The 8-4-4-4-12 form of 32 hex digits. */
function uuidText(hex: string): string {
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/**
 * A deterministic source of UUIDv4-shaped ids: the same seed gives the same
 * sequence, so a script's output is reproducible byte for byte.
 *
 * @example
 * ```ts
 * const ids = seededIds(42);
 * const writer = new MetricsWriter({ idGenerator: ids });
 * ```
 */
export function seededIds(seed: number): IdGenerator {
  const next32 = mulberry32(seed);
  return () => {
    const words = [next32(), next32(), next32(), next32()];
    words[1] = ((words[1]! & 0xffff0fff) | 0x00004000) >>> 0; // version 4
    words[2] = ((words[2]! & 0x3fffffff) | 0x80000000) >>> 0; // RFC 4122 variant
    return uuidText(words.map((w) => w.toString(16).padStart(8, "0")).join(""));
  };
}

const uuidPattern = /^(?:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}|\{[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\})$/i;

/**
 * Whether `value` is a UUID written as 8-4-4-4-12 hex digits, optionally in
 * braces. Ids are written as given: ReSim compares them as exact strings.
 */
export function isUuid(value: unknown): value is string {
  return typeof value === "string" && uuidPattern.test(value);
}
