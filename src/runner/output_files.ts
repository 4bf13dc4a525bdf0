/**
 * The run's output files: creating the outputs folder, clearing what runs
 * ended while writing left in it, and replacing `metrics.binproto`
 * atomically, with one-line errors naming the path.
 * @module
 */

import { mkdirRecursive, removeStaleTemporaries, writeFailure, writeFileAtomic } from "../files/index.ts";
import { metricsFileName } from "../sdk/index.ts";
import { PathError } from "./_path_error.ts";

/** An output file or folder could not be written; `path` is the one. */
export class OutputError extends PathError {
  override name = "OutputError";
}

/**
 * Creates the folder `path` and its parents if missing.
 * @throws {OutputError} `Cannot create folder "<path>": <reason>`
 */
export async function createOutputFolder(path: string): Promise<void> {
  try {
    await mkdirRecursive(path);
  } catch (error) {
    throw new OutputError(`Cannot create folder "${path}": ${writeFailure(error)}`, path, { cause: error });
  }
}

/**
 * Removes the temporary files of `metrics.binproto` that runs killed while
 * writing it left in the outputs folder `dir` (the platform uploads every
 * file there), and returns their names. Those of runs still writing stay.
 *
 * @example
 * ```ts
 * for (const name of await removeInterruptedWrites(outputsDir)) log.info(`Removed "${name}"`);
 * ```
 */
export async function removeInterruptedWrites(dir: string): Promise<string[]> {
  return removeStaleTemporaries(dir, metricsFileName);
}

/**
 * Replaces `path` with `bytes` atomically: readers see the old file or the whole new one.
 * @throws {OutputError} `Cannot write "<path>": <reason>`; no temporary file is left behind.
 */
export async function writeOutputFile(path: string, bytes: Uint8Array): Promise<void> {
  try {
    await writeFileAtomic(path, bytes);
  } catch (error) {
    throw new OutputError(`Cannot write "${path}": ${writeFailure(error)}`, path, { cause: error });
  }
}
