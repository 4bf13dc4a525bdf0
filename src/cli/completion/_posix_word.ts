/**
 * Single-quoting for the POSIX-family shells (bash, zsh), whose completion
 * scripts embed command, option and value names as words.
 * @module
 */

/**
 * `text` as one single-quoted bash or zsh word.
 *
 * @example
 * ```ts
 * posixWord("it's"); // 'it'\''s'
 * ```
 */
export function posixWord(text: string): string {
  return `'${text.replaceAll("'", `'\\''`)}'`;
}
