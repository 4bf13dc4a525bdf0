/**
 * `resim-metrics types`: prints the type declarations of the `resim-metrics`
 * module, for editors with no node_modules; with `--config`, also the
 * config's emission topics, so emissions are type-checked.
 * @module
 */

import { Option } from "@commander-js/extra-typings";
import type { RegisterCommand } from "./_types.ts";
import { configFilesOption } from "./_shared.ts";

/** Registers `types`. */
export const registerTypes: RegisterCommand = (program) => {
  program
    .command("types")
    .description("print the TypeScript declarations of the resim-metrics module (save as resim-metrics.d.ts)")
    .addOption(configFilesOption("also declare the emission topics of this metrics config (repeat for several files)"))
    .addOption(new Option("--topics-only", "with --config: print only the topics, as a .d.ts for projects that install resim-metrics"))
    .addHelpText(
      "after",
      `
Examples:
  $ resim-metrics types > resim-metrics.d.ts
  $ resim-metrics types --config .resim/metrics/config.resim.yml > resim-metrics.d.ts
  $ resim-metrics types --config .resim/metrics/config.resim.yml --topics-only > emission_topics.d.ts`,
    )
    .action(async (options) => {
      const { printTypes } = await import("../types_command.ts");
      await printTypes(options);
    });
};
