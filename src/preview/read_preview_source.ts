/**
 * The preview's data stage: finds the metrics file (a file, or a folder
 * holding `metrics.binproto`), decodes it, and reads the external files it
 * references, either embedded as data URLs or linked for a preview server.
 * @module
 */

import { readFile, stat } from "node:fs/promises";
import { basename, dirname, extname, isAbsolute, join, relative, resolve, sep } from "node:path";
import { decodeJobMetricsFile, DecodeError, type JobMetrics, NotJobMetricsError, NotMetricsError } from "../proto/index.ts";
import { readFailure } from "../files/index.ts";
import { metricsFileName } from "../sdk/output_layout.ts";
import { PreviewFileError } from "./preview_file_error.ts";
import type { PreviewSource, ResolvedFile } from "./model/index.ts";

/** How external files reach the page. */
export type FileDelivery =
  /** Read and embedded as data URLs: the page stands alone. */
  | { mode: "embed" }
  /** Linked as `<prefix><path, URL-encoded>`; a server maps those URL paths back through `PreviewData.servedFiles`. */
  | { mode: "link"; prefix: string };

/** A metrics file read for preview. */
export interface PreviewData {
  source: PreviewSource;
  /** Absolute path of the metrics file. */
  metricsPath: string;
  /** For `link` delivery: URL path (decoded) → absolute file path, for every file the page links. */
  servedFiles: Map<string, string>;
}

const imageTypes: Readonly<Record<string, string>> = {
  ".png": "image/png",
  ".gif": "image/gif",
  ".jpg": "image/jpeg",
  ".jpeg": "image/jpeg",
  ".webp": "image/webp",
  ".avif": "image/avif",
  ".bmp": "image/bmp",
  ".svg": "image/svg+xml",
  ".ico": "image/x-icon",
};

/** The media type of an image file, by its extension; undefined for files a browser does not show as images. */
export function imageMediaType(path: string): string | undefined {
  return imageTypes[extname(path).toLowerCase()];
}

/** Reads `input` (a metrics file, or a folder holding `metrics.binproto`) for preview. */
export async function readPreviewSource(input: string, delivery: FileDelivery): Promise<PreviewData> {
  const metricsPath = await locateMetricsFile(input);
  const name = basename(metricsPath);
  let bytes: Uint8Array;
  try {
    bytes = await readFile(metricsPath);
  } catch (cause) {
    throw new PreviewFileError(`Cannot read "${input}": ${readFailure(cause)}`, input, { cause });
  }
  const job = decodeJobMetrics(bytes, name, input);
  const folder = dirname(metricsPath);
  const files = new Map<string, ResolvedFile>();
  const servedFiles = new Map<string, string>();
  for (const data of job.metricsData) {
    if (data.data.case !== "externalFile" || files.has(data.data.value.path)) continue;
    const stored = data.data.value.path;
    files.set(stored, await resolveFile(folder, stored, delivery, servedFiles));
  }
  return { source: { title: name, job, files }, metricsPath, servedFiles };
}

async function locateMetricsFile(input: string): Promise<string> {
  const path = resolve(input);
  let isFolder: boolean;
  try {
    isFolder = (await stat(path)).isDirectory();
  } catch (cause) {
    throw new PreviewFileError(`Cannot read "${input}": ${readFailure(cause)}`, input, { cause });
  }
  if (!isFolder) return path;
  const inside = join(path, metricsFileName);
  try {
    await stat(inside);
  } catch (cause) {
    throw new PreviewFileError(`Cannot preview "${input}": the folder holds no ${metricsFileName}`, input, { cause });
  }
  return inside;
}

function decodeJobMetrics(bytes: Uint8Array, name: string, input: string): JobMetrics {
  try {
    return decodeJobMetricsFile(bytes);
  } catch (cause) {
    if (cause instanceof NotJobMetricsError) {
      throw new PreviewFileError(`Cannot preview "${name}": it holds a single ${cause.found}, not the JobMetrics a metrics build writes`, input, { cause });
    }
    if (cause instanceof NotMetricsError) throw new PreviewFileError(`Cannot preview "${name}": ${cause.message}`, input, { cause });
    if (cause instanceof DecodeError) throw new PreviewFileError(`Cannot decode "${name}": ${cause.message}`, input, { cause });
    throw cause;
  }
}

async function resolveFile(folder: string, stored: string, delivery: FileDelivery, servedFiles: Map<string, string>): Promise<ResolvedFile> {
  const path = resolve(folder, stored);
  const inside = relative(folder, path);
  if (isAbsolute(stored) || inside === "" || inside.startsWith(`..${sep}`) || inside === "..") {
    return { found: false, reason: "outside the metrics folder" };
  }
  const mediaType = imageMediaType(path);
  let bytes: number;
  try {
    const info = await stat(path);
    if (!info.isFile()) return { found: false, reason: "not a file" };
    bytes = info.size;
  } catch (cause) {
    return { found: false, reason: isNotFound(cause) ? "file not found" : `cannot read file (${readFailure(cause)})` };
  }
  if (mediaType === undefined) return { found: false, reason: "not an image format browsers show" };
  if (delivery.mode === "link") {
    const segments = inside.split(sep);
    servedFiles.set(delivery.prefix + segments.join("/"), path);
    return { found: true, src: delivery.prefix + segments.map(encodeURIComponent).join("/"), bytes };
  }
  try {
    const content = await readFile(path);
    return { found: true, src: `data:${mediaType};base64,${content.toString("base64")}`, bytes };
  } catch (cause) {
    return { found: false, reason: `cannot read file (${readFailure(cause)})` };
  }
}

function isNotFound(error: unknown): boolean {
  return (error as NodeJS.ErrnoException | undefined)?.code === "ENOENT";
}
