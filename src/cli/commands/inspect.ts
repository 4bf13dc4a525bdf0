/**
 * The `inspect` subcommand: options and help; the work is imported when it runs.
 * @module
 */

import type { RegisterCommand } from "./_types.ts";
import { jsonOption, prettyOption, typeOption } from "./_shared.ts";

/** Registers `inspect FILE|-`. */
export const registerInspect: RegisterCommand = (program) => {
  program
    .command("inspect")
    .summary("show what a metrics file holds")
    .description(
      "Show the job, metrics, metrics data and events of a metrics protobuf: a metrics.binproto (JobMetrics), " +
        "or a single Metric or MetricsData as the ReSim API serves them. The type is detected unless --type is given.",
    )
    .argument("<file>", "the file to read, or - for standard input")
    .addOption(typeOption())
    .addOption(jsonOption("the message in the canonical proto3 JSON mapping"))
    .addOption(prettyOption())
    .addHelpText(
      "after",
      `
Examples:
  $ resim-metrics inspect /tmp/resim/outputs/metrics.binproto
  $ resim-metrics inspect --json --pretty metrics.binproto
  $ curl -s "$METRIC_URL" | resim-metrics inspect --type Metric -`,
    )
    .action(async (file, options) => {
      const { inspect } = await import("../inspect/index.ts");
      await inspect(file, options);
    });
};
