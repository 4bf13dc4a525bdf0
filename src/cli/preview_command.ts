/**
 * The work of `resim-metrics preview`: write the page (or serve it until
 * interrupted), say what it holds, open it on request, and turn preview
 * failures into CLI errors with the right exit codes.
 * @module
 */

import { relative, resolve } from "node:path";
import { cwd, stderr, stdout } from "node:process";
import { pathToFileURL } from "node:url";
import { PlotlyUnavailableError, PreviewFileError, servePreview, writePreview, type PreviewModel } from "../preview/index.ts";
import { countOf } from "../text/index.ts";
import { CliError, ExitCode } from "./errors.ts";

/** The options `preview` parses. */
export interface PreviewCommandOptions {
  readonly output?: string | undefined;
  readonly open?: true | undefined;
  readonly serve?: true | undefined;
  readonly port?: number | undefined;
  /** Metrics 2.0 config files: INPUT is then emissions, and the page shows their evaluation. */
  readonly config?: readonly string[] | undefined;
  readonly set?: string | undefined;
  readonly templates?: string | undefined;
}

/** A path as the user would type it: relative when under the working directory. */
function shown(path: string): string {
  const near = relative(cwd(), path);
  return near !== "" && !near.startsWith("..") ? near : path;
}

/** `18 metrics, 2 events, 3 warnings`: what a page holds and how much is wrong. */
function pageSummary(model: PreviewModel): string {
  const errors = model.problems.filter((p) => p.severity === "error").length;
  const warnings = model.problems.length - errors;
  const parts = [countOf(model.metrics.length + model.hiddenMetrics.length, "metric"), countOf(model.events.length, "event")];
  if (errors > 0) parts.push(countOf(errors, "validation error"));
  if (warnings > 0) parts.push(countOf(warnings, "warning"));
  return parts.join(", ");
}

async function open(target: string): Promise<void> {
  const { openInBrowser } = await import("./open_in_browser.ts");
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

async function serve(input: string, options: PreviewCommandOptions): Promise<void> {
  const server = await servePreview(input, {
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
}

/** `--config`: the evaluation of INPUT's emissions, written as a page or served live. */
async function previewEvaluation(input: string, options: PreviewCommandOptions & { config: readonly string[] }): Promise<void> {
  const { serveEvaluation, writeEvaluationPage } = await import("./eval_command.ts");
  if (!options.serve) {
    const output = resolve(options.output ?? "eval.html");
    stdout.write(`Wrote ${shown(output)}: ${await writeEvaluationPage(input, output, options)}\n`);
    if (options.open) await open(pathToFileURL(output).href);
    return;
  }
  const server = await serveEvaluation(input, { ...options, port: options.port }, (line) => (line.startsWith("resim-metrics:") ? stderr : stdout).write(`${line}\n`));
  stdout.write(`Serving the evaluation of ${shown(input)} at ${server.url} (Ctrl-C to stop)\n`);
  if (options.open) await open(server.url);
  await untilInterrupted();
  await server.close();
  stdout.write("Stopped\n");
}

/** Writes the preview page of `input` (or serves it with `--serve`) and prints what it holds. */
export async function runPreview(input: string, options: PreviewCommandOptions): Promise<void> {
  if (options.config !== undefined && options.config.length > 0) return previewEvaluation(input, { ...options, config: options.config });
  try {
    if (options.serve) return await serve(input, options);
    const written = await writePreview(input, options.output === undefined ? {} : { output: options.output });
    stdout.write(`Wrote ${shown(written.path)}: ${pageSummary(written.model)}\n`);
    if (options.open) await open(pathToFileURL(written.path).href);
  } catch (error) {
    if (error instanceof PreviewFileError) throw new CliError(error.message, ExitCode.Usage, { cause: error });
    if (error instanceof PlotlyUnavailableError) throw new CliError(error.message, ExitCode.Failure, { cause: error });
    throw error;
  }
}
