/**
 * The failure of a file or folder the preview reads or writes, and
 * file-system errors in the words its messages use.
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

/** A file-system error in words, e.g. `no such file or directory`. */
export function describeFsError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code === "ENOENT") return "no such file or directory";
  if (code === "EACCES" || code === "EPERM") return "permission denied";
  if (code === "EISDIR") return "is a folder";
  if (code === "ENOTDIR") return "a parent is not a folder";
  return error instanceof Error ? error.message : String(error);
}
