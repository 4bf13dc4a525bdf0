/**
 * Reading input files (configs, experience and log files) with errors that
 * say which file failed and why, in one line.
 * @module
 */

import { readFailure, readFile } from "../files/index.ts";
import { InputError } from "./input_error.ts";

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

/** The bytes of `path`; throws {@link InputError} (`Cannot read "…": no such file or directory`). */
export async function readInputBytes(path: string): Promise<Uint8Array> {
  try {
    return await readFile(path);
  } catch (error) {
    throw new InputError(`Cannot read "${path}": ${readFailure(error)}`, path, { cause: error });
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
