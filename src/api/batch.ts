/**
 * Batch mode's input: every job of a batch with its metrics, metrics data
 * and (on request) events, decoded, in listing order. Jobs stream through a
 * reorder buffer bounded in jobs and bytes, so memory does not grow with the
 * batch, and a request in retry does not stall the others.
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
import type { RequestOptions } from "./client.ts";
import type { BatchRef, JobRef, JobsPage, MetricsSource } from "./source.ts";
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
  /** Jobs fetched ahead of the one being consumed, at most. @default 256 */
  lookahead?: number;
  /** Body bytes the jobs fetched ahead may hold before no further job starts. @default 64 MiB */
  lookaheadBytes?: number;
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

/** Jobs started before any has settled, when their size is not known yet. */
const blindStart = 16;

/** A job started and not yet yielded, the body bytes it has read so far, and whether it has settled. */
interface JobAhead {
  readonly fetched: Promise<FetchedJob>;
  readonly read: { bytes: number; settled: boolean };
}

/**
 * The jobs of a batch, yielded in listing order. Jobs are fetched ahead of
 * the consumer, and the requests of a job nearer the consumer go first (its
 * retries included), so a job whose request is waiting out a backoff holds
 * up neither the requests of the jobs behind it nor, until the look-ahead
 * is full, the start of new ones. Memory stays bounded: at most `lookahead`
 * jobs are fetched ahead, and none starts while those are expected to hold
 * `lookaheadBytes` of bodies (a job in flight counts as at least the mean of
 * the jobs settled so far, so one larger than the others may overshoot; the
 * first 16 start before any size is known).
 * Listing pages are requested one ahead of need. Any failure stops the fetch and is
 * thrown from the iterator; so is leaving the loop early, which cancels the
 * requests in flight.
 *
 * @example
 * for await (const { job, metrics } of streamBatchJobs(httpSource(client), { projectID, batchID })) {
 *   console.log(job.jobID, metrics.length);
 * }
 */
export async function* streamBatchJobs(source: MetricsSource, ref: BatchRef, options: BatchFetchOptions = {}): AsyncGenerator<FetchedJob, void, undefined> {
  const lookahead = options.lookahead ?? 256;
  if (!Number.isInteger(lookahead) || lookahead < 1) throw new RangeError(`Cannot use lookahead ${lookahead}: must be an integer of at least 1`);
  const lookaheadBytes = options.lookaheadBytes ?? 64 * 2 ** 20;
  if (!(lookaheadBytes > 0)) throw new RangeError(`Cannot use lookaheadBytes ${lookaheadBytes}: must be a positive number of bytes`);
  const stop = new AbortController();
  const signal = options.signal === undefined ? stop.signal : AbortSignal.any([options.signal, stop.signal]);
  const pages = source.listJobs(ref, { signal })[Symbol.asyncIterator]();
  const progress: FetchProgress = { jobsDone: 0, jobsTotal: undefined, bytes: 0 };
  let listed: Api.Job[] = [];
  let listingDone = false;
  let pageAhead: Promise<IteratorResult<JobsPage>> | undefined;
  const requestPage = (): Promise<IteratorResult<JobsPage>> => {
    const page = pages.next();
    // Awaited when its jobs are needed; until then a failure must not count as unhandled.
    page.catch(() => {});
    return page;
  };

  const nextJob = async (): Promise<Api.Job | undefined> => {
    while (listed.length === 0 && !listingDone) {
      const page = await (pageAhead ?? requestPage());
      pageAhead = undefined;
      if (page.done) listingDone = true;
      else {
        listed = [...page.value.jobs];
        progress.jobsTotal ??= page.value.total;
        pageAhead = requestPage();
      }
    }
    return listed.shift();
  };

  const ahead: JobAhead[] = [];
  let position = 0;
  let settledJobs = 0;
  let settledBytes = 0;
  let wake: (() => void) | undefined;
  /**
   * The bytes the jobs ahead are expected to hold: a settled job its own, a
   * job in flight at least the mean of the jobs settled so far, or before
   * any has settled a sixteenth of the budget, so that 16 start blind.
   */
  const expectedBytes = (): number => {
    const mean = settledJobs === 0 ? lookaheadBytes / blindStart : settledBytes / settledJobs;
    let sum = 0;
    for (const { read } of ahead) sum += read.settled ? read.bytes : Math.max(read.bytes, mean);
    return sum;
  };
  const fill = async (): Promise<void> => {
    while (ahead.length < lookahead && expectedBytes() < lookaheadBytes) {
      const job = await nextJob();
      if (job === undefined) return;
      const read = { bytes: 0, settled: false };
      const countBytes = (bytes: Uint8Array): Uint8Array => {
        read.bytes += bytes.length;
        progress.bytes += bytes.length;
        return bytes;
      };
      const fetched = fetchJob(source, ref, job, options.events ?? false, { signal, priority: position++ }, countBytes);
      // Awaited in order below; until then a failure must not count as unhandled.
      fetched.then(
        () => {
          read.settled = true;
          settledJobs++;
          settledBytes += read.bytes;
          wake?.();
        },
        () => wake?.(),
      );
      ahead.push({ fetched, read });
    }
  };
  try {
    for (;;) {
      await fill();
      const next = ahead[0];
      if (next === undefined) return;
      // While the consumer waits for this job, every other one that settles may make room for more.
      while (!next.read.settled) {
        const woken = new Promise<void>((resolve) => (wake = resolve));
        await Promise.race([next.fetched, woken]);
        await fill();
      }
      ahead.shift();
      const fetched = await next.fetched;
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
  options: RequestOptions,
  countBytes: (bytes: Uint8Array) => Uint8Array,
): Promise<FetchedJob> {
  if (job.jobID === undefined) throw new UnusableResponseError(`a job of batch "${batch.batchID}"`, "the API listed it without a jobID");
  const ref: JobRef = { ...batch, jobID: job.jobID };
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
