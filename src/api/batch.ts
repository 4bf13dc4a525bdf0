/**
 * Batch mode's input: every job of a batch with its metrics, metrics data
 * and (on request) events, decoded, in listing order. Jobs stream through a
 * window of bounded size, so memory does not grow with the batch.
 *
 * Upstream's skipping rules apply here, so every source gives the same
 * result: only STANDARD metrics data is read (EXTERNAL_FILE and VIDEO are
 * files, not protobuf), and image and image-list metrics are dropped after
 * decoding (their external files are never fetched, so they cannot unpack).
 * @module
 */

import type * as Api from "./gen/customerapi.ts";
import { DecodeError, Metric, MetricsData, MetricType, type Event } from "../proto/index.ts";
import { ApiError } from "./error.ts";
import { eventFromRecord } from "./_events.ts";
import { metricSubject, metricsDataSubject } from "./_subjects.ts";
import type { BatchRef, JobRef, MetricsSource } from "./source.ts";
import { UnusableResponseError } from "./unusable_response_error.ts";

/** One job of a batch, ready for the SDK's `unpackMetrics({ metrics, metricsData, events })`. */
export interface FetchedJob {
  /** The job as the API lists it. */
  job: Api.Job;
  /** Its metrics in listing order, without image and image-list metrics. */
  metrics: Metric[];
  /** Its STANDARD metrics data in listing order. */
  metricsData: MetricsData[];
  /** Its events when requested with `events: true`; otherwise empty, as upstream. */
  events: Event[];
}

/** How far a batch fetch has come. */
export interface FetchProgress {
  jobsDone: number;
  /** The batch's job count, once the source has said. */
  jobsTotal: number | undefined;
  /** Body bytes read so far. */
  bytes: number;
}

/** Options of {@link streamBatchJobs} and {@link fetchBatchJobs}. */
export interface BatchFetchOptions {
  /** Jobs fetched ahead of the one being consumed; bounds memory. @default 16 */
  lookahead?: number;
  /** Also list each job's events and convert them to `Event` messages. @default false */
  events?: boolean;
  /** Stops the fetch. */
  signal?: AbortSignal;
  /** Called after each job. */
  onProgress?: (progress: FetchProgress) => void;
}

/** Metric types whose data are external files, which are never fetched. */
const externalFileMetricTypes: ReadonlySet<number> = new Set([MetricType.IMAGE_METRIC_TYPE, MetricType.IMAGE_LIST_METRIC_TYPE]);

/** Whether the data is a protobuf body upstream would download; records without a type are skipped as upstream does. */
const isStandard = (data: Api.JobMetricsData): boolean => data.metricsDataType === "STANDARD";

/**
 * The jobs of a batch, fetched `lookahead` at a time and yielded in listing
 * order. Any failure stops the fetch and is thrown from the iterator; so is
 * leaving the loop early, which cancels the requests in flight.
 */
export async function* streamBatchJobs(source: MetricsSource, ref: BatchRef, options: BatchFetchOptions = {}): AsyncGenerator<FetchedJob, void, undefined> {
  const lookahead = options.lookahead ?? 16;
  if (!Number.isInteger(lookahead) || lookahead < 1) throw new RangeError(`Cannot use lookahead ${lookahead}: must be an integer of at least 1`);
  const stop = new AbortController();
  const signal = options.signal === undefined ? stop.signal : AbortSignal.any([options.signal, stop.signal]);
  const pages = source.listJobs(ref, { signal })[Symbol.asyncIterator]();
  const progress: FetchProgress = { jobsDone: 0, jobsTotal: undefined, bytes: 0 };
  const countBytes = (bytes: Uint8Array): Uint8Array => {
    progress.bytes += bytes.length;
    return bytes;
  };
  let listed: Api.Job[] = [];
  let listingDone = false;

  const nextJob = async (): Promise<Api.Job | undefined> => {
    while (listed.length === 0 && !listingDone) {
      const page = await pages.next();
      if (page.done) listingDone = true;
      else {
        listed = [...page.value.jobs];
        progress.jobsTotal ??= page.value.total;
      }
    }
    return listed.shift();
  };

  const window: Promise<FetchedJob>[] = [];
  try {
    for (;;) {
      while (window.length < lookahead) {
        const job = await nextJob();
        if (job === undefined) break;
        const fetched = fetchJob(source, ref, job, options.events ?? false, signal, countBytes);
        // Awaited in order below; until then a failure must not count as unhandled.
        fetched.catch(() => {});
        window.push(fetched);
      }
      const next = window.shift();
      if (next === undefined) return;
      const fetched = await next;
      progress.jobsDone++;
      options.onProgress?.({ ...progress });
      yield fetched;
    }
  } finally {
    stop.abort();
    await pages.return?.();
  }
}

