/**
 * Plain-text tables for terminal output: columns padded to their widest
 * cell, with styling applied after padding so colour codes never shift the
 * layout.
 * @module
 */

/** A column: its header, its alignment, and how to style a cell's text. */
export interface Column {
  readonly header: string;
  /** Right-align (numbers). */
  readonly right?: boolean;
  readonly style?: (text: string) => string;
}

/** Renders rows under a styled header line, two spaces between columns, no trailing spaces. */
export function renderTable(columns: readonly Column[], rows: readonly (readonly string[])[], styleHeader: (text: string) => string): string[] {
  const widths = columns.map((column, i) => Math.max(width(column.header), ...rows.map((row) => width(row[i] ?? ""))));
  const line = (cells: readonly string[], header: boolean) =>
    columns
      .map((column, i) => {
        const text = cells[i] ?? "";
        const gap = " ".repeat(widths[i]! - width(text));
        const styled = header ? styleHeader(text) : text === "" || column.style === undefined ? text : column.style(text);
        return column.right ? gap + styled : i === columns.length - 1 ? styled : styled + gap;
      })
      .join("  ")
      .trimEnd();
  return [line(columns.map((c) => c.header), true), ...rows.map((row) => line(row, false))];
}

/** Display width in code points (wide characters are rare in metric names and not measured). */
function width(text: string): number {
  let n = 0;
  for (const _ of text) n++;
  return n;
}
