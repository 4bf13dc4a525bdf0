/**
 * `resim-metrics completion bash|zsh|fish`: prints the shell's completion
 * script for every command and option of the program.
 * @module
 */

import { Argument } from "@commander-js/extra-typings";
import type { RegisterCommand } from "./_types.ts";

/** Registers `completion`. */
export const registerCompletion: RegisterCommand = (program) => {
  program
    .command("completion")
    .description("print the shell completion script (bash: source <(resim-metrics completion bash))")
    .addArgument(new Argument("<shell>", "the shell: bash, zsh or fish").choices(["bash", "zsh", "fish"]))
    .action(async (shell) => {
      const { completionScript } = await import("../completion/index.ts");
      process.stdout.write(completionScript(shell, program));
    });
};
