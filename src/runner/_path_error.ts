/**
 * The base of the runner's errors about one file (the script, an output):
 * they expose the file's path so that nobody has to parse messages.
 * @module
 */

/** An error about the file at `path`. */
export class PathError extends Error {
  /** Absolute path of the file. */
  readonly path: string;

  constructor(message: string, path: string, options?: ErrorOptions) {
    super(message, options);
    this.path = path;
  }
}