/** Every job of a batch, as {@link streamBatchJobs} yields them, collected in one array. */
export async function fetchBatchJobs(source: MetricsSource, ref: BatchRef, options: BatchFetchOptions = {}): Promise<FetchedJob[]> {
  const jobs: FetchedJob[] = [];
  for await (const job of streamBatchJobs(source, ref, options)) jobs.push(job);
  return jobs;
}

/** Lists, reads and decodes one job. */
async function fetchJob(
  source: MetricsSource,
  batch: BatchRef,
  job: Api.Job,
  withEvents: boolean,
  signal: AbortSignal,
  countBytes: (bytes: Uint8Array) => Uint8Array,
): Promise<FetchedJob> {
  if (job.jobID === undefined) throw new UnusableResponseError(`a job of batch "${batch.batchID}"`, "the API listed it without a jobID");
  const ref: JobRef = { ...batch, jobID: job.jobID };
  const options = { signal };
  const [metricRecords, dataRecords, eventRecords] = await Promise.all([
    source.listJobMetrics(ref, options),
    source.listJobMetricsData(ref, options),
    withEvents ? source.listJobEvents(ref, options) : [],
  ]);

  // Presigned URLs expire: when one has, list the job again (once) and use its fresh URL (once).
  let relisted: Promise<{ metrics: Api.JobMetric[]; data: Api.JobMetricsData[] }> | undefined;
  const relist = () =>
    (relisted ??= Promise.all([source.listJobMetrics(ref, options), source.listJobMetricsData(ref, options)]).then(([metrics, data]) => ({ metrics, data })));
  async function readRenewing<R>(record: R, read: (record: R) => Promise<Uint8Array>, fresh: () => Promise<R | undefined>): Promise<Uint8Array> {
    try {
      return countBytes(await read(record));
    } catch (error) {
      if (!(error instanceof ApiError && error.reason === "expired-url")) throw error;
      const renewed = await fresh();
      if (renewed === undefined) throw error;
      return countBytes(await read(renewed));
    }
  }

  const readMetric = (record: Api.JobMetric) =>
    readRenewing(record, (r) => source.readMetric(ref, r, options), async () => (await relist()).metrics.find((m) => m.metricID === record.metricID));
  const readData = (record: Api.JobMetricsData) =>
    readRenewing(record, (r) => source.readMetricsData(ref, r, options), async () => (await relist()).data.find((d) => d.dataID === record.dataID));

  const [metrics, metricsData] = await Promise.all([
    Promise.all(metricRecords.map((record) => decodeRead(Metric, "Metric", metricSubject(ref, record), () => readMetric(record)))),
    Promise.all(dataRecords.filter(isStandard).map((record) => decodeRead(MetricsData, "MetricsData", metricsDataSubject(ref, record), () => readData(record)))),
  ]);
  const kept = metrics.filter((metric) => !externalFileMetricTypes.has(metric.type));
  const keptIDs = new Set(kept.map((metric) => metric.metricId?.id?.data ?? ""));
  return { job, metrics: kept, metricsData, events: eventRecords.map((record) => eventFromRecord(record, keptIDs)) };
}

/** Reads and decodes a body; a body that does not decode is read once more, in case it was cut short. */
async function decodeRead<T extends object>(codec: { decode(bytes: Uint8Array): T }, typeName: string, subject: string, read: () => Promise<Uint8Array>): Promise<T> {
  try {
    return codec.decode(await read());
  } catch (error) {
    if (!(error instanceof DecodeError)) throw error;
  }
  const bytes = await read();
  try {
    return codec.decode(bytes);
  } catch (error) {
    if (!(error instanceof DecodeError)) throw error;
    throw new UnusableResponseError(subject, `the body does not decode as a ${typeName} (read twice): ${error.message}`, { cause: error });
  }
}
