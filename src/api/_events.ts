/**
 * Job events as the API lists them (JSON records) turned into the `Event`
 * protobuf messages the SDK unpacks.
 * @module
 */

import type * as Api from "./gen/customerapi.ts";
import { Event, MetricImportance, MetricStatus, TimestampType, type Timestamp } from "../proto/index.ts";

/** API metric statuses as protobuf values; an unknown status reads as none reported. */
const statuses: Readonly<Record<string, MetricStatus>> = {
  PASSED: MetricStatus.PASSED_METRIC_STATUS,
  FAIL_WARN: MetricStatus.FAIL_WARN_METRIC_STATUS,
  FAIL_BLOCK: MetricStatus.FAIL_BLOCK_METRIC_STATUS,
  NOT_APPLICABLE: MetricStatus.NOT_APPLICABLE_METRIC_STATUS,
  RAW: MetricStatus.RAW_METRIC_STATUS,
  NO_STATUS_REPORTED: MetricStatus.NO_METRIC_STATUS,
};

/**
 * The date-time as a protobuf Timestamp. Relative event times are served as
 * date-times since the epoch, so both kinds convert the same way.
 */
function timestamp(text: string | undefined): Timestamp | undefined {
  if (text === undefined) return undefined;
  const match = /^(.*?)(?:\.(\d+))?(Z|[+-]\d{2}:\d{2})$/i.exec(text);
  const ms = Date.parse(match === null ? text : `${match[1]}${match[3]}`);
  if (Number.isNaN(ms)) return undefined;
  const nanos = Number((match?.[2] ?? "").padEnd(9, "0").slice(0, 9));
  return { seconds: BigInt(Math.floor(ms / 1000)), nanos };
}

/**
 * `record` as an `Event` message. The API does not serve an event's
 * importance, so it is left unspecified; references to metrics outside
 * `keptMetricIDs` (such as dropped image metrics) are removed, since
 * unpacking requires every referenced metric.
 */
export function eventFromRecord(record: Api.Event, keptMetricIDs: ReadonlySet<string>): Event {
  const event = Event.create({
    name: record.name,
    description: record.description,
    tags: [...record.tags],
    metrics: record.metricsIDs.filter((id) => keptMetricIDs.has(id)).map((id) => ({ id: { data: id } })),
    status: statuses[record.status] ?? MetricStatus.NO_METRIC_STATUS,
    importance: MetricImportance.NO_SPECIFIED_IMPORTANCE,
    timestampType: record.timestampType === "RELATIVE" ? TimestampType.RELATIVE_TIMESTAMP : TimestampType.ABSOLUTE_TIMESTAMP,
  });
  event.eventId = { id: { data: record.eventID } };
  const time = timestamp(record.timestamp);
  if (time !== undefined) event.timestamp = time;
  return event;
}
