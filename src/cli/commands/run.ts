/**
 * `resim-metrics run <script>`: runs a metrics script in the mode the inputs
 * folder selects and writes `metrics.binproto` to the outputs folder; or,
 * with `--default-report`, the built-in default report metrics.
 * @module
 */

import { InvalidArgumentError } from "@commander-js/extra-typings";
import type { RegisterCommand } from "./_types.ts";
import { debugRequested, inputsOption, jsonOption, modeOption, outputsOption, prettyOption } from "./_shared.ts";

/** `--seed`: a whole number the seeded id generator takes (32 bits). */
function seed(text: string): number {
  const value = Number(text);
  if (!/^\d+$/.test(text) || value > 0xffffffff) throw new InvalidArgumentError("must be a whole number from 0 to 4294967295");
  return value;
}

/** Registers `run`. */
export const registerRun: RegisterCommand = (program) => {
  program
    .command("run")
    .description("run a metrics script (.ts, .mts, .js, .mjs), or the built-in default report, and write metrics.binproto")
    .argument("[script]", "the metrics script (omit with --default-report)")
    .addOption(inputsOption())
    .addOption(outputsOption())
    .addOption(modeOption())
    .option("--from <dir>", "replay batch or report mode from a folder saved by `resim-metrics fetch`, without network")
    .option("--default-report", "compute the default report metrics (report mode) instead of running a script")
    .option("--preview", "also write the preview page, metrics.html, beside metrics.binproto")
    .option("--seed <n>", "draw the job, metric, data and event ids from this seed, so the same inputs give the same bytes", seed)
    .option("-q, --quiet", "show no progress while fetching a batch")
    .addOption(jsonOption("what was written (mode, metrics file, metric count, status, preview page)"))
    .addOption(prettyOption())
    .action(async (script, options, command) => {
      const { runScriptCommand } = await import("../run_script.ts");
      await runScriptCommand(script, { ...options, debug: debugRequested(command) });
    });
};
