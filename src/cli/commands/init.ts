/**
 * `resim-metrics init [dir]`: scaffolds a metrics script, a tsconfig.json,
 * the SDK's declarations (so an editor autocompletes with no node_modules)
 * and sample inputs the script runs on.
 * @module
 */

import type { RegisterCommand } from "./_types.ts";

/** Registers `init`. */
export const registerInit: RegisterCommand = (program) => {
  program
    .command("init")
    .description("create script.ts, tsconfig.json, resim-metrics.d.ts and sample inputs in a folder")
    .argument("[dir]", "the folder (created if missing)", ".")
    .option("--force", "overwrite files that exist")
    .action(async (dir, options) => {
      const { nextStep, scaffoldProject } = await import("../scaffold.ts");
      const written = await scaffoldProject(dir, { force: options.force === true });
      process.stdout.write(`${written.map((path) => `created ${path}`).join("\n")}\nnext: ${nextStep(dir)}\n`);
    });
};
