/**
 * The error a template throws when it cannot draw a result table: a
 * message saying what is wrong, and where in the template when it knows.
 * @module
 */

/**
 * A template could not draw a metric's table.
 *
 * @example
 * ```ts
 * throw new RenderFailure("undefined filter: nofilter", { line: 3, column: 1 });
 * ```
 */
export class RenderFailure extends Error {
  override name = "RenderFailure";
  readonly line: number | undefined;
  readonly column: number | undefined;

  constructor(message: string, position?: { line: number; column: number }) {
    super(message);
    this.line = position?.line;
    this.column = position?.column;
  }
}
