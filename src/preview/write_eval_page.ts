/**
 * Writing the `eval --html` page: the media its cards show embedded as
 * `data:` URLs (images and videos up to {@link maxEmbeddedBytes}), Plotly
 * inlined only when a card has a chart, the file written atomically.
 * @module
 */

import { readFile, stat } from "node:fs/promises";
import { extname } from "node:path";
import type { EvaluationReport } from "../evaluation/index.ts";
import { readFailure, writeFileAtomic } from "../files/index.ts";
import { plotlySource } from "./plotly_source.ts";
import { imageMediaType } from "./read_preview_source.ts";
import { evalPageHasCharts, renderEvalPage, type EmbeddedMedia } from "./render/index.ts";

/** Media larger than this are named on the page but not embedded. */
export const maxEmbeddedBytes = 64 * 1024 * 1024;

const videoTypes: Readonly<Record<string, string>> = { ".mp4": "video/mp4", ".webm": "video/webm" };

async function embed(path: string, kind: "image" | "video"): Promise<{ src: string } | { reason: string }> {
  const type = kind === "image" ? imageMediaType(path) : videoTypes[extname(path).toLowerCase()];
  if (type === undefined) return { reason: `not a${kind === "image" ? "n image" : " video"} format browsers show` };
  try {
    if ((await stat(path)).size > maxEmbeddedBytes) return { reason: "too large to embed" };
    return { src: `data:${type};base64,${(await readFile(path)).toString("base64")}` };
  } catch (error) {
    return { reason: `cannot read it (${readFailure(error)})` };
  }
}

/**
 * The page of `report`, with its media embedded; `liveReloadUrl` makes it
 * reload when a preview server says the evaluation changed.
 *
 * @example
 * ```ts
 * const html = await evalPageHtml(report, "config.resim.yml");
 * ```
 */
export async function evalPageHtml(report: EvaluationReport, title: string, liveReloadUrl?: string): Promise<string> {
  const media = new Map<string, { src: string } | { reason: string }>();
  for (const result of report.results) {
    const view = result.view;
    if (view?.kind !== "media" || view.media === "artifact") continue;
    for (const file of view.files) if (file.path !== undefined && !media.has(file.path)) media.set(file.path, await embed(file.path, view.media));
  }
  const embedded: EmbeddedMedia = media;
  const plotly = evalPageHasCharts(report) ? await plotlySource() : undefined;
  return renderEvalPage(report, { title, media: embedded, ...(plotly === undefined ? {} : { plotly }), ...(liveReloadUrl === undefined ? {} : { liveReloadUrl }) });
}

/**
 * Writes the page of `report` to `path`, atomically.
 *
 * @example
 * ```ts
 * await writeEvalPage(report, "report.html", "config.resim.yml");
 * ```
 */
export async function writeEvalPage(report: EvaluationReport, path: string, title: string): Promise<void> {
  await writeFileAtomic(path, await evalPageHtml(report, title));
}
