/**
 * Reading input files (configs, experience and log files) with errors that
 * say which file failed and why, in one line.
 * @module
 */

import { readFile } from "node:fs/promises";
import { InputError } from "./input_error.ts";

const errnoDetails: Readonly<Record<string, string>> = {
  ENOENT: "no such file",
  EACCES: "permission denied",
  EPERM: "permission denied",
  EISDIR: "it is a folder, not a file",
  ENOTDIR: "a parent of it is not a folder",
};

/** Why reading failed, in a few words: the errno's meaning when known. */
function readFailureDetail(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code !== undefined && errnoDetails[code] !== undefined) return errnoDetails[code];
  return error instanceof Error ? error.message : String(error);
}

/**
 * The parser's complaint without the excerpt of the text V8 sometimes quotes
 * (`Unexpected token ']', ..."ignature",]" is not valid JSON`): it could carry
 * part of a token.
 */
function jsonFailureDetail(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  const detail = message.replace(/, .*is not valid JSON$/s, "");
  return detail.charAt(0).toLowerCase() + detail.slice(1);
}

/** The bytes of `path`; throws {@link InputError} (`Cannot read "…": no such file`). */
export async function readInputBytes(path: string): Promise<Uint8Array> {
  try {
    return await readFile(path);
  } catch (error) {
    throw new InputError(`Cannot read "${path}": ${readFailureDetail(error)}`, path, { cause: error });
  }
}

/** The UTF-8 text of `path`; throws {@link InputError} like {@link readInputBytes}. */
export async function readInputText(path: string): Promise<string> {
  return new TextDecoder().decode(await readInputBytes(path));
}

/**
 * `text` parsed as JSON; `path` names its source in the {@link InputError}
 * thrown for bad JSON (`Cannot parse "…": unexpected end of JSON input`).
 */
export function parseInputJson(text: string, path: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new InputError(`Cannot parse "${path}": ${jsonFailureDetail(error)}`, path, { cause: error });
  }
}

/** The JSON value in `path`; throws {@link InputError} when unreadable or not JSON. */
export async function readInputJson(path: string): Promise<unknown> {
  return parseInputJson(await readInputText(path), path);
}
