/**
 * The error every refused emission throws, worded as ReSim's Python SDK
 * words it: `Validation error (topic 't', field 'f'): <what>` and an
 * optional hint line.
 * @module
 */

/**
 * Where in an emission a {@link ReSimValidationError} is.
 *
 * @example
 * new ReSimValidationError("expected type int, got str with value '2'", { topic: "position", field: "y" } satisfies ValidationContext);
 */
export interface ValidationContext {
  readonly topic?: string | undefined;
  readonly field?: string | undefined;
  readonly seriesIndex?: number | undefined;
  readonly hint?: string | undefined;
}

/**
 * An emission the schema or the emission rules refuse. Nothing of it was written.
 *
 * @example
 * try {
 *   emitter.emit("position", { x: 1, y: "2" });
 * } catch (error) {
 *   if (error instanceof ReSimValidationError) console.error(error.topic, error.field, error.message);
 * }
 */
export class ReSimValidationError extends Error {
  override name = "ReSimValidationError";
  /** The topic emitted to, when known. */
  readonly topic: string | undefined;
  /** The field at fault, `tags[2]` for an element of a list. */
  readonly field: string | undefined;
  /** The point of an `emitSeries` call at fault. */
  readonly seriesIndex: number | undefined;
  /** What to do about it, when there is more to say than the message. */
  readonly hint: string | undefined;
  /** The message without its context prefix and hint. */
  readonly detail: string;

  constructor(detail: string, context: ValidationContext = {}) {
    const parts: string[] = [];
    if (context.seriesIndex !== undefined) parts.push(`Series index ${context.seriesIndex}`);
    if (context.topic) parts.push(`topic '${context.topic}'`);
    if (context.field) parts.push(`field '${context.field}'`);
    const head = parts.length === 0 ? "Validation error" : `Validation error (${parts.join(", ")})`;
    super(`${head}: ${detail}${context.hint ? `\n  Hint: ${context.hint}` : ""}`);
    this.detail = detail;
    this.topic = context.topic;
    this.field = context.field;
    this.seriesIndex = context.seriesIndex;
    this.hint = context.hint;
  }
}
