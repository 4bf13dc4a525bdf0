/**
 * File-system errors in the words messages use.
 * @module
 */

/** A file-system error in words, e.g. `no such file or directory`. */
export function describeFsError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code === "ENOENT") return "no such file or directory";
  if (code === "EACCES" || code === "EPERM") return "permission denied";
  if (code === "EISDIR") return "is a folder";
  if (code === "ENOTDIR") return "a parent is not a folder";
  return error instanceof Error ? error.message : String(error);
}
