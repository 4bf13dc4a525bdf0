/**
 * A folder saved by `resim-metrics fetch` as a {@link MetricsSource}, so
 * batch and report mode replay without network. See `folder_layout.ts` for the
 * layout.
 * @module
 */

import { join } from "node:path";
import { readFailure, readFile } from "../files/index.ts";
import type * as Api from "./gen/customerapi.ts";
import { folderFormat, layout, type FolderManifest } from "./folder_layout.ts";
import { requireDataID, requireMetricID } from "./_subjects.ts";
import type { MetricsSource } from "./source.ts";

/** A fetched folder is missing a file or holds something unreadable. */
export class FolderError extends Error {
  override name = "FolderError";
  /** The folder. */
  readonly folder: string;
  /** The file, relative to the folder. */
  readonly file: string;

  constructor(folder: string, file: string, detail: string, options?: ErrorOptions) {
    super(`Cannot replay from "${folder}": ${detail}`, options);
    this.folder = folder;
    this.file = file;
  }
}

async function readBytes(folder: string, file: string): Promise<Uint8Array> {
  try {
    return await readFile(join(folder, file));
  } catch (error) {
    const missing = (error as NodeJS.ErrnoException).code === "ENOENT";
    const detail = missing ? `"${file}" is missing; fetch the batch or report again` : `cannot read "${file}": ${readFailure(error)}`;
    throw new FolderError(folder, file, detail, { cause: error });
  }
}

async function readJson<T>(folder: string, file: string): Promise<T> {
  const text = new TextDecoder().decode(await readBytes(folder, file));
  try {
    return JSON.parse(text) as T;
  } catch (error) {
    throw new FolderError(folder, file, `"${file}" is not valid JSON: ${(error as Error).message}`, { cause: error });
  }
}

/** What the folder holds, from its manifest. */
export async function readManifest(folder: string): Promise<FolderManifest> {
  let manifest: FolderManifest;
  try {
    manifest = await readJson<FolderManifest>(folder, layout.manifest);
  } catch (error) {
    if (error instanceof FolderError && (error.cause as NodeJS.ErrnoException | undefined)?.code === "ENOENT") {
      throw new FolderError(folder, layout.manifest, `"${layout.manifest}" is missing: the folder is not a finished fetch`, { cause: error });
    }
    throw error;
  }
  if (manifest.format !== folderFormat) {
    throw new FolderError(folder, layout.manifest, `unknown format "${String(manifest.format)}" (expected "${folderFormat}")`);
  }
  return manifest;
}

/** Reads batches and reports from `folder`. */
export function folderSource(folder: string): MetricsSource {
  return {
    origin: folder,
    getBatch: (ref) => readJson(folder, layout.batch(ref)),
    async *listJobs(ref) {
      const { jobs = [], total } = await readJson<Api.ListJobsOutput>(folder, layout.jobs(ref));
      yield { jobs, total };
    },
    listJobMetrics: async (ref) => (await readJson<Api.ListJobMetricsOutput>(folder, layout.jobMetrics(ref))).metrics ?? [],
    listJobMetricsData: async (ref) => (await readJson<Api.ListJobMetricsDataOutput>(folder, layout.jobMetricsData(ref))).metricsData ?? [],
    listJobEvents: async (ref) => (await readJson<Api.ListJobEventsOutput>(folder, layout.jobEvents(ref))).events ?? [],
    readMetric: async (ref, metric) => readBytes(folder, layout.metricBody(ref, requireMetricID(ref, metric))),
    readMetricsData: async (ref, data) => readBytes(folder, layout.metricsDataBody(ref, requireDataID(ref, data))),
    getReport: (ref) => readJson(folder, layout.report(ref)),
    listBatches: async (projectID, search) => {
      const file = layout.batches(projectID);
      const saved = await readJson<Api.ListBatchesOutput & { search?: string }>(folder, file);
      if (saved.search !== search) throw new FolderError(folder, file, `"${file}" holds the batches of search '${saved.search}', not of '${search}'`);
      return saved.batches ?? [];
    },
    listBatchMetrics: async (ref) => (await readJson<Api.ListBatchMetricsOutput>(folder, layout.batchMetrics(ref))).batchMetrics ?? [],
    getBuild: (projectID, buildID) => readJson(folder, layout.build(projectID, buildID)),
  };
}
