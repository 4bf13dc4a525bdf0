/**
 * Seeded randomness for the API double and its fixtures, so every run of a
 * test or benchmark sees the same IDs, timestamps and values.
 * @module
 */

import { seededIds } from "../../src/sdk/index.ts";

/** A deterministic source of values. */
export interface Random {
  /** Uniform in [0, 1). */
  next(): number;
  /** A version-4-shaped UUID. */
  uuid(): string;
}

/** A generator seeded with `seed`: the SDK's seeded IDs, whose first 32 bits also make the numbers. */
export function seededRandom(seed: number): Random {
  const uuid = seededIds(seed);
  const next = (): number => Number.parseInt(uuid().slice(0, 8), 16) / 2 ** 32;
  return { next, uuid };
}
