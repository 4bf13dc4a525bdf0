/**
 * The Plotly library's source, inlined in preview pages that draw charts:
 * from the single binary's `plotly.min.js.br` asset (brotli-compressed)
 * when running as one, otherwise from the `plotly.js-dist-min` package.
 * @module
 */

import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { embeddedText } from "../files/index.ts";

/** The name of the single binary's asset holding brotli-compressed `plotly.min.js`. */
export const plotlyAssetName = "plotly.min.js.br";

/** Plotly could not be loaded. */
export class PlotlyUnavailableError extends Error {
  override name = "PlotlyUnavailableError";
}

let cached: string | undefined;

/**
 * Plotly's minified source, read (and decompressed) on the first call only,
 * so pages without charts never pay for it.
 *
 * @example
 * const page = renderPreviewPage(model, { plotly: plotlySource });
 * @throws {PlotlyUnavailableError} when neither the binary's asset nor the package can be read
 */
export function plotlySource(): string {
  cached ??= loadPlotly();
  return cached;
}

function loadPlotly(): string {
  let embedded: string | undefined;
  try {
    embedded = embeddedText(plotlyAssetName);
  } catch (cause) {
    throw new PlotlyUnavailableError(`Cannot load the charting library: the binary's "${plotlyAssetName}" asset is missing or unreadable`, { cause });
  }
  if (embedded !== undefined) return embedded;
  let path: string;
  try {
    path = createRequire(import.meta.url).resolve("plotly.js-dist-min/plotly.min.js");
  } catch (cause) {
    throw new PlotlyUnavailableError('Cannot load the charting library: package "plotly.js-dist-min" is not installed (run npm ci)', { cause });
  }
  return readFileSync(path, "utf8");
}
