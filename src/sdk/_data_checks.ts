/**
 * Checks a metric makes on the data it is given, at the call that gives it:
 * the element kind, the index kind, whether per-category data is supported,
 * and that statuses match their values.
 * @module
 */

import { rangeError, typeError, type Entity } from "./_entity.ts";
import { MetricsData, shapeMismatch } from "./metrics_data.ts";
import { kindWords, showValue, type SeriesKind } from "./series_kind.ts";

/** The call being checked: who it was made on, what it does, which argument. */
export interface Call {
  readonly owner: Entity;
  /** The failed action in messages, e.g. `"add series to"`. */
  readonly action: string;
  /** The field or argument, e.g. `"x"`. */
  readonly field: string;
}

/** Setter fields in words, as messages name them. */
const fieldWords: Readonly<Record<string, string>> = {
  xAxisName: "x-axis name",
  yAxisName: "y-axis name",
  description: "description",
  lowerBound: "lower bound",
  upperBound: "upper bound",
  order: "order",
  parentJobId: "parent job id",
  projectId: "project id",
  startTime: "start time",
  endTime: "end time",
  status: "status",
  importance: "importance",
};

/** The call of a setter of `field`: `Cannot set x-axis name of line plot "Speed": …`. */
export function setting(owner: Entity, field: keyof typeof fieldWords): Call {
  return { owner, action: `set ${fieldWords[field]} of`, field };
}

/** Whether a metric type accepts per-category data. */
export type PerCategory = "accepted" | "rejected";

function named(role: string, data: MetricsData): string {
  return `${role} "${data.name}"`;
}

function orWords(kinds: readonly SeriesKind[]): string {
  return kinds.map((kind) => kindWords[kind]).join(" or ");
}

/** Throws unless `data` is series or per-category data of `kind`. */
export function requireKind<K extends SeriesKind>(call: Call, role: string, data: unknown, kind: K, perCategory: PerCategory): asserts data is MetricsData<K> {
  if (!(data instanceof MetricsData)) throw typeError(call.owner, call.action, call.field, `${role} is ${showValue(data)}, not series or per-category data`);
  const actual: SeriesKind = data.kind;
  if (actual !== kind) throw typeError(call.owner, call.action, call.field, `${named(role, data)} holds ${kindWords[actual]}, not ${kindWords[kind]}`);
  if (perCategory === "rejected" && data.perCategory) {
    throw typeError(call.owner, call.action, call.field, `${named(role, data)} is per category, which ${call.owner.label}s do not support`);
  }
}

/**
 * Throws unless `data` is indexed by one of `kinds` (when indexed at all;
 * `required` demands an index).
 */
export function requireIndex(call: Call, role: string, data: MetricsData, kinds: readonly SeriesKind[], required: boolean): void {
  const index = data.index;
  if (index === undefined) {
    if (required) throw typeError(call.owner, call.action, call.field, `${named(role, data)} has no index; ${call.owner.label}s need data indexed by ${orWords(kinds)}`);
    return;
  }
  if (!kinds.includes(index.kind)) {
    throw typeError(call.owner, call.action, call.field, `${named(role, data)} is indexed by ${kindWords[index.kind]} ("${index.name}"), not by ${orWords(kinds)}`);
  }
}

/** Throws unless `a` and `b` have the same index (the same object, or both none) and the same shape. */
export function requireAligned(call: Call, aRole: string, a: MetricsData, bRole: string, b: MetricsData): void {
  if (a.index !== b.index) {
    const indexOf = (data: MetricsData) => (data.index === undefined ? "is not indexed" : `is indexed by "${data.index.name}"`);
    throw typeError(call.owner, call.action, call.field, `${named(aRole, a)} ${indexOf(a)} but ${named(bRole, b)} ${indexOf(b)}`);
  }
  const mismatch = shapeMismatch(named(aRole, a), a.shape, named(bRole, b), b.shape);
  if (mismatch !== undefined) throw rangeError(call.owner, call.action, call.field, mismatch);
}

/** Throws unless `statuses` are status data aligned with `values`. */
export function requireStatusesFor(call: Call, valuesRole: string, values: MetricsData, statuses: unknown): asserts statuses is MetricsData<"status"> {
  requireKind(call, "status data", statuses, "status", "accepted");
  requireAligned(call, valuesRole, values, "status data", statuses);
}

/** Throws unless `text` is a string (an axis name, a legend). */
export function requireString(call: Call, text: unknown): asserts text is string {
  if (typeof text !== "string") throw typeError(call.owner, call.action, call.field, `${showValue(text)} is not a string`);
}

/** Throws unless `value` is a number other than NaN (infinities are allowed). */
export function requireNumber(call: Call, value: unknown): asserts value is number {
  if (typeof value !== "number") throw typeError(call.owner, call.action, call.field, `${showValue(value)} is not a number`);
  if (Number.isNaN(value)) throw rangeError(call.owner, call.action, call.field, `${call.field} is NaN`);
}
