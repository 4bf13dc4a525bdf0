/**
 * The subcommands of `resim-metrics`, in the order `--help` lists them.
 *
 * Each module registers its options and help eagerly but imports the code
 * that does the work inside its action, so `--help`, `--version` and `run`
 * evaluate only what they use. Every command, new ones included, follows
 * the same pattern, which is what keeps each command's start-up its own:
 *
 * - the module (`<name>.ts` here) imports at its top only commander, the
 *   shared options of `./_shared.ts` and types (`import type`);
 * - its action starts with `const { work } = await import("../<name>_command.ts")`
 *   (or the folder doing the work), which the binary's bundle turns into a
 *   module initialised on first use;
 * - its `register<Name>` is added to `commands` below, under the command's name.
 *
 * A top-level import of the work would be evaluated by every command,
 * `--version` included; test/cli/lazy_loading.test.ts checks what each
 * command loads (source modules and built-ins such as node:crypto).
 * @module
 */

import type { RegisterCommand } from "./_types.ts";
import { registerCompletion } from "./completion.ts";
import { registerConfig } from "./config.ts";
import { registerEval } from "./eval.ts";
import { registerFetch } from "./fetch.ts";
import { registerInit } from "./init.ts";
import { registerInspect } from "./inspect.ts";
import { registerMode } from "./mode.ts";
import { registerPreview } from "./preview.ts";
import { registerRun } from "./run.ts";
import { registerTypes } from "./types.ts";
import { registerValidate } from "./validate.ts";

/** Every subcommand by name, registered on the program in this order. */
export const commands: ReadonlyMap<string, RegisterCommand> = new Map([
  ["run", registerRun],
  ["mode", registerMode],
  ["inspect", registerInspect],
  ["validate", registerValidate],
  ["config", registerConfig],
  ["fetch", registerFetch],
  ["preview", registerPreview],
  ["eval", registerEval],
  ["init", registerInit],
  ["types", registerTypes],
  ["completion", registerCompletion],
]);
