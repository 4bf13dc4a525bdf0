/**
 * Output files: creating the outputs folder, and writing a file atomically.
 * The bytes go to a temporary file in the same folder, are flushed to disk,
 * and the temporary file is renamed over the target, so readers (and the
 * platform, after a crash or a kill) see either the old file or the complete
 * new one, never a partial file. The folder itself is not fsynced: that
 * would make the rename durable, not atomic, and costs a start-up's
 * millisecond for nothing the platform needs.
 * @module
 */

import { randomBytes } from "node:crypto";
import { mkdir, open, rename, rm } from "node:fs/promises";
import { basename, dirname, join } from "node:path";
import { PathError } from "./_path_error.ts";

/** An output file or folder could not be written; `path` is the one. */
export class OutputError extends PathError {
  override name = "OutputError";
}

function failureDetail(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code === "ENOENT") return "its folder does not exist";
  if (code === "EACCES" || code === "EPERM" || code === "EROFS") return "permission denied";
  if (code === "EISDIR") return "a folder of that name is in the way";
  if (code === "ENOSPC") return "no space left on the device";
  if (code === "ENOTDIR" || code === "EEXIST") return "a parent of it is not a folder";
  return error instanceof Error ? error.message : String(error);
}

/**
 * Creates the folder `path` and its parents if missing.
 * @throws {OutputError} `Cannot create folder "<path>": <reason>`
 */
export async function createOutputFolder(path: string): Promise<void> {
  try {
    await mkdir(path, { recursive: true });
  } catch (error) {
    throw new OutputError(`Cannot create folder "${path}": ${failureDetail(error)}`, path, { cause: error });
  }
}

/**
 * Replaces `path` with `bytes` atomically (temporary file, fsync, rename).
 * @throws {OutputError} `Cannot write "<path>": <reason>`; no temporary file is left behind.
 */
export async function writeFileAtomic(path: string, bytes: Uint8Array): Promise<void> {
  const folder = dirname(path);
  const temporary = join(folder, `.${basename(path)}.${randomBytes(6).toString("hex")}.tmp`);
  try {
    const file = await open(temporary, "wx", 0o644);
    try {
      await file.writeFile(bytes);
      await file.sync();
    } finally {
      await file.close();
    }
    await rename(temporary, path);
  } catch (error) {
    await rm(temporary, { force: true }).catch(() => undefined);
    throw new OutputError(`Cannot write "${path}": ${failureDetail(error)}`, path, { cause: error });
  }
}
