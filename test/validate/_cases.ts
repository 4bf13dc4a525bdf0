/**
 * The shape of table-driven validator cases and the helpers their
 * mutations use to reach into a JobMetrics by name.
 * @module
 */

import {
  MetricsDataId,
  UUID,
  type JobMetrics,
  type Metric,
  type MetricsData,
  type MetricValues,
  type Series,
} from "../../src/proto/index.ts";

/** One message and what the validator must say about it. */
export interface ValidationCase {
  /** Where the case comes from, e.g. `B-32`, `upstream test 5`, or the rule it covers. */
  readonly id: string;
  readonly title: string;
  build(): JobMetrics;
  readonly valid: boolean;
  /** The first error as `rule`, or the chain of rules that applied it, e.g. `LINE-04 > VS-11 > AGREE-03`. */
  readonly first?: string;
  /** Every error, rendered with formatViolation(), when the case pins the wording. */
  readonly errors?: readonly string[];
  /** Every warning's rule and note, e.g. `ID-03 N-01`; omitted: not asserted for invalid cases, none for valid ones. */
  readonly warnings?: readonly string[];
  /** Every warning, rendered with formatViolation(), when the case pins the wording. */
  readonly warningLines?: readonly string[];
}

type ValuesCase = Exclude<MetricValues["metricValues"]["case"], undefined>;
type ValuesOf<K extends ValuesCase> = Extract<MetricValues["metricValues"], { case: K }>["value"];

/** The metric named `name`. */
export function metric(m: JobMetrics, name: string): Metric {
  const found = m.jobLevelMetrics?.metrics.find((x) => x.name === name);
  if (found === undefined) throw new Error(`no metric named ${name}`);
  return found;
}

/** The metrics data named `name`. */
export function data(m: JobMetrics, name: string): MetricsData {
  const found = m.metricsData.find((x) => x.name === name);
  if (found === undefined) throw new Error(`no metrics data named ${name}`);
  return found;
}

/** The values of the metric named `name`, which must hold `kind`. */
export function values<K extends ValuesCase>(m: JobMetrics, name: string, kind: K): ValuesOf<K> {
  const selected = metric(m, name).metricValues?.metricValues;
  if (selected?.case !== kind) throw new Error(`metric ${name} does not hold ${kind}`);
  return selected.value as ValuesOf<K>;
}

/** A fresh reference to the data named `name`. */
export function ref(m: JobMetrics, name: string): MetricsDataId {
  return idRef(data(m, name).metricsDataId!.id!.data);
}

/** A reference to the id `id`. */
export function idRef(id: string): MetricsDataId {
  return MetricsDataId.create({ id: UUID.create({ data: id }) });
}

/** The single series of the data named `name`. */
export function series(m: JobMetrics, name: string): Series {
  const holding = data(m, name).data;
  if (holding.case !== "series") throw new Error(`metrics data ${name} holds no single series`);
  return holding.value;
}

/** The category series of per-category data. */
export function categories(m: JobMetrics, name: string): Map<string, Series> {
  const holding = data(m, name).data;
  if (holding.case !== "seriesPerCategory") throw new Error(`metrics data ${name} is not per category`);
  return holding.value.categoryToSeries;
}

/** A deep copy (messages hold typed arrays, Maps and bigints, which structuredClone keeps). */
export function copy<T>(value: T): T {
  return structuredClone(value);
}
