/**
 * The error for an input file that cannot be read or does not hold what was
 * expected: a mode config, or a file a metrics script reads.
 * @module
 */

/**
 * An input file is unreadable or malformed. The message names the file and,
 * for configs, the field: `Cannot parse "/tmp/resim/inputs/report_config.json":
 * field "reportID" is missing`.
 */
export class InputError extends Error {
  override name = "InputError";
  /** The file, as the user would type its path. */
  readonly path: string;
  /** The config field at fault, if the problem is one field. */
  readonly field: string | undefined;

  constructor(message: string, path: string, options?: ErrorOptions & { field?: string }) {
    super(message, options);
    this.path = path;
    this.field = options?.field;
  }
}
