/**
 * Random bytes from the operating system's generator, read from
 * `/dev/urandom` where it exists, so that commands needing a few random
 * bytes (fresh UUIDs, temporary file names) do not load `node:crypto`,
 * whose loading costs every start about 4 ms. Elsewhere `node:crypto`
 * supplies them, loaded on first use.
 * @module
 */

import { openSync, readSync } from "node:fs";

/** Bytes read from /dev/urandom per read; later calls take from them. */
const poolSize = 4096;
let pool: Uint8Array | undefined;
let used = poolSize;
let urandom: number | "unavailable" | undefined;

/** Fills `pool` from the OS; false when /dev/urandom cannot be read. */
function refill(): boolean {
  if (urandom === undefined) {
    try {
      urandom = openSync("/dev/urandom", "r");
    } catch {
      urandom = "unavailable";
    }
  }
  if (urandom === "unavailable") return false;
  pool ??= new Uint8Array(poolSize);
  for (let filled = 0; filled < poolSize; ) filled += readSync(urandom, pool, filled, poolSize - filled, null);
  used = 0;
  return true;
}

/**
 * `count` bytes from the OS's cryptographically secure generator.
 *
 * @example
 * const suffix = Buffer.from(osRandomBytes(6)).toString("hex"); // "9f1c2a7b03de"
 */
export function osRandomBytes(count: number): Uint8Array {
  if (count > poolSize) return process.getBuiltinModule("node:crypto").randomBytes(count);
  if (used + count > poolSize && !refill()) return process.getBuiltinModule("node:crypto").randomBytes(count);
  const bytes = pool!.slice(used, used + count);
  used += count;
  return bytes;
}
