/**
 * Saving a batch's Metrics 2.0 emissions (`resim-metrics fetch --emissions`):
 * every job's EMISSIONS_LOG files, streamed from their presigned URLs into
 * one subfolder per job, the layout `resim-metrics eval` reads as a batch.
 *
 * ```text
 * <folder>/<jobID>/emissions.resim.jsonl
 * <folder>/<jobID>/resource_metrics.resim.jsonl
 * ```
 *
 * A log listed under a `filePath` is saved under that path inside its job's
 * folder. Jobs without emissions get no folder.
 * @module
 */

import { mkdir } from "node:fs/promises";
import { dirname, join } from "node:path";
import type { ApiClient } from "./client.ts";
import type * as Api from "./gen/customerapi.ts";
import type { FetchProgress } from "./batch.ts";
import { ApiError } from "./error.ts";
import { segment } from "./folder_layout.ts";
import type { BatchRef, JobRef } from "./source.ts";
import { writeFailure } from "../files/index.ts";
import { UnusableResponseError } from "./unusable_response_error.ts";

/** What {@link saveEmissionsLogs} wrote. */
export interface EmissionsSummary {
  /** Jobs the batch has. */
  jobs: number;
  /** Jobs that had at least one emissions log. */
  jobsWithEmissions: number;
  /** Emissions files saved. */
  logs: number;
  /** Bytes saved. */
  bytes: number;
}

/** Options of {@link saveEmissionsLogs}. */
export interface EmissionsOptions {
  signal?: AbortSignal;
  /** Called after each job. */
  onProgress?: (progress: FetchProgress) => void;
}

const subject = (ref: JobRef, log: Api.JobLog) => `emissions log "${log.fileName ?? log.logID ?? "?"}" of job "${ref.jobID}"`;

/** Where `log` goes: its job's folder, then its file path and name, each part checked. */
function relativePath(ref: JobRef, log: Api.JobLog): string {
  if (log.fileName === undefined || log.fileName === "") throw new UnusableResponseError(subject(ref, log), "the API listed it without a fileName");
  const parts = [ref.jobID, ...(log.filePath ?? "").split("/").filter((part) => part !== ""), log.fileName];
  try {
    return parts.map((part, i) => segment(part, i === 0 ? "job ID" : "log file name")).join("/");
  } catch (error) {
    throw new UnusableResponseError(subject(ref, log), (error as Error).message, { cause: error });
  }
}

/** Whether `error` is a failure of a file-system call (it has an errno code). */
const isFileSystemError = (error: unknown): error is NodeJS.ErrnoException => error instanceof Error && typeof (error as NodeJS.ErrnoException).errno === "number";

/**
 * Saves the EMISSIONS_LOG files of every job of batch `ref` into `folder`,
 * one subfolder per job named by its job ID. A presigned URL that has
 * expired is renewed by listing the job's logs once more.
 *
 * @example
 * ```ts
 * const summary = await saveEmissionsLogs(createClient({ apiURL, token }), { projectID, batchID }, "nightly");
 * // then: resim-metrics eval --config config.resim.yml nightly
 * ```
 */
export async function saveEmissionsLogs(client: ApiClient, ref: BatchRef, folder: string, options: EmissionsOptions = {}): Promise<EmissionsSummary> {
  // The first failure stops the other jobs' requests, so nothing is written after it.
  const stop = new AbortController();
  const signal = options.signal === undefined ? stop.signal : AbortSignal.any([options.signal, stop.signal]);
  const summary: EmissionsSummary = { jobs: 0, jobsWithEmissions: 0, logs: 0, bytes: 0 };
  let jobsTotal: number | undefined;

  const listLogs = async (job: JobRef): Promise<Api.JobLog[]> => {
    const logs = await client.list("listJobLogsForJob", { path: job, query: { type: ["EMISSIONS_LOG"] } }, { signal });
    return logs.filter((log) => log.logType === "EMISSIONS_LOG");
  };

  const saveLog = async (job: JobRef, log: Api.JobLog, relist: () => Promise<Api.JobLog[]>): Promise<void> => {
    const path = join(folder, relativePath(job, log));
    const download = async (record: Api.JobLog): Promise<number> => {
      const url = record.logOutputLocation;
      if (url === undefined || url === "") throw new UnusableResponseError(subject(job, record), "the API listed it without a logOutputLocation");
      try {
        await mkdir(dirname(path), { recursive: true });
        return await client.downloadFile(url, path, { action: `download ${subject(job, record)}`, signal });
      } catch (error) {
        if (isFileSystemError(error)) throw new Error(`Cannot write "${path}": ${writeFailure(error)}`, { cause: error });
        throw error;
      }
    };
    let size: number;
    try {
      size = await download(log);
    } catch (error) {
      if (!(error instanceof ApiError && error.reason === "expired-url")) throw error;
      const renewed = (await relist()).find((fresh) => fresh.logID === log.logID);
      if (renewed === undefined) throw error;
      size = await download(renewed);
    }
    summary.logs++;
    summary.bytes += size;
  };

  const saveJob = async (job: Api.Job): Promise<void> => {
    if (job.jobID === undefined) throw new UnusableResponseError(`a job of batch "${ref.batchID}"`, "the API listed it without a jobID");
    const jobRef: JobRef = { ...ref, jobID: job.jobID };
    const logs = await listLogs(jobRef);
    const paths = logs.map((log) => relativePath(jobRef, log));
    const twice = paths.find((path, i) => paths.indexOf(path) !== i);
    if (twice !== undefined) throw new UnusableResponseError(`the emissions logs of job "${jobRef.jobID}"`, `two of them would be saved as "${twice}"`);
    let relisted: Promise<Api.JobLog[]> | undefined;
    const relist = () => (relisted ??= listLogs(jobRef));
    await Promise.all(logs.map((log) => saveLog(jobRef, log, relist)));
    summary.jobs++;
    if (logs.length > 0) summary.jobsWithEmissions++;
    options.onProgress?.({ jobsDone: summary.jobs, jobsTotal, bytes: summary.bytes });
  };

  try {
    for await (const page of client.pages("listJobs", { path: ref }, { signal })) {
      jobsTotal ??= page.total;
      await Promise.all((page.jobs ?? []).map(saveJob));
    }
  } catch (error) {
    stop.abort(error);
    throw error;
  }
  return summary;
}
