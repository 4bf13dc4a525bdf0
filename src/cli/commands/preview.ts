/**
 * `resim-metrics preview FILE|DIR`: writes a self-contained HTML page that
 * shows a metrics file as the ReSim app would, or serves it with
 * `--serve`, re-rendering when the file changes.
 * @module
 */

import { InvalidArgumentError, Option } from "@commander-js/extra-typings";
import type { RegisterCommand } from "./_types.ts";

function parsePort(value: string): number {
  const port = Number(value);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new InvalidArgumentError("must be a whole number from 0 to 65535");
  return port;
}

/** Registers `preview`. */
export const registerPreview: RegisterCommand = (program) => {
  program
    .command("preview")
    .summary("draw a metrics file as the ReSim app would, offline")
    .description(
      "Draw a metrics file as the ReSim app would show it: one self-contained HTML page (no network needed to view it), " +
        "or a local server that re-renders when the file changes. INPUT is a metrics.binproto or a folder holding one " +
        "and the files it references (images are embedded or served).",
    )
    .argument("<input>", "metrics file, or folder holding metrics.binproto (with --config: emissions file or folder)")
    .addOption(new Option("-o, --output <file>", "where to write the page (default: beside the input, e.g. metrics.html)").conflicts("serve"))
    .option("--open", "open the page in the default browser")
    .option("--serve", "serve the page on 127.0.0.1 and re-render when the file changes (Ctrl-C stops)")
    .addOption(new Option("--port <number>", "port for --serve (default: any free port)").argParser(parsePort))
    .option("--config <file>", "a Metrics 2.0 config (repeatable): INPUT is then emissions and the page shows their evaluation, as eval --html; with --serve it is evaluated again when the config, a template or the emissions change", (value: string, previous: string[]) => [...previous, value], [] as string[])
    .option("--set <name>", "with --config: evaluate the metrics of this metrics set")
    .option("--templates <dir>", "with --config: where custom .liquid templates are")
    .action(async (input, options) => {
      const { runPreview } = await import("../preview_command.ts");
      await runPreview(input, options);
    });
};
