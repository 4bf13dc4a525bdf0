/**
 * The three stages joined: read a metrics file, build its view model,
 * render the page; and writing that page to disk.
 * @module
 */

import { basename, dirname, extname, join, resolve } from "node:path";
import { writeFailure, writeFileAtomic } from "../files/index.ts";
import { PreviewFileError } from "./preview_file_error.ts";
import { buildPreviewModel, type PreviewModel } from "./model/index.ts";
import { plotlySource } from "./plotly_source.ts";
import { readPreviewSource, type FileDelivery } from "./read_preview_source.ts";
import { renderPreviewPage } from "./render/index.ts";

/** How to build a preview page. */
export interface BuildPreviewOptions {
  /** How external files reach the page; embedded by default. */
  files?: FileDelivery;
  /** Server-sent-events URL that reloads the page on `change` (preview server only). */
  liveReloadUrl?: string;
}

/** A rendered preview page and what it was made from. */
export interface Preview {
  /** Absolute path of the metrics file. */
  metricsPath: string;
  model: PreviewModel;
  html: string;
  /** URL path (decoded) → absolute file path of the files the page links (`link` delivery). */
  servedFiles: Map<string, string>;
}

/**
 * Reads `input` (a metrics file, or a folder holding `metrics.binproto`) and
 * renders its preview page.
 *
 * @throws {PreviewFileError} when the input is missing, unreadable or not a JobMetrics
 */
export async function buildPreview(input: string, options: BuildPreviewOptions = {}): Promise<Preview> {
  const data = await readPreviewSource(input, options.files ?? { mode: "embed" });
  const model = buildPreviewModel(data.source);
  const pageOptions = options.liveReloadUrl === undefined ? { plotly: plotlySource } : { plotly: plotlySource, liveReloadUrl: options.liveReloadUrl };
  return { metricsPath: data.metricsPath, model, html: renderPreviewPage(model, pageOptions), servedFiles: data.servedFiles };
}

/** Where a preview page goes by default: beside the metrics file, named after it (`metrics.binproto` → `metrics.html`). */
export function defaultPreviewPath(metricsPath: string): string {
  const name = basename(metricsPath, extname(metricsPath));
  return join(dirname(metricsPath), `${name}.html`);
}

/** Options of {@link writePreview}. */
export interface WritePreviewOptions {
  /** Where to write the page; beside the metrics file by default. */
  output?: string;
}

/**
 * Writes the self-contained preview page of `input` (a metrics file, or a
 * folder such as the outputs folder holding `metrics.binproto`) and returns
 * the page's absolute path and its model (for callers that report its
 * problems). The page replaces any previous one atomically.
 *
 * @throws {PreviewFileError} when the input is missing, unreadable or not a JobMetrics, or the page cannot be written
 */
export async function writePreview(input: string, options: WritePreviewOptions = {}): Promise<{ path: string; model: PreviewModel }> {
  const preview = await buildPreview(input);
  const path = resolve(options.output ?? defaultPreviewPath(preview.metricsPath));
  try {
    await writeFileAtomic(path, preview.html);
  } catch (cause) {
    throw new PreviewFileError(`Cannot write "${path}": ${writeFailure(cause)}`, path, { cause });
  }
  return { path, model: preview.model };
}
