/**
 * Ids: UUID syntax wherever an id is defined or referenced (ID-01…ID-06 and
 * the UUID-01 sites of other groups), the id tables references resolve
 * against with their uniqueness rules (JOB-01, JOB-02), and message
 * equality of id messages (MSG-EQ, used by VS-08 and JOB-03).
 * @module
 */

import type { UnknownFields, UUID } from "../../proto/index.ts";
import type { RuleId } from "../rule_ids.ts";
import { isConventionalUuid, parseUuid } from "../uuid.ts";
import { at, earlierDuplicates, quote, type Checker, type DataEntry, type Place } from "./checker.ts";

/** UUID-01 at `place`, reported under `rule`; true when `text` is a UUID. */
export function checkUuid(c: Checker, rule: RuleId, place: Place, text: string): boolean {
  if (parseUuid(text) !== undefined) return true;
  c.error(rule, place, text === "" ? "is empty: a UUID is required" : `is not a valid UUID: ${quote(text)}`);
  return false;
}

/** UUID-01 where an id is defined, warning about spellings only Python's lenient parser accepts. */
export function checkIdDefinition(c: Checker, rule: RuleId, place: Place, text: string): void {
  if (checkUuid(c, rule, place, text) && !isConventionalUuid(text)) {
    c.warn(rule, place, `${quote(text)} is a UUID only to ReSim's lenient parser: write ids as 8-4-4-4-12 hex digits`, "N-10");
  }
}

/**
 * Resolves a reference to metrics data: UUID syntax (`syntaxRule`), then an
 * entry with exactly that id (`existsRule`).
 */
export function resolveData(
  c: Checker,
  reference: { id?: UUID } | undefined,
  place: Place,
  syntaxRule: RuleId,
  existsRule: RuleId,
): DataEntry | undefined {
  const id = reference?.id?.data ?? "";
  if (!checkUuid(c, syntaxRule, place, id)) return undefined;
  const entry = c.findData(id);
  if (entry === undefined) c.error(existsRule, place, c.unknownReference("metrics data", id));
  return entry;
}

/**
 * The id checks upstream makes while building its id tables, in its order:
 * P1 data ids (ID-01 then JOB-01), P2 metric ids (ID-02 then JOB-02), P3
 * event ids (ID-03; duplicates are only warned about, N-01) and P4 the job
 * id (ID-04).
 */
export function checkIdTables(c: Checker): void {
  const dataIds = c.data.map((d) => d.metricsDataId?.id?.data ?? "");
  const dataIdPlace = (i: number) => at(c.dataPlace(i), "metrics_data_id", "id", "data");
  dataIds.forEach((id, i) => checkIdDefinition(c, "ID-01", dataIdPlace(i), id));
  earlierDuplicates(dataIds).forEach((first, i) => {
    if (first !== undefined) c.error("JOB-01", dataIdPlace(i), `${quote(dataIds[i]!)} is also the id of ${c.dataLabel(first)}: metrics data ids must be unique`);
  });
  warnSameUuid(c, dataIds, "JOB-01", dataIdPlace, (i) => c.dataLabel(i));

  const metricIds = c.metrics.map((m) => m.metricId?.id?.data ?? "");
  const metricIdPlace = (i: number) => at(c.metricPlace(i), "metric_id", "id", "data");
  metricIds.forEach((id, i) => checkIdDefinition(c, "ID-02", metricIdPlace(i), id));
  earlierDuplicates(metricIds).forEach((first, i) => {
    if (first !== undefined) c.error("JOB-02", metricIdPlace(i), `${quote(metricIds[i]!)} is also the id of ${c.metricLabel(first)}: metric ids must be unique`);
  });
  warnSameUuid(c, metricIds, "JOB-02", metricIdPlace, (i) => c.metricLabel(i));

  const eventIds = c.events.map((e) => e.eventId?.id?.data ?? "");
  const eventIdPlace = (i: number) => at(c.eventPlace(i), "event_id", "id", "data");
  eventIds.forEach((id, i) => checkIdDefinition(c, "ID-03", eventIdPlace(i), id));
  earlierDuplicates(eventIds).forEach((first, i) => {
    if (first !== undefined) c.warn("ID-03", eventIdPlace(i), `${quote(eventIds[i]!)} is also the id of ${c.eventLabel(first)}: event ids should be unique, though ReSim does not check`, "N-01");
  });

  checkIdDefinition(c, "ID-04", { path: ["job_id", "id", "data"], subject: c.jobPlace.subject }, c.job.jobId?.id?.data ?? "");
}

/** Warns about two ids that denote the same UUID in different spellings (N-28): references must pick one. */
function warnSameUuid(c: Checker, ids: readonly string[], rule: RuleId, place: (index: number) => Place, label: (index: number) => string): void {
  earlierDuplicates(ids.map(parseUuid)).forEach((first, index) => {
    const id = ids[index]!;
    if (first !== undefined && ids[first] !== id) {
      c.warn(rule, place(index), `${quote(id)} is the same UUID as the id ${quote(ids[first]!)} of ${label(first)}, spelled differently`, "N-28");
    }
  });
}

/** A message holding one `id` (MetricsDataId, JobId, …), as MSG-EQ compares them. */
export interface IdMessage {
  id?: UUID;
  $unknown?: UnknownFields;
}

/**
 * MSG-EQ: protobuf equality of two id messages read through their parents.
 * An absent message equals an empty one, but an absent nested `id` differs
 * from a present empty one, and unknown fields must match as a multiset.
 */
export function idMessagesEqual(a: IdMessage | undefined, b: IdMessage | undefined): boolean {
  if (!unknownFieldsEqual(a?.$unknown, b?.$unknown)) return false;
  const x = a?.id;
  const y = b?.id;
  if (x === undefined || y === undefined) return x === y;
  return x.data === y.data && unknownFieldsEqual(x.$unknown, y.$unknown);
}

/**
 * Words why {@link idMessagesEqual} is false: `<a>, but <bLabel> <b>`, where
 * each side reads `is "<id>"` or `has no id`, e.g. `is "x", but the job's
 * job_id is "y"`, plus a hint when both spell the same UUID.
 */
export function describeIdDifference(a: IdMessage | undefined, b: IdMessage | undefined, bLabel: string): string {
  const side = (m: IdMessage | undefined) => (m?.id === undefined ? "has no id" : `is ${quote(m.id.data)}`);
  const [x, y] = [a?.id?.data, b?.id?.data];
  if (x !== undefined && y !== undefined && x === y) return `${side(a)}, as is ${bLabel}, but they differ in fields unknown to this schema`;
  const uuid = x === undefined ? undefined : parseUuid(x);
  const sameUuid = uuid !== undefined && y !== undefined && uuid === parseUuid(y);
  return `${side(a)}, but ${bLabel} ${side(b)}${sameUuid ? " (the same UUID spelled differently; ids must match exactly)" : ""}`;
}

function unknownFieldsEqual(a: UnknownFields = [], b: UnknownFields = []): boolean {
  if (a.length !== b.length) return false;
  if (a.length === 0) return true;
  const key = (field: Uint8Array) => Array.prototype.join.call(field, ",");
  const left = a.map(key).sort();
  const right = b.map(key).sort();
  return left.every((k, i) => k === right[i]);
}
