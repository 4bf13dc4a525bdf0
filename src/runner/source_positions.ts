/**
 * The source maps of the user files the loader compiled, to translate
 * positions in compiled code back to the user's TypeScript.
 * @module
 */

import { SourceMap, type SourceMapPayload } from "node:module";

/** A 1-based position in a file, as stack traces print them. */
export interface Position {
  readonly line: number;
  readonly column: number;
}

/** Source maps by module URL; maps are parsed only when a position is looked up. */
export class SourcePositions {
  readonly #payloads = new Map<string, SourceMapPayload>();
  readonly #maps = new Map<string, SourceMap>();

  /** Remembers the map of the compiled module at `url`. */
  record(url: string, payload: SourceMapPayload): void {
    this.#payloads.set(url, payload);
    this.#maps.delete(url);
  }

  /** Where `position` in the compiled module at `url` came from, or `position` itself if `url` was not compiled. */
  original(url: string, position: Position): Position {
    const payload = this.#payloads.get(url);
    if (payload === undefined) return position;
    let map = this.#maps.get(url);
    if (map === undefined) {
      map = new SourceMap(payload);
      this.#maps.set(url, map);
    }
    const entry = map.findEntry(position.line - 1, position.column - 1);
    if (!("originalLine" in entry) || entry.generatedLine !== position.line - 1) return position;
    // The entry is the nearest mapped token at or before the position: keep the offset into it.
    return { line: entry.originalLine + 1, column: entry.originalColumn + (position.column - 1 - entry.generatedColumn) + 1 };
  }
}
