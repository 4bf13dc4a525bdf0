/**
 * The subcommands of `resim-metrics`, in the order `--help` lists them.
 *
 * Each module registers its options and help eagerly but imports the code
 * that does the work inside its action, so `--help`, `--version` and `run`
 * evaluate only what they use.
 * @module
 */

import type { RegisterCommand } from "./_types.ts";
import { registerCompletion } from "./completion.ts";
import { registerConfig } from "./config.ts";
import { registerFetch } from "./fetch.ts";
import { registerInit } from "./init.ts";
import { registerInspect } from "./inspect.ts";
import { registerMode } from "./mode.ts";
import { registerPreview } from "./preview.ts";
import { registerRun } from "./run.ts";
import { registerTypes } from "./types.ts";
import { registerValidate } from "./validate.ts";

/** Every subcommand, registered on the program in this order. */
export const commands: readonly RegisterCommand[] = [
  registerRun,
  registerMode,
  registerInspect,
  registerValidate,
  registerConfig,
  registerFetch,
  registerPreview,
  registerInit,
  registerTypes,
  registerCompletion,
];
