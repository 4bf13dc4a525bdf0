/**
 * What `inspect` shows about a metrics message, as display-ready rows: the
 * job, one row per metric, metrics data entry and event, with references
 * resolved to names. Renderers lay these out; they do not interpret them.
 * @module
 */

import {
  MetricImportanceNames,
  MetricsDataTypeNames,
  MetricStatusNames,
  MetricTypeNames,
  TimestampType,
  TimestampTypeNames,
  type Event,
  type JobMetrics,
  type Metric,
  type MetricsData,
  type MetricsMessage,
  type Series,
  type Timestamp,
} from "../../proto/index.ts";
import { formatCount } from "../../text/index.ts";

/** One metric. */
export interface MetricRow {
  readonly index: number;
  readonly name: string;
  readonly type: string;
  readonly status: string;
  readonly importance: string;
  readonly display: string;
  readonly order: string;
  readonly tags: string;
  /** The metrics data the metric's values refer to, by name (ids when the data is not in the message). */
  readonly data: string;
}

/** One metrics data entry. */
export interface DataRow {
  readonly index: number;
  readonly name: string;
  readonly type: string;
  /** Series length, categories with their lengths, or the external file. */
  readonly contents: string;
  readonly unit: string;
  /** The data that indexes this one, by name. */
  readonly indexedBy: string;
}

/** One event. */
export interface EventRow {
  readonly index: number;
  readonly name: string;
  readonly time: string;
  readonly status: string;
  readonly importance: string;
  readonly metrics: string;
  readonly tags: string;
}

/** Everything `inspect` shows about one message. */
export interface Summary {
  readonly type: MetricsMessage["type"];
  /** Heading facts, e.g. `["Job", "2cba…"]`, `["Status", "FAIL_BLOCK"]`. */
  readonly facts: readonly (readonly [string, string])[];
  readonly metrics: readonly MetricRow[];
  readonly data: readonly DataRow[];
  readonly events: readonly EventRow[];
}

/**
 * Summarises a decoded metrics message; fields unknown to this schema are
 * counted in the heading.
 *
 * @example
 * ```ts
 * summarize(decodeMetricsMessage(bytes)).facts; // [["Job", "2cba…"], ["Status", "PASSED"]]
 * ```
 */
export function summarize(decoded: MetricsMessage): Summary {
  const summary = summarizeMessage(decoded);
  if (decoded.unknownFields === 0) return summary;
  return { ...summary, facts: [...summary.facts, ["Unknown fields", `${formatCount(decoded.unknownFields)} (not in this schema, so not shown)`]] };
}

function summarizeMessage(decoded: MetricsMessage): Summary {
  switch (decoded.type) {
    case "JobMetrics":
      return summarizeJob(decoded.message);
    case "Metric": {
      const metric = decoded.message;
      const facts: [string, string][] = [["Metric", idText(metric.metricId)]];
      if (metric.parentId.case === "jobId") facts.push(["Job", idText(metric.parentId.value)]);
      return { type: "Metric", facts, metrics: [metricRow(metric, 0, new Map())], data: [], events: [] };
    }
    case "MetricsData":
      return { type: "MetricsData", facts: [["Metrics data", idText(decoded.message.metricsDataId)]], metrics: [], data: [dataRow(decoded.message, 0, new Map())], events: [] };
  }
}

function summarizeJob(job: JobMetrics): Summary {
  const dataNames = new Map<string, string>();
  for (const d of job.metricsData) {
    const id = d.metricsDataId?.id?.data;
    if (id !== undefined && !dataNames.has(id)) dataNames.set(id, d.name);
  }
  const metrics = job.jobLevelMetrics?.metrics ?? [];
  const metricNames = new Map<string, string>();
  for (const m of metrics) {
    const id = m.metricId?.id?.data;
    if (id !== undefined && !metricNames.has(id)) metricNames.set(id, m.name);
  }
  const status = statusName(job.metricsStatus);
  const collectionStatus = statusName(job.jobLevelMetrics?.metricsStatus ?? 0);
  return {
    type: "JobMetrics",
    facts: [
      ["Job", idText(job.jobId)],
      ["Status", status === collectionStatus ? status : `${status} (job_level_metrics: ${collectionStatus})`],
    ],
    metrics: metrics.map((m, i) => metricRow(m, i, dataNames)),
    data: job.metricsData.map((d, i) => dataRow(d, i, dataNames)),
    events: job.events.map((e, i) => eventRow(e, i, metricNames)),
  };
}

