/**
 * A short tag naming files after some text (a host name, a script's path):
 * the 32-bit FNV-1a hash of its UTF-8 bytes, in hex. A tag, not a secret nor
 * an identity: whoever reads a file named so checks what it holds.
 * node:crypto would cost every start its loading.
 * @module
 */

/**
 * The 32-bit FNV-1a hash of `text`'s UTF-8 bytes, as 8 hex digits.
 *
 * @example
 * ```ts
 * nameHash("build-host"); // 8 hex digits, the same on every run
 * ```
 */
export function nameHash(text: string): string {
  let hash = 0x811c9dc5;
  for (const byte of Buffer.from(text)) hash = Math.imul(hash ^ byte, 0x01000193) >>> 0;
  return hash.toString(16).padStart(8, "0");
}
