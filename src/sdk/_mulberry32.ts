/**
 * The one seeded number generator of the project (mulberry32): seeded ids in
 * the SDK and deterministic fixtures in tests and benches draw from it.
 * @module
 */

/** Uniform 32-bit unsigned integers from `seed`: the same sequence on every run. */
export function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  // A small, well-mixed 32-bit generator: ids and fixtures need spread, not secrecy.
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return (t ^ (t >>> 14)) >>> 0;
  };
}
