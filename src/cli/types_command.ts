/**
 * `resim-metrics types`: the module's declarations, and with `--config` the
 * emission topics of a metrics config merged into them.
 * @module
 */

import process from "node:process";
import { formatConfigProblem, topicBlockers } from "../config/index.ts";
import { topicDeclarations } from "../emissions/index.ts";
import { countOf } from "../text/index.ts";
import { loadConfigForCli } from "./config/load.ts";
import { loadDeclarations } from "./declarations.ts";
import { CliError, ExitCode } from "./errors.ts";

/** Options of `types`. */
export interface TypesOptions {
  readonly config?: readonly string[];
  readonly topicsOnly?: true;
}

/** Prints the declarations (and the topics of `options.config`). */
export async function printTypes(options: TypesOptions): Promise<void> {
  if (options.config === undefined) {
    if (options.topicsOnly) throw new CliError("--topics-only needs --config <file>: the config whose topics to declare", ExitCode.Usage);
    process.stdout.write(await loadDeclarations());
    return;
  }
  const merged = loadConfigForCli(options.config);
  const blockers = topicBlockers(merged);
  if (blockers.length > 0) {
    const more = blockers.length > 1 ? ` (and ${countOf(blockers.length - 1, "more problem")}; run config check)` : "";
    throw new CliError(`Cannot declare the topics: ${formatConfigProblem(blockers[0]!)}${more}`, ExitCode.Failure);
  }
  const source = merged.files.map((file) => file.file).join(" + ");
  const topics = topicDeclarations(merged.config.topics, source, options.topicsOnly ? "package" : "bundled");
  process.stdout.write(options.topicsOnly ? topics : `${await loadDeclarations()}\n${topics}`);
}
