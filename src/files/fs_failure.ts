/**
 * Why a file-system call failed, in the few words that follow `Cannot read
 * "<path>": ` or `Cannot write "<path>": ` in every message of the project.
 * @module
 */

/** Reasons that read the same whether the file was being read or written. */
const commonReasons: Readonly<Record<string, string>> = {
  EACCES: "permission denied",
  EPERM: "permission denied",
  ENOTDIR: "a parent of it is not a folder",
  ELOOP: "too many symbolic links",
  ENAMETOOLONG: "the name is too long",
  EMFILE: "too many open files",
};

const readReasons: Readonly<Record<string, string>> = {
  ...commonReasons,
  ENOENT: "no such file or directory",
  EISDIR: "it is a folder",
};

const writeReasons: Readonly<Record<string, string>> = {
  ...commonReasons,
  ENOENT: "its folder does not exist",
  EISDIR: "a folder of that name is in the way",
  // mkdir reports a file standing where a parent folder should be as EEXIST.
  EEXIST: "a parent of it is not a folder",
  ENOSPC: "no space left on the device",
  EROFS: "permission denied",
};

function reason(reasons: Readonly<Record<string, string>>, error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  const known = code === undefined ? undefined : reasons[code];
  return known ?? (error instanceof Error ? error.message : String(error));
}

/**
 * Why reading (or opening, or listing) a path failed, e.g. `no such file or
 * directory`; the error's own message when its code is not one of ours.
 */
export function readFailure(error: unknown): string {
  return reason(readReasons, error);
}

/** Why writing a file or creating a folder failed, e.g. `its folder does not exist`. */
export function writeFailure(error: unknown): string {
  return reason(writeReasons, error);
}
