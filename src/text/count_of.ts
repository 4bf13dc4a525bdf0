/**
 * Counts as people read them: digits grouped by thousands and the noun in
 * the singular only for one. Validation messages, terminal summaries and the
 * preview page all count things this way.
 * @module
 */

/**
 * A count with its digits grouped by thousands.
 *
 * @example
 * ```ts
 * formatCount(1_000_000); // "1,000,000"
 * ```
 */
export function formatCount(count: number): string {
  // Not toLocaleString: loading Intl's number formatting adds ~8 ms to every run's start-up.
  const [whole = "", fraction] = String(count).split(".");
  const grouped = whole.replace(/\B(?=(\d{3})+$)/g, ",");
  return fraction === undefined ? grouped : `${grouped}.${fraction}`;
}

/**
 * `count` and the noun, pluralised with "s" unless `plural` is given.
 *
 * @example
 * ```ts
 * countOf(1, "warning"); // "1 warning"
 * countOf(1200, "entry", "entries"); // "1,200 entries"
 * ```
 */
export function countOf(count: number, noun: string, plural = `${noun}s`): string {
  return `${formatCount(count)} ${count === 1 ? noun : plural}`;
}
