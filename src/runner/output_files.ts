/**
 * The run's output files: creating the outputs folder, and replacing
 * `metrics.binproto` atomically, with one-line errors naming the path.
 * @module
 */

import { mkdir } from "node:fs/promises";
import { writeFailure, writeFileAtomic } from "../files/index.ts";
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
    await mkdir(path, { recursive: true });
  } catch (error) {
    throw new OutputError(`Cannot create folder "${path}": ${writeFailure(error)}`, path, { cause: error });
  }
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
