/**
 * The `validate` subcommand: options and help; the work is imported when it runs.
 * @module
 */

import type { RegisterCommand } from "./_types.ts";
import { configFilesOption, debugRequested, jsonOption, prettyOption } from "./_shared.ts";

/** Registers `validate FILE...`. */
export const registerValidate: RegisterCommand = (program) => {
  program
    .command("validate")
    .summary("check metrics files and emissions files against ReSim's rules")
    .description(
      "Check each metrics.binproto (JobMetrics) against every rule ReSim applies before accepting it, with the same " +
        "verdict as ReSim's own validator. All violations are reported, each with its rule id, field path and the " +
        "metric, data or event involved; warnings flag what ReSim accepts but is probably a mistake.\n\n" +
        "Emissions files (.jsonl, or any file with --config) are checked line by line against the config's topics: " +
        "JSON, $metadata, known topic, fields and their types, events on event topics.",
    )
    .argument("<files...>", "the files to check; - reads standard input")
    .addOption(configFilesOption("check emissions against this metrics config (repeat for several files; default: the project's config if any)"))
    .addOption(jsonOption("a report of every file"))
    .addOption(prettyOption())
    .addHelpText(
      "after",
      `
Exit codes:
  0  every file is valid (warnings allowed)
  1  a file is invalid
  2  a file cannot be read or is not a JobMetrics

Examples:
  $ resim-metrics validate /tmp/resim/outputs/metrics.binproto
  $ resim-metrics validate --json runs/*/metrics.binproto
  $ resim-metrics validate --config .resim/metrics/config.resim.yml /tmp/resim/outputs/emissions.resim.jsonl`,
    )
    .action(async (files, { config, ...options }, command) => {
      const debug = debugRequested(command);
      if (config !== undefined || files.every((file) => file.endsWith(".jsonl"))) {
        const { validateEmissions } = await import("../validate_emissions/index.ts");
        await validateEmissions(files, { ...options, ...(config === undefined ? {} : { config }), debug });
        return;
      }
      const { validate } = await import("../validate/index.ts");
      await validate(files, { ...options, debug });
    });
};
