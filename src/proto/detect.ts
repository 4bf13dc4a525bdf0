/**
 * Decoding a metrics protobuf of unknown type: a `metrics.binproto`
 * (JobMetrics) or a single Metric or MetricsData as the ReSim API serves them.
 * @module
 */

import { JobMetrics, Metric, MetricsData } from "./gen/metrics_pb.ts";
import { DecodeError, Reader, type ReaderOptions } from "./wire/reader.ts";
import type { MessageType } from "./wire/message.ts";

/** The message types a metrics file can hold. */
export type MetricsMessageType = "JobMetrics" | "Metric" | "MetricsData";

/**
 * A decoded metrics protobuf, tagged with its type, with the number of
 * fields in it (at any depth) that this schema does not know.
 */
export type MetricsMessage = (
  | { type: "JobMetrics"; message: JobMetrics }
  | { type: "Metric"; message: Metric }
  | { type: "MetricsData"; message: MetricsData }
) & { unknownFields: number };

/** The input is not a protobuf of any metrics type. */
export class NotMetricsError extends Error {
  override name = "NotMetricsError";
}

interface Candidate {
  type: MetricsMessageType;
  codec: MessageType<JobMetrics> | MessageType<Metric> | MessageType<MetricsData>;
  /** The field every real message of this type carries. */
  plausible(message: never): boolean;
}

const candidates: readonly Candidate[] = [
  { type: "JobMetrics", codec: JobMetrics, plausible: (m: JobMetrics) => m.jobId !== undefined || m.jobLevelMetrics !== undefined },
  { type: "Metric", codec: Metric, plausible: (m: Metric) => m.metricId !== undefined },
  { type: "MetricsData", codec: MetricsData, plausible: (m: MetricsData) => m.metricsDataId !== undefined },
];

/**
 * Decodes `bytes` as `type`, or, without a type, as whichever of JobMetrics,
 * Metric and MetricsData decodes, carries its identifying field and has the
 * fewest unknown fields, the first of them on a tie: a JobMetrics from a
 * newer schema is still a JobMetrics.
 *
 * `options.lengthsOnly` keeps only the lengths of packed numeric series
 * (see {@link ReaderOptions}): for reading a file's shape, not its values.
 *
 * @example
 * ```ts
 * const { type, unknownFields } = decodeMetricsMessage(readFileSync("metrics.binproto"));
 * ```
 * @throws {DecodeError} when `type` is given and the bytes are malformed
 * @throws {NotMetricsError} when no type fits
 */
export function decodeMetricsMessage(bytes: Uint8Array, type?: MetricsMessageType, options?: ReaderOptions): MetricsMessage {
  if (type !== undefined) {
    const candidate = candidates.find((c) => c.type === type)!;
    const reader = new Reader(bytes, 0, options);
    return { type, message: candidate.codec.decodeFrom(reader), unknownFields: reader.unknownFields } as MetricsMessage;
  }
  if (bytes.length === 0) throw new NotMetricsError("the file is empty");
  const reasons: [MetricsMessageType, string][] = [];
  let best: MetricsMessage | undefined;
  for (const candidate of candidates) {
    const reader = new Reader(bytes, 0, options);
    let message: JobMetrics | Metric | MetricsData;
    try {
      message = candidate.codec.decodeFrom(reader);
    } catch (error) {
      if (!(error instanceof DecodeError)) throw error;
      reasons.push([candidate.type, error.message]);
      continue;
    }
    const { unknownFields } = reader;
    if (!candidate.plausible(message as never)) {
      reasons.push([candidate.type, unknownFields > 0 ? `${unknownFields} unknown field(s)` : "no id"]);
    } else if (best === undefined || unknownFields < best.unknownFields) {
      best = { type: candidate.type, message, unknownFields } as MetricsMessage;
      if (unknownFields === 0) break;
    }
  }
  if (best !== undefined) return best;
  const [first] = reasons;
  if (reasons.every(([, reason]) => reason === first![1])) throw new NotMetricsError(`not a metrics protobuf: ${first![1]}`);
  throw new NotMetricsError(`not a metrics protobuf (${reasons.map(([type, reason]) => `${type}: ${reason}`).join("; ")})`);
}

/** The bytes hold a single Metric or MetricsData where a JobMetrics was expected. */
export class NotJobMetricsError extends Error {
  override name = "NotJobMetricsError";
  /** The message type the bytes hold instead. */
  readonly found: Exclude<MetricsMessageType, "JobMetrics">;

  constructor(found: Exclude<MetricsMessageType, "JobMetrics">) {
    super(`it holds a single ${found}, not a JobMetrics`);
    this.found = found;
  }
}

/**
 * Decodes the content of a metrics file, which must be a JobMetrics. Like
 * ReSim's own parser, fields unknown to this schema are kept rather than
 * refused; but bytes that are a single Metric or MetricsData, or that set no
 * JobMetrics field at all, are not taken for one. `options` as for
 * {@link decodeMetricsMessage}.
 *
 * @throws {NotJobMetricsError} when the bytes are a single Metric or MetricsData
 * @throws {DecodeError} when the bytes are malformed as a JobMetrics
 * @throws {NotMetricsError} when the bytes are empty or set no JobMetrics field
 */
export function decodeJobMetricsFile(bytes: Uint8Array, options?: ReaderOptions): JobMetrics {
  let notMetrics: NotMetricsError;
  try {
    const detected = decodeMetricsMessage(bytes, undefined, options);
    if (detected.type === "JobMetrics") return detected.message;
    throw new NotJobMetricsError(detected.type);
  } catch (error) {
    if (!(error instanceof NotMetricsError)) throw error;
    notMetrics = error;
  }
  // Not recognisably any type (e.g. fields from a newer schema): decode strictly, which names the byte of a malformed input.
  const message = JobMetrics.decodeFrom(new Reader(bytes, 0, options));
  const setsAField = message.jobId !== undefined || message.jobLevelMetrics !== undefined || message.metricsData.length > 0 || message.events.length > 0 || message.metricsStatus !== 0;
  if (!setsAField) throw notMetrics;
  return message;
}