function metricRow(metric: Metric, index: number, dataNames: ReadonlyMap<string, string>): MetricRow {
  return {
    index,
    name: metric.name,
    type: enumName(MetricTypeNames, metric.type, "_METRIC_TYPE"),
    status: statusName(metric.status),
    importance: enumName(MetricImportanceNames, metric.importance, "_IMPORTANCE"),
    display: metric.shouldDisplay === undefined ? "" : metric.shouldDisplay ? "yes" : "no",
    order: metric.order === undefined ? "" : String(metric.order),
    tags: metric.tags.map((t) => `${t.key}=${t.value}`).join(", "),
    data: [...new Set(referencedIds(metric).map((id) => dataNames.get(id) ?? id))].join(", "),
  };
}

/**
 * The data ids a metric's values refer to, in field order: every field of
 * the selected values whose name ends in `DataId` or `DataIds`.
 */
function referencedIds(metric: Metric): string[] {
  const values = metric.metricValues?.metricValues.value;
  if (values === undefined) return [];
  const ids: string[] = [];
  for (const [field, value] of Object.entries(values)) {
    if (!/DataIds?$/.test(field)) continue;
    for (const reference of Array.isArray(value) ? value : [value]) {
      const id = (reference as { id?: { data: string } } | undefined)?.id?.data;
      if (id !== undefined) ids.push(id);
    }
  }
  return ids;
}

const MAX_CATEGORIES_SHOWN = 3;

function dataRow(data: MetricsData, index: number, dataNames: ReadonlyMap<string, string>): DataRow {
  let contents = "";
  const holding = data.data;
  if (holding.case === "series") contents = seriesLength(holding.value.series);
  else if (holding.case === "externalFile") contents = `file ${holding.value.path}`;
  else if (holding.case === "seriesPerCategory") {
    const categories = [...holding.value.categoryToSeries].map(([category, series]) => `${category}: ${seriesLength(series.series)}`);
    const hidden = categories.length - MAX_CATEGORIES_SHOWN;
    contents = hidden > 1 ? `${categories.slice(0, MAX_CATEGORIES_SHOWN).join(", ")} and ${hidden} more categories` : categories.join(", ");
  }
  const indexId = data.indexDataId?.id?.data ?? "";
  return {
    index,
    name: data.name,
    type: enumName(MetricsDataTypeNames, data.dataType, "_DATA_TYPE"),
    contents,
    unit: data.unit,
    indexedBy: data.isIndexed ? (dataNames.get(indexId) ?? indexId) : "",
  };
}

function seriesLength(series: Series["series"]): string {
  return series.case === undefined ? "no series" : String(series.value.series.length);
}

function eventRow(event: Event, index: number, metricNames: ReadonlyMap<string, string>): EventRow {
  return {
    index,
    name: event.name,
    time: formatTime(event.timestamp, event.timestampType),
    status: statusName(event.status),
    importance: enumName(MetricImportanceNames, event.importance, "_IMPORTANCE"),
    metrics: event.metrics.map((m) => metricNames.get(m.id?.data ?? "") ?? m.id?.data ?? "").join(", "),
    tags: event.tags.join(", "),
  };
}

function formatTime(timestamp: Timestamp | undefined, type: number): string {
  const seconds = timestamp?.seconds ?? 0n;
  const nanos = timestamp?.nanos ?? 0;
  const fraction = nanos === 0 ? "" : `.${String(nanos).padStart(9, "0").replace(/0+$/, "")}`;
  if (type === TimestampType.ABSOLUTE_TIMESTAMP) {
    const date = new Date(Number(seconds) * 1000);
    return Number.isNaN(date.getTime()) ? `${seconds}${fraction} s` : date.toISOString().replace(".000Z", `${fraction}Z`);
  }
  return `${seconds}${fraction} s${type === TimestampType.RELATIVE_TIMESTAMP ? "" : ` (${TimestampTypeNames[type] ?? `timestamp type ${type}`})`}`;
}

function idText(holder: { id?: { data: string } } | undefined): string {
  return holder?.id?.data ?? "";
}

function statusName(status: number): string {
  return enumName(MetricStatusNames, status, "_METRIC_STATUS");
}

/** An enum value without its type suffix (`FAIL_BLOCK`), `-` for 0 (unset), or the number when unknown. */
function enumName(names: Readonly<Record<number, string>>, value: number, suffix: string): string {
  if (value === 0) return "-";
  const name = names[value];
  return name === undefined ? String(value) : name.endsWith(suffix) ? name.slice(0, -suffix.length) : name;
}
