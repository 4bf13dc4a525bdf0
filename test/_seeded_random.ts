/**
 * A deterministic source of numbers for generated test fixtures.
 * @module
 */

import { mulberry32 } from "../src/sdk/_mulberry32.ts";

/** Numbers in [0, 1) from `seed`: the same sequence on every run. */
export function seededRandom(seed: number): () => number {
  const next32 = mulberry32(seed);
  return () => next32() / 4294967296;
}
