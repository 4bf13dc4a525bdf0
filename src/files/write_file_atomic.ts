/**
 * Replacing a file atomically. The content goes to a temporary file in the
 * same folder, is flushed to disk, and the temporary file is renamed over
 * the target, so readers (and the platform, after a crash or a kill) see
 * either the old file or the complete new one, never a partial file. The
 * folder itself is not fsynced: that would make the rename durable, not
 * atomic, and costs a start-up's millisecond for nothing the platform needs.
 * @module
 */

import { open, rename, rm } from "node:fs/promises";
import { basename, dirname, join } from "node:path";
import { osRandomBytes } from "./os_random.ts";

/**
 * Replaces `path` with `content` atomically (temporary file, fsync, rename).
 * On failure the temporary file is removed and the file-system error is
 * rethrown as it is, for the caller to word with `writeFailure`.
 */
export async function writeFileAtomic(path: string, content: Uint8Array | string): Promise<void> {
  const temporary = join(dirname(path), `.${basename(path)}.${Buffer.from(osRandomBytes(6)).toString("hex")}.tmp`);
  try {
    const file = await open(temporary, "wx", 0o644);
    try {
      await file.writeFile(content);
      await file.sync();
    } finally {
      await file.close();
    }
    await rename(temporary, path);
  } catch (error) {
    await rm(temporary, { force: true }).catch(() => undefined);
    throw error;
  }
}
