/**
 * Translating positions in the JavaScript compiled from a user's TypeScript
 * back to the TypeScript, for stack traces.
 *
 * Sucrase keeps every line where it was but removes type syntax within
 * lines (and its source maps lose columns after some constructs), so for
 * its output a column is found by aligning the compiled line with the
 * source line, character by character. Compilers that move lines provide a
 * source map instead.
 * @module
 */

import { SourceMap, type SourceMapPayload } from "node:module";

/** A 1-based position in a file, as stack traces print them. */
export interface Position {
  readonly line: number;
  readonly column: number;
}

type Translation = { readonly source: string; readonly compiled: string } | { map: SourceMap | undefined; readonly payload: SourceMapPayload };

/** Longest lines aligned; longer ones (minified code) keep their columns. */
const maxAlignedCells = 4_000_000;

/**
 * The index in `source` of the character at `index` in `compiled`, where
 * `compiled` is `source` with parts removed and a few inserted: a longest
 * common subsequence alignment; an inserted character maps to just after
 * the last character aligned before it.
 */
export function alignedIndex(source: string, compiled: string, index: number): number {
  const rows = compiled.length + 1;
  const columns = source.length + 1;
  if (rows * columns > maxAlignedCells) return index;
  // lengths[i * columns + j]: LCS length of compiled[i..] and source[j..].
  const lengths = new Uint16Array(rows * columns);
  for (let i = compiled.length - 1; i >= 0; i--) {
    for (let j = source.length - 1; j >= 0; j--) {
      lengths[i * columns + j] =
        compiled.charCodeAt(i) === source.charCodeAt(j) ? lengths[(i + 1) * columns + j + 1]! + 1 : Math.max(lengths[(i + 1) * columns + j]!, lengths[i * columns + j + 1]!);
    }
  }
  let i = 0;
  let j = 0;
  while (i < compiled.length && j < source.length) {
    if (compiled.charCodeAt(i) === source.charCodeAt(j) && lengths[i * columns + j] === lengths[(i + 1) * columns + j + 1]! + 1) {
      if (i === index) return j;
      i++;
      j++;
    } else if (lengths[(i + 1) * columns + j]! >= lengths[i * columns + j + 1]!) {
      if (i === index) return j;
      i++;
    } else {
      j++;
    }
  }
  return Math.min(j, source.length);
}

/** How to translate positions of each compiled module, by URL. */
export class SourcePositions {
  readonly #translations = new Map<string, Translation>();

  /** Remembers a module compiled line for line (same line numbers) from `source`. */
  recordLines(url: string, source: string, compiled: string): void {
    this.#translations.set(url, { source, compiled });
  }

  /** Remembers a module compiled with a source map. */
  recordMap(url: string, payload: SourceMapPayload): void {
    this.#translations.set(url, { map: undefined, payload });
  }

  /** Where `position` in the compiled module at `url` came from, or `position` itself if `url` was not compiled. */
  original(url: string, position: Position): Position {
    const translation = this.#translations.get(url);
    if (translation === undefined) return position;
    if ("source" in translation) {
      const sourceLine = translation.source.split("\n")[position.line - 1];
      const compiledLine = translation.compiled.split("\n")[position.line - 1];
      if (sourceLine === undefined || compiledLine === undefined) return position;
      return { line: position.line, column: alignedIndex(sourceLine, compiledLine, position.column - 1) + 1 };
    }
    translation.map ??= new SourceMap(translation.payload);
    const entry = translation.map.findEntry(position.line - 1, position.column - 1);
    if (!("originalLine" in entry) || entry.generatedLine !== position.line - 1) return position;
    // The entry is the nearest mapped token at or before the position: keep the offset into it.
    return { line: entry.originalLine + 1, column: entry.originalColumn + (position.column - 1 - entry.generatedColumn) + 1 };
  }
}
