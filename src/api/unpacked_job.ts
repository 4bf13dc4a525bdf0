/**
 * A fetched job turned into SDK objects by the SDK's `unpackMetrics`.
 * @module
 */

import type * as Api from "./gen/customerapi.ts";
import { unpackMetrics, type UnpackedMetrics } from "../sdk/index.ts";
import type { FetchedJob } from "./batch.ts";

/** One job of a batch as SDK objects: metrics, data and events keep the IDs they were written with. */
export interface UnpackedJob extends UnpackedMetrics {
  /** The job as the API lists it. */
  readonly job: Api.Job;
}

/**
 * Unpacks a job from {@link streamBatchJobs}. The fetch already dropped what
 * upstream drops (non-STANDARD data, image metrics), so a job ReSim's SDK
 * wrote unpacks with no `problems`.
 */
export function unpackJob(fetched: FetchedJob): UnpackedJob {
  return { job: fetched.job, ...unpackMetrics(fetched) };
}
