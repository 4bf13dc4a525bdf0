/**
 * The Plotly library's source, inlined in every preview page: from the
 * single binary's `plotly.min.js.br` asset (brotli-compressed) when running
 * as one, otherwise from the `plotly.js-dist-min` package.
 * @module
 */

import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { embeddedText } from "../files/index.ts";

/** The name of the single binary's asset holding brotli-compressed `plotly.min.js`. */
export const plotlyAssetName = "plotly.min.js.br";

/** Plotly could not be loaded. */
export class PlotlyUnavailableError extends Error {
  override name = "PlotlyUnavailableError";
}

let cached: Promise<string> | undefined;

/** Plotly's minified source (read once per process). */
export function plotlySource(): Promise<string> {
  cached ??= loadPlotly();
  return cached;
}

async function loadPlotly(): Promise<string> {
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
  return readFile(path, "utf8");
}
