/**
 * Where the inputs and outputs folders are: the platform's defaults, or the
 * `--inputs` / `--outputs` flags, or the environment variables, in that order
 * of precedence (flags first).
 * @module
 */

import { resolve } from "node:path";
import { defaultOutputsDir } from "../sdk/output_layout.ts";

/** The inputs folder the ReSim platform mounts. */
export const DEFAULT_INPUTS_DIR = "/tmp/resim/inputs";
/** Environment variable overriding the inputs folder. */
export const INPUTS_DIR_ENV = "RESIM_METRICS_INPUTS";
/** Environment variable overriding the outputs folder. */
export const OUTPUTS_DIR_ENV = "RESIM_METRICS_OUTPUTS";

/** Absolute paths of the two folders a metrics build works with. */
export interface Folders {
  readonly inputsDir: string;
  readonly outputsDir: string;
}

/** Folder paths given on the command line, if any. */
export interface FolderFlags {
  readonly inputs?: string | undefined;
  readonly outputs?: string | undefined;
}

/** The folders to use: a flag wins over its environment variable, which wins over the default. */
export function resolveFolders(flags: FolderFlags, env: Readonly<Record<string, string | undefined>>): Folders {
  const pick = (flag: string | undefined, name: string, fallback: string) => resolve(flag || env[name] || fallback);
  return {
    inputsDir: pick(flags.inputs, INPUTS_DIR_ENV, DEFAULT_INPUTS_DIR),
    outputsDir: pick(flags.outputs, OUTPUTS_DIR_ENV, defaultOutputsDir),
  };
}
