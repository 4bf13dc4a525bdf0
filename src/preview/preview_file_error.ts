/**
 * The failure of a file or folder the preview reads or writes.
 * @module
 */

/**
 * A path the preview cannot use: an input that is missing, unreadable or not
 * a JobMetrics, or a page that cannot be written. The message says which
 * and why, e.g. `Cannot read "out": no such file or directory`.
 */
export class PreviewFileError extends Error {
  override name = "PreviewFileError";
  /** The path at fault. */
  readonly path: string;

  constructor(message: string, path: string, options?: ErrorOptions) {
    super(message, options);
    this.path = path;
  }
}
