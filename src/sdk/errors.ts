/**
 * Build-time errors, naming the metric, data or event and the field: a
 * value of the wrong kind is caught at the call that gives it (a metric
 * builder call, a data constructor); calls that disagree with each other,
 * whatever their order, when the writer writes.
 * @module
 */

/** Where a build-time error happened: the object's name and the field at fault. */
export interface ErrorSubject {
  /** The name of the metric, metrics data or event the call was made on (the job id for writer calls). */
  readonly subject: string;
  /** The field or argument at fault, e.g. `"x"`, `"buckets"`, `"index"`. */
  readonly field: string;
}

/**
 * A value of the wrong kind: data of another element type, an index of the
 * wrong kind, a plotly value that is not a JSON object.
 *
 * @example
 * ```ts
 * try {
 *   writer.addLinePlotMetric("Speed").appendSeriesData(times, labels);
 * } catch (error) {
 *   if (error instanceof MetricsTypeError) console.error(error.subject, error.field);
 * }
 * ```
 */
export class MetricsTypeError extends TypeError implements ErrorSubject {
  override name = "MetricsTypeError";
  readonly subject: string;
  readonly field: string;

  constructor(message: string, where: ErrorSubject, options?: ErrorOptions) {
    super(message, options);
    this.subject = where.subject;
    this.field = where.field;
  }
}

/**
 * A value out of range: series of different lengths, NaN where a number is
 * required, overlapping histogram buckets, a duplicate name.
 */
export class MetricsRangeError extends RangeError implements ErrorSubject {
  override name = "MetricsRangeError";
  readonly subject: string;
  readonly field: string;

  constructor(message: string, where: ErrorSubject, options?: ErrorOptions) {
    super(message, options);
    this.subject = where.subject;
    this.field = where.field;
  }
}
