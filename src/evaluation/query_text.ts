/**
 * Reading a `query_string` as text: where its `?` placeholders are (outside
 * strings, quoted names and comments), and an offset as a line and column.
 * @module
 */

/**
 * The offsets of the `?` placeholders in `sql`, skipping `'…'` strings,
 * `"…"` names, `--` and `/* … *\/` comments.
 *
 * @example
 * ```ts
 * placeholders("SELECT 1 FROM t WHERE v > ? AND s <> '?'"); // [26]
 * ```
 */
export function placeholders(sql: string): number[] {
  const found: number[] = [];
  for (let i = 0; i < sql.length; i++) {
    const c = sql[i];
    if (c === "'" || c === '"') {
      // A doubled quote inside is an escaped quote: the scan resumes after it.
      let j = i + 1;
      while (j < sql.length && !(sql[j] === c && sql[j + 1] !== c)) j += sql[j] === c ? 2 : 1;
      i = j;
    } else if (c === "-" && sql[i + 1] === "-") {
      const end = sql.indexOf("\n", i);
      i = end === -1 ? sql.length : end;
    } else if (c === "/" && sql[i + 1] === "*") {
      const end = sql.indexOf("*/", i + 2);
      i = end === -1 ? sql.length : end + 1;
    } else if (c === "?") {
      found.push(i);
    }
  }
  return found;
}

/** A place in a query's text, both 1-based. */
export interface TextPosition {
  readonly line: number;
  readonly column: number;
}

/**
 * The line and column of `offset` in `text`.
 *
 * @example
 * ```ts
 * positionOf("SELECT\n  x", 9); // { line: 2, column: 3 }
 * ```
 */
export function positionOf(text: string, offset: number): TextPosition {
  const before = text.slice(0, offset);
  const lineStart = before.lastIndexOf("\n") + 1;
  return { line: before.split("\n").length, column: offset - lineStart + 1 };
}
