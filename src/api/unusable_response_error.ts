/**
 * The error for data that arrived but cannot be used: a body that does not
 * decode as its protobuf message, a record without the ID or URL it needs.
 * @module
 */

/**
 * What the API (or a saved folder) returned for `subject` cannot be used:
 * `Cannot use metric "Max Error" of job "…": the body does not decode as a Metric: truncated message at byte 12`.
 */
export class UnusableResponseError extends Error {
  override name = "UnusableResponseError";
  /** What was unusable, e.g. `metric "Max Error" of job "…"`. */
  readonly subject: string;

  constructor(subject: string, detail: string, options?: ErrorOptions) {
    super(`Cannot use ${subject}: ${detail}`, options);
    this.subject = subject;
  }
}
