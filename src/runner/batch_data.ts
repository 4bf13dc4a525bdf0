/**
 * What a batch-mode handler reads: the batch and every job's metrics,
 * unpacked into SDK objects. Nothing is requested until the handler asks,
 * and jobs stream through a bounded window, so a batch of thousands of jobs
 * needs no more memory than the handler keeps.
 * @module
 */

import type * as Api from "../api/gen/customerapi.ts";
import { streamBatchJobs } from "../api/batch.ts";
import type { ProgressReporter } from "../api/progress.ts";
import type { BatchRef, MetricsSource } from "../api/source.ts";
import { unpackJob, type UnpackedJob } from "../api/unpacked_job.ts";

/** Options of {@link BatchData.jobs} and {@link BatchData.jobMetrics}. */
export interface JobsOptions {
  /**
   * Also read each job's events (the API serves them as records, so their
   * importance is unspecified). Upstream never reads them. @default false
   */
  readonly events?: boolean;
}

/** The batch-mode members of the handler's context. */
export interface BatchData {
  /** The batch record (`getBatch`): its build, status, counts. Read once per run. */
  batch(): Promise<Api.Batch>;
  /**
   * Every job of the batch, in listing order, each with its metrics, STANDARD
   * metrics data and (on request) events unpacked by the SDK's
   * `unpackMetrics`. Image and image-list metrics are left out, as upstream
   * leaves them out: their files are never fetched. Jobs are fetched ahead
   * of the loop, up to 256 jobs within 64 MiB of bodies; leaving the loop
   * early cancels the rest. Each call reads the batch again.
   *
   * @throws {ApiError | UnusableResponseError | FolderError} from the loop when a job cannot be read; the run then fails
   */
  jobs(options?: JobsOptions): AsyncIterable<UnpackedJob>;
  /** Every job as {@link jobs} yields them, collected in one array (the whole batch in memory). */
  jobMetrics(options?: JobsOptions): Promise<UnpackedJob[]>;
}

/**
 * The batch-mode accessors for `ref`, reading through the source `open`
 * resolves to (opened on first use) and showing progress on `progress`.
 */
export function batchData(open: () => Promise<MetricsSource>, ref: BatchRef, progress: ProgressReporter): BatchData {
  let batch: Promise<Api.Batch> | undefined;
  async function* jobs(options: JobsOptions = {}): AsyncGenerator<UnpackedJob, void, undefined> {
    const source = await open();
    try {
      for await (const fetched of streamBatchJobs(source, ref, { events: options.events ?? false, onProgress: (update) => progress.update(update) })) {
        yield unpackJob(fetched);
      }
    } finally {
      progress.finish();
    }
  }
  return {
    batch: () => (batch ??= open().then((source) => source.getBatch(ref))),
    jobs,
    async jobMetrics(options) {
      const all: UnpackedJob[] = [];
      for await (const job of jobs(options)) all.push(job);
      return all;
    },
  };
}
