/**
 * What batch and report mode share: a mode selected by a config file in the
 * inputs folder, read and parsed when the mode is selected.
 * @module
 */

import { join } from "node:path";
import { readInputText } from "./input_files.ts";

/** A mode selected by its config file: where the file is and what it says. */
export interface ConfigMode<Mode extends string, Config> {
  readonly mode: Mode;
  /** Absolute path of the inputs folder. */
  readonly inputsDir: string;
  /** Absolute path of the config file in the inputs folder. */
  readonly configPath: string;
  /** The parsed config. */
  readonly config: Config;
}

/** Reads `inputsDir/file` and parses it with `parse`. */
export async function loadConfigMode<Mode extends string, Config>(
  mode: Mode,
  inputsDir: string,
  file: string,
  parse: (text: string, path: string) => Config,
): Promise<ConfigMode<Mode, Config>> {
  const configPath = join(inputsDir, file);
  return { mode, inputsDir, configPath, config: parse(await readInputText(configPath), configPath) };
}
