/**
 * The `config` subcommand group (`config check`, `config merge`) for
 * Metrics 2.0 configs: options and help; the work is imported when it runs.
 * @module
 */

import { Option } from "@commander-js/extra-typings";
import { DEFAULT_CONFIG_PATH, DEFAULT_TEMPLATES_DIR } from "../../config/paths.ts";
import type { RegisterCommand } from "./_types.ts";
import { jsonOption, prettyOption } from "./_shared.ts";

/** Registers `config check [FILE...]` and `config merge FILE...`. */
export const registerConfig: RegisterCommand = (program) => {
  const config = program.command("config").summary("check and merge Metrics 2.0 configs (config.resim.yml)").description(
    "Metrics 2.0 configs (.resim/metrics/config.resim.yml): topics with typed schemas, SQL metrics, templates, metrics sets " +
      "and dashboards. Several files merge as `resim metrics sync` merges them.",
  );
  config
    .command("check")
    .summary("list every problem of a metrics config")
    .description(
      "Check a Metrics 2.0 config: YAML, version, topic schemas, event topics, metrics (type, query_string, template, " +
        "template_file, status), metrics sets and dashboards naming what exists, and the merge of several files. " +
        "Every problem is listed as file:line:column.",
    )
    .argument("[files...]", `config files, merged in order (default: ${DEFAULT_CONFIG_PATH}, or .yaml)`)
    .addOption(new Option("--templates <dir>", `folder of custom .liquid templates (default: templates beside the first file, i.e. ${DEFAULT_TEMPLATES_DIR})`))
    .addOption(jsonOption("the problems"))
    .addOption(prettyOption())
    .addHelpText(
      "after",
      `
Exit codes:
  0  no errors (warnings allowed)
  1  the config has errors
  2  a file cannot be read

Examples:
  $ resim-metrics config check
  $ resim-metrics config check base.resim.yml extra.resim.yml --json`,
    )
    .action(async (files, options) => {
      const { configCheck } = await import("../config/index.ts");
      configCheck(files, options);
    });
  config
    .command("merge")
    .summary("print the merged config sync would upload")
    .description("Merge config files as sync does (each file's global settings applied, names unique across files) and print the YAML.")
    .argument("<files...>", "config files, merged in order")
    .addHelpText(
      "after",
      `
Exit codes: 0 merged, 1 the files conflict or have errors (listed on stderr), 2 a file cannot be read.

Example:
  $ resim-metrics config merge base.resim.yml extra.resim.yml > merged.resim.yml`,
    )
    .action(async (files) => {
      const { configMerge } = await import("../config/index.ts");
      configMerge(files);
    });
};
