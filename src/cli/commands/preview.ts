/**
 * `resim-metrics preview FILE|DIR`: writes a self-contained HTML page that
 * shows a metrics file as the ReSim app would, or serves it with
 * `--serve`, re-rendering when the file changes.
 * @module
 */

import { Option } from "@commander-js/extra-typings";
import { relative } from "node:path";
import { cwd, stderr, stdout } from "node:process";
import { pathToFileURL } from "node:url";
import { CliError, ExitCode } from "../errors.ts";
import type { RegisterCommand } from "./_types.ts";

function parsePort(value: string): number {
  const port = Number(value);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new CliError(`Invalid port "${value}": expected a whole number from 0 to 65535`);
  return port;
}

/** A path as the user would type it: relative when under the working directory. */
function shown(path: string): string {
  const near = relative(cwd(), path);
  return near !== "" && !near.startsWith("..") ? near : path;
}

/** `18 metrics, 2 events, 3 warnings`: what a page holds and how much is wrong. */
function pageSummary(model: import("../../preview/index.ts").PreviewModel): string {
  const errors = model.problems.filter((p) => p.severity === "error").length;
  const warnings = model.problems.length - errors;
  const parts = [`${model.metrics.length + model.hiddenMetrics.length} metrics`, `${model.events.length} events`];
  if (errors > 0) parts.push(`${errors} validation error${errors === 1 ? "" : "s"}`);
  if (warnings > 0) parts.push(`${warnings} warning${warnings === 1 ? "" : "s"}`);
  return parts.join(", ");
}

async function open(target: string): Promise<void> {
  const { openInBrowser } = await import("../open_in_browser.ts");
  const result = await openInBrowser(target);
  if (result.opened) stdout.write(`Opened it with ${result.opener}\n`);
  else stderr.write(`resim-metrics: Cannot open a browser: ${result.reason}; open ${target} yourself\n`);
}

/** Waits for Ctrl-C (SIGINT) or SIGTERM. */
function untilInterrupted(): Promise<void> {
  return new Promise((resolve) => {
    const stop = () => {
      process.off("SIGINT", stop);
      process.off("SIGTERM", stop);
      resolve();
    };
    process.on("SIGINT", stop);
    process.on("SIGTERM", stop);
  });
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
    .argument("<input>", "metrics file, or folder holding metrics.binproto")
    .addOption(new Option("-o, --output <file>", "where to write the page (default: beside the input, e.g. metrics.html)").conflicts("serve"))
    .option("--open", "open the page in the default browser")
    .option("--serve", "serve the page on 127.0.0.1 and re-render when the file changes (Ctrl-C stops)")
    .addOption(new Option("--port <number>", "port for --serve (default: any free port)").argParser(parsePort))
    .action(async (input, options) => {
      const preview = await import("../../preview/index.ts");
      try {
        if (options.serve) {
          const server = await preview.servePreview(input, {
            ...(options.port === undefined ? {} : { port: options.port }),
            onUpdate: (update) => {
              if ("preview" in update) stdout.write(`Updated: ${pageSummary(update.preview.model)}\n`);
              else stderr.write(`resim-metrics: ${update.error.message}\n`);
            },
          });
          stdout.write(`Serving ${shown(input)} at ${server.url} (Ctrl-C to stop)\n`);
          if (options.open) await open(server.url);
          await untilInterrupted();
          await server.close();
          stdout.write("Stopped\n");
          return;
        }
        const written = await preview.writePreviewPage(input, options.output === undefined ? {} : { output: options.output });
        stdout.write(`Wrote ${shown(written.path)}: ${pageSummary(written.model)}\n`);
        if (options.open) await open(pathToFileURL(written.path).href);
      } catch (error) {
        if (error instanceof preview.PreviewFileError) throw new CliError(error.message, ExitCode.Usage, { cause: error });
        if (error instanceof preview.PlotlyUnavailableError) throw new CliError(error.message, ExitCode.Failure, { cause: error });
        throw error;
      }
    });
};
