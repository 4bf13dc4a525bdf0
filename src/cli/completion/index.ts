/**
 * Shell completion for `resim-metrics completion bash|zsh|fish`: scripts
 * generated from the commander program, so every command and option
 * completes as soon as it is registered.
 * @module
 */

import type { CommandUnknownOpts } from "@commander-js/extra-typings";
import { bashScript } from "./bash.ts";
import { fishScript } from "./fish.ts";
import { describeProgram } from "./spec.ts";
import { zshScript } from "./zsh.ts";

export { describeProgram, optionNames, type ArgumentSpec, type CommandSpec, type OptionSpec, type ProgramSpec, type ValueKind } from "./spec.ts";

/** The shells a completion script is written for. */
export const shells = ["bash", "zsh", "fish"] as const;

/** A shell from {@link shells}. */
export type Shell = (typeof shells)[number];

/**
 * The completion script of `program` for `shell`.
 *
 * @example
 * process.stdout.write(completionScript("bash", program)); // source <(resim-metrics completion bash)
 */
export function completionScript(shell: Shell, program: CommandUnknownOpts): string {
  const spec = describeProgram(program);
  switch (shell) {
    case "bash":
      return bashScript(spec);
    case "zsh":
      return zshScript(spec);
    case "fish":
      return fishScript(spec);
  }
}
