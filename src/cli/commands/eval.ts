/**
 * `resim-metrics eval --config FILE… INPUT…`: evaluates a Metrics 2.0
 * config on local emissions, as a CI job testing a metrics config runs it.
 * @module
 */

import type { RegisterCommand } from "./_types.ts";
import { jsonOption, prettyOption } from "./_shared.ts";

function collect(value: string, previous: string[]): string[] {
  return [...previous, value];
}

/** Registers `eval`. */
export const registerEval: RegisterCommand = (program) => {
  program
    .command("eval")
    .summary("evaluate a Metrics 2.0 config on local emissions files")
    .description(
      "Evaluate a metrics config on emissions files: each topic becomes a SQL table, test metrics run once per job over " +
        "that job's rows and batch metrics once over all, status gates decide pass, warn or block, and templates draw " +
        "the results. INPUT is an emissions file (one job) or a folder holding one job per file or subfolder (a batch).",
    )
    .argument("<inputs...>", "emissions files or folders")
    .option("--config <file>", "a metrics config file (repeat for several, merged as sync merges them; default .resim/metrics/config.resim.yml)", collect, [] as string[])
    .option("--set <name>", "evaluate the metrics of this metrics set (default: every metric)")
    .option("--templates <dir>", "where custom .liquid templates are (default: templates/ beside the first config)")
    .addOption(jsonOption("every metric's result table, status and timing"))
    .addOption(prettyOption())
    .option("--html <file>", "also write one offline page showing every metric")
    .addHelpText(
      "after",
      `
Exit codes:
  0  every metric passed, warned or has no data
  1  a metric blocks, or a query, status or template failed
  2  a config or input cannot be read or used

Examples:
  $ resim-metrics eval --config .resim/metrics/config.resim.yml runs/
  $ resim-metrics eval --config base.resim.yml --config extra.resim.yml --set "Nightly" --json run1.jsonl`,
    )
    .action(async (inputs, options) => {
      const { runEval } = await import("../eval_command.ts");
      await runEval(inputs, options);
    });
};
