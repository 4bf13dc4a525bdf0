/**
 * `resim-metrics run <script>`: runs a metrics script in the mode the inputs
 * folder selects and writes `metrics.binproto` to the outputs folder.
 * @module
 */

import type { RegisterCommand } from "./_types.ts";
import { inputsOption, modeOption, outputsOption } from "./_shared.ts";
import { debugEnabled } from "../errors.ts";

/** Registers `run`. */
export const registerRun: RegisterCommand = (program) => {
  program
    .command("run")
    .description("run a metrics script (.ts, .mts, .js, .mjs) and write metrics.binproto")
    .argument("<script>", "the metrics script")
    .addOption(inputsOption())
    .addOption(outputsOption())
    .addOption(modeOption())
    .action(async (script, options, command) => {
      const { runScriptCommand } = await import("../run_script.ts");
      // --debug is the program's option, which the subcommand's typed options do not include.
      const { debug } = command.optsWithGlobals() as { debug?: boolean };
      await runScriptCommand(script, { ...options, debug: debugEnabled(debug) });
    });
};
