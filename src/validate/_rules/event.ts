/**
 * Events (P10): unique names and one timestamp type per job (JOB-06,
 * JOB-07), a name (EVENT-01), references to existing metrics with distinct
 * names (EVENT-02…04), statuses, importance and timestamps (ENUM-07…09,
 * TS-01…03). The event-metric flag is not enforced upstream (N-02); both
 * directions are warned about.
 * @module
 */

import { MetricImportanceNames, MetricStatusNames, TimestampTypeNames, type Event } from "../../proto/index.ts";
import { at, earlierDuplicates, quote, type Checker, type Place } from "./checker.ts";
import { checkEnumSet } from "./enums.ts";
import { checkUuid } from "./ids.ts";

/** Checks every event, in order, then warns about event metrics no event uses. */
export function checkEvents(c: Checker): void {
  const sameName = earlierDuplicates(c.events.map((e) => e.name));
  const referenced = new Set<number>();
  const firstTimestampType = c.events[0]?.timestampType;
  c.events.forEach((event, index) => {
    const place = c.eventPlace(index);
    const first = sameName[index];
    if (first !== undefined) c.error("JOB-06", at(place, "name"), `${quote(event.name)} is also the name of events[${first}]: event names must be unique`);
    if (event.timestampType !== firstTimestampType) {
      c.error("JOB-07", at(place, "timestamp_type"), `is ${timestampTypeName(event.timestampType)}, but events[0] uses ${timestampTypeName(firstTimestampType!)}: all events of a job must use one timestamp type`);
    }
    if (event.name === "") c.error("EVENT-01", at(place, "name"), "is empty: every event needs a name");
    checkReferences(c, event, place, referenced);
    checkEnumSet(c, "ENUM-07", at(place, "status"), event.status, MetricStatusNames, "set the event's status");
    checkEnumSet(c, "ENUM-08", at(place, "timestamp_type"), event.timestampType, TimestampTypeNames, "set ABSOLUTE_TIMESTAMP or RELATIVE_TIMESTAMP");
    checkTimestamp(c, event, place);
    checkEnumSet(c, "ENUM-09", at(place, "importance"), event.importance, MetricImportanceNames, "set the event's importance");
  });
  c.metrics.forEach((metric, index) => {
    if (metric.eventMetric === true && !referenced.has(index)) {
      c.warn("EVENT-03", at(c.metricPlace(index), "event_metric"), "is true, but no event refers to this metric", "N-02");
    }
  });
}

/** EVENT-02…04 for each metric an event refers to; records the metrics referred to in `referenced`. */
function checkReferences(c: Checker, event: Event, place: Place, referenced: Set<number>): void {
  const namesSoFar = new Map<string, number>();
  event.metrics.forEach((reference, k) => {
    const refPlace = at(place, "metrics", k);
    const id = reference.id?.data ?? "";
    if (!checkUuid(c, "EVENT-02", refPlace, id)) return;
    const index = c.metricIndexById.get(id);
    if (index === undefined) {
      c.error("EVENT-03", refPlace, c.unknownReference("metric", id));
      return;
    }
    referenced.add(index);
    const metric = c.metrics[index]!;
    const earlier = namesSoFar.get(metric.name);
    if (earlier !== undefined) {
      c.error("EVENT-04", refPlace, `refers to ${c.metricLabel(index)}, a name this event already refers to at metrics[${earlier}]: event metric names must be unique within the event`);
    } else {
      namesSoFar.set(metric.name, k);
    }
    if (metric.eventMetric !== true) {
      c.warn("EVENT-03", refPlace, `refers to ${c.metricLabel(index)}, which is not flagged as an event metric (event_metric)`, "N-02");
    }
  });
}

/** TS-01…TS-03: an absent timestamp reads as zero and passes. */
function checkTimestamp(c: Checker, event: Event, place: Place): void {
  const timestamp = event.timestamp;
  if (timestamp === undefined) return;
  if (timestamp.seconds < 0n) c.error("TS-01", at(place, "timestamp", "seconds"), `is ${timestamp.seconds}: event timestamps cannot be negative`);
  if (timestamp.nanos < 0) c.error("TS-02", at(place, "timestamp", "nanos"), `is ${timestamp.nanos}: nanos must be from 0 to 999999999`);
  else if (timestamp.nanos >= 1_000_000_000) c.error("TS-03", at(place, "timestamp", "nanos"), `is ${timestamp.nanos}: nanos must be from 0 to 999999999`);
}

function timestampTypeName(type: number): string {
  return TimestampTypeNames[type] ?? String(type);
}
