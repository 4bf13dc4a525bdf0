/**
 * `resim-metrics mode`: prints the mode the inputs folder selects and what
 * the run would use (folders, config with the token redacted), to debug a
 * metrics build without running it.
 * @module
 */

import type { RegisterCommand } from "./_types.ts";
import { inputsOption, jsonOption, modeOption, outputsOption } from "./_shared.ts";

/** Registers `mode`. */
export const registerMode: RegisterCommand = (program) => {
  program
    .command("mode")
    .description("print the detected mode and its inputs (tokens redacted)")
    .addOption(inputsOption())
    .addOption(outputsOption())
    .addOption(modeOption())
    .addOption(jsonOption("the mode and its inputs"))
    .action(async (options) => {
      const [{ resolveFolders, selectMode }, { renderModeJson, renderModeText }, { inputFailure }] = await Promise.all([
        import("../../modes/index.ts"),
        import("../mode_report.ts"),
        import("../input_failure.ts"),
      ]);
      const folders = resolveFolders(options, process.env);
      const selected = await selectMode(folders.inputsDir, options.mode).catch(inputFailure);
      process.stdout.write(options.json ? renderModeJson(selected, folders) : renderModeText(selected, folders, process.stdout));
    });
};
