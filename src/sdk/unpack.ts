/**
 * `unpackMetrics`: metrics, metrics data and events fetched back from ReSim
 * (protobuf messages) turned into SDK objects that keep their ids, so batch
 * metrics can read test metrics and re-add them to a writer.
 * @module
 */

import {
  MetricTypeNames,
  TimestampType,
  type Event as EventMessage,
  type Metric as MetricMessage,
  type MetricsData as MetricsDataMessage,
  type MetricsDataId,
  type MetricValues,
} from "../proto/index.ts";
import { restoreAxisNames } from "./_two_axis_metric.ts";
import { BarChartMetric } from "./bar_chart_metric.ts";
import { BatchwiseBarChartMetric } from "./batchwise_bar_chart_metric.ts";
import { DoubleOverTimeMetric } from "./double_over_time_metric.ts";
import { DoubleSummaryMetric } from "./double_summary_metric.ts";
import { Event, linkMetrics } from "./event.ts";
import { ExternalFileMetricsData, skipFileChecks } from "./external_file_metrics_data.ts";
import { unpackFailureDefinition } from "./failure_definition.ts";
import { GroupedMetricsData } from "./grouped_metrics_data.ts";
import { HistogramMetric } from "./histogram_metric.ts";
import { isUuid } from "./ids.ts";
import { ImageListMetric } from "./image_list_metric.ts";
import { ImageMetric } from "./image_metric.ts";
import { LinePlotMetric } from "./line_plot_metric.ts";
import type { Metric } from "./metric.ts";
import { MetricsData, type BaseMetricsData } from "./metrics_data.ts";
import { PlotlyMetric } from "./plotly_metric.ts";
import { ScalarMetric } from "./scalar_metric.ts";
import { unpackSeries, type SeriesInput, type SeriesKind } from "./series_kind.ts";
import { SeriesMetricsData } from "./series_metrics_data.ts";
import { StatesOverTimeMetric } from "./states_over_time_metric.ts";
import { isSetStatus } from "./status.ts";
import { TextMetric } from "./text_metric.ts";
import { unpackTimestamp } from "./timestamp.ts";

/** Decoded protobuf messages of one job, as the ReSim API serves them. */
export interface UnpackInput {
  readonly metrics: readonly MetricMessage[];
  readonly metricsData: readonly MetricsDataMessage[];
  /** Batch mode passes none: events are not fetched. */
  readonly events?: readonly EventMessage[];
}

/** Something `unpackMetrics` left out, and why. */
export interface UnpackProblem {
  /** What the problem is about. */
  readonly kind: "metric" | "metrics data" | "event";
  /** Its name. */
  readonly name: string;
  /** Its id as written. */
  readonly id: string;
  /** What was left out and why, e.g. `skipped: its index "…" is missing`. */
  readonly message: string;
}

/** SDK objects of one job. */
export interface UnpackedMetrics {
  /** One per metric message that could be unpacked, in input order. */
  readonly metrics: readonly Metric[];
  /** Every data that could be unpacked, each after its index. */
  readonly metricsData: readonly BaseMetricsData[];
  /** One per event message, in input order. */
  readonly events: readonly Event[];
  /** The names of all metrics, data and events. */
  readonly names: ReadonlySet<string>;
  /** What was skipped or dropped, and why; empty for a job that validates. */
  readonly problems: readonly UnpackProblem[];
}

/** A reason to skip the object being unpacked. */
class Skip extends Error {}

/** A `MetricsDataId`, `MetricId` or `EventId` message. */
interface Reference {
  id?: { data: string };
}

const idOf = (ref: Reference | undefined): string => ref?.id?.data ?? "";

/**
 * Unpacks a job's metrics, data and events. Objects keep the ids they were
 * written with, so references survive re-adding them to a writer, and fields
 * absent from a message stay unset. Re-adding everything to a writer of the
 * same job writes an equivalent message: the same metrics in the same order,
 * the same data and events, every field and its presence alike, up to the
 * order of the data list and of per-category maps, which carry no meaning.
 * Two things are filled in where a message lacks them: a legend name for
 * every series (the data's name), and an `INDEXED_` data type for indexed
 * data. A job ReSim's SDK wrote re-packs byte for byte.
 *
 * Nothing throws on odd input: a data whose index is missing or whose series
 * is unset, a metric that references missing data or fails the checks its
 * builder makes, are skipped and reported in `problems`, as are statuses
 * without series and event links to missing metrics.
 *
 * @example
 * ```ts
 * const unpacked = unpackMetrics({ metrics, metricsData });
 * const speeds = unpacked.metricsData.filter((d) => d.name === "speed");
 * ```
 */
export function unpackMetrics(input: UnpackInput): UnpackedMetrics {
  const problems: UnpackProblem[] = [];
  const report = (kind: UnpackProblem["kind"], name: string, ref: Reference | undefined, text: string) =>
    problems.push({ kind, name, id: idOf(ref), message: text });

  const dataMessages = new Map<string, MetricsDataMessage>();
  for (const message of input.metricsData) {
    const id = idOf(message.metricsDataId);
    if (dataMessages.has(id)) report("metrics data", message.name, message.metricsDataId, `skipped: another metrics data has id "${id}"`);
    else dataMessages.set(id, message);
  }

  const data = new Map<string, BaseMetricsData | Skip>();
  const unpackDataById = (id: string, chain: readonly string[]): BaseMetricsData => {
    const done = data.get(id);
    if (done instanceof Skip) throw done;
    if (done !== undefined) return done;
    const message = dataMessages.get(id);
    if (message === undefined) throw new Skip(`metrics data "${id}" is missing`);
    if (chain.includes(id)) throw new Skip(`its index chain loops back to "${message.name}"`);
    let result: BaseMetricsData | Skip;
    try {
      result = unpackData(message, (indexId) => {
        try {
          return unpackDataById(indexId, [...chain, id]);
        } catch (error) {
          throw new Skip(`its index "${indexId}" cannot be read (${(error as Error).message})`);
        }
      });
    } catch (error) {
      result = error instanceof Skip ? error : new Skip((error as Error).message);
      report("metrics data", message.name, message.metricsDataId, `skipped: ${result.message}`);
    }
    data.set(id, result);
    if (result instanceof Skip) throw result;
    return result;
  };
  for (const id of dataMessages.keys()) {
    try {
      unpackDataById(id, []);
    } catch {
      // reported where it happened
    }
  }

  const resolve = (ref: MetricsDataId | undefined, role: string): BaseMetricsData => {
    const id = idOf(ref);
    const found = data.get(id);
    if (found === undefined) throw new Skip(`its ${role} "${id}" is missing`);
    if (found instanceof Skip) throw new Skip(`its ${role} "${id}" could not be read`);
    return found;
  };

  const metrics: Metric[] = [];
  const metricsById = new Map<string, Metric>();
  for (const message of input.metrics) {
    try {
      const metric = unpackMetric(message, resolve, (text) => report("metric", message.name, message.metricId, text));
      metrics.push(metric);
      metricsById.set(idOf(message.metricId), metric);
    } catch (error) {
      report("metric", message.name, message.metricId, `skipped: ${(error as Error).message}`);
    }
  }

  const events: Event[] = [];
  for (const message of input.events ?? []) {
    try {
      const event = unpackEvent(message);
      const linked = message.metrics.flatMap((ref) => {
        const metric = metricsById.get(idOf(ref));
        if (metric === undefined) report("event", message.name, message.eventId, `dropped its link to metric "${idOf(ref)}", which is missing`);
        return metric === undefined ? [] : [metric];
      });
      events.push(event[linkMetrics](linked));
    } catch (error) {
      report("event", message.name, message.eventId, `skipped: ${(error as Error).message}`);
    }
  }

  const metricsData = [...data.values()].filter((d): d is BaseMetricsData => !(d instanceof Skip));
  const names = new Set([...metrics, ...metricsData, ...events].map((entity) => entity.name));
  return { metrics, metricsData, events, names, problems };
}

function unpackData(message: MetricsDataMessage, indexById: (id: string) => BaseMetricsData): BaseMetricsData {
  const id = idOf(message.metricsDataId);
  const content = message.data;
  if (content.case === "externalFile") return new ExternalFileMetricsData(message.name, content.value.path, { id, [skipFileChecks]: true });
  const index = message.isIndexed ? indexById(idOf(message.indexDataId)) : undefined;
  const options = { id, ...(message.unit !== "" ? { unit: message.unit } : {}) };
  if (content.case === "seriesPerCategory") {
    const names = [...new Set([...message.categoryNames, ...content.value.categoryToSeries.keys()])];
    const categories = new Map<string, SeriesInput>();
    let kind: SeriesKind | undefined;
    for (const name of names) {
      const series = content.value.categoryToSeries.get(name);
      const unpacked = series && unpackSeries(series);
      if (unpacked === undefined) throw new Skip(`category "${name}" has no series`);
      if (kind !== undefined && unpacked.kind !== kind) throw new Skip(`category "${name}" holds ${unpacked.kind} values, others ${kind} values`);
      kind = unpacked.kind;
      categories.set(name, unpacked.values);
    }
    if (kind === undefined) throw new Skip("it has no categories");
    if (index !== undefined && !(index instanceof GroupedMetricsData)) throw new Skip(`its index "${index.name}" is not per-category data`);
    return new GroupedMetricsData(message.name, categories, { ...options, type: kind, ...(index !== undefined ? { index } : {}) });
  }
  const unpacked = content.case === "series" ? unpackSeries(content.value) : undefined;
  if (unpacked === undefined) throw new Skip("it holds no series");
  if (index !== undefined && !(index instanceof SeriesMetricsData)) throw new Skip(`its index "${index.name}" is not a series`);
  return new SeriesMetricsData(message.name, unpacked.values, { ...options, type: unpacked.kind, ...(index !== undefined ? { index } : {}) });
}

/** What per-type unpacking needs: the metric message's values and data lookups. */
type Resolve = (ref: MetricsDataId | undefined, role: string) => BaseMetricsData;
type Note = (text: string) => void;
type ValuesOf<C extends MetricValues["metricValues"]["case"]> = Extract<MetricValues["metricValues"], { case: C }>["value"];

/** Data of any kind where a builder declares one: builders check the kind themselves. */
const asData = (data: BaseMetricsData): MetricsData<never> => data as MetricsData<never>;

/** The statuses that have a series; extra ones are noted and dropped. */
function pairedStatuses(refs: readonly MetricsDataId[], seriesCount: number, note: Note): readonly MetricsDataId[] {
  if (refs.length > seriesCount) note(`dropped ${refs.length - seriesCount} statuses without series`);
  return refs.slice(0, seriesCount);
}

function unpackMetric(message: MetricMessage, resolve: Resolve, note: Note): Metric {
  const options = { id: idOf(message.metricId) };
  const values = message.metricValues?.metricValues;
  if (values?.case === undefined) throw new Skip("it has no values");
  const metric = typeUnpackers[values.case](message.name, options, values.value as never, resolve, note);
  if (metric.type !== message.type) throw new Skip(`its type ${MetricTypeNames[message.type] ?? message.type} does not match its ${values.case}`);
  if (message.description !== "") metric.withDescription(message.description);
  if (isSetStatus(message.status)) metric.withStatus(message.status);
  if (message.importance !== 0) metric.withImportance(message.importance as never);
  if (message.shouldDisplay !== undefined) metric.withShouldDisplay(message.shouldDisplay);
  if (message.blocking !== undefined) metric.withBlocking(message.blocking);
  if (message.parentId.case === "jobId" && isUuid(message.parentId.value.id?.data)) metric.withParentJobId(message.parentId.value.id.data);
  if (message.order !== undefined) metric.withOrder(message.order);
  if (message.eventMetric !== undefined) metric.withEventMetric(message.eventMetric);
  for (const tag of message.tags) metric.withTag(tag.key, tag.value);
  return metric;
}

type Unpacker<C extends MetricValues["metricValues"]["case"] & string> = (name: string, options: { id: string }, values: ValuesOf<C>, resolve: Resolve, note: Note) => Metric;

const typeUnpackers: { readonly [C in MetricValues["metricValues"]["case"] & string]: Unpacker<C> } = {
  doubleMetricValues(name, options, v, resolve) {
    const metric = new DoubleSummaryMetric(name, options);
    if (v.valueDataId !== undefined) metric.withValueData(asData(resolve(v.valueDataId, "value data")));
    if (v.statusDataId !== undefined) metric.withStatusData(asData(resolve(v.statusDataId, "status data")));
    const index = v.index;
    if (index.case === "seriesIndex" || index.case === "stringIndex") metric.withIndex(index.value);
    else if (index.case === "uuidIndex") metric.withIndex(index.value.data);
    else if (index.case === "timestampIndex") metric.withIndex(unpackTimestamp(index.value));
    if (v.failureDefinition !== undefined) metric.withFailureDefinition(unpackFailureDefinition(v.failureDefinition));
    return metric;
  },
  doubleOverTimeMetricValues(name, options, v, resolve, note) {
    const metric = new DoubleOverTimeMetric(name, options);
    v.doublesOverTimeDataId.forEach((ref, i) => metric.appendDoublesOverTimeData(asData(resolve(ref, "doubles data")), v.legendSeriesNames[i]));
    for (const ref of pairedStatuses(v.statusesOverTimeDataId, metric.series.length, note)) metric.appendStatusesOverTimeData(asData(resolve(ref, "status data")));
    if (v.failureDefinition.length === metric.series.length) metric.withFailureDefinitions(v.failureDefinition.map(unpackFailureDefinition));
    else note(`dropped ${v.failureDefinition.length} failure definitions given for ${metric.series.length} series`);
    if (v.startTime !== undefined) metric.withStartTime(unpackTimestamp(v.startTime));
    if (v.endTime !== undefined) metric.withEndTime(unpackTimestamp(v.endTime));
    if (v.yAxisName !== undefined) metric.withYAxisName(v.yAxisName);
    return metric;
  },
  linePlotMetricValues(name, options, v, resolve, note) {
    const metric = new LinePlotMetric(name, options);
    if (v.yDoublesDataId.length !== v.xDoublesDataId.length) note(`dropped the series beyond ${Math.min(v.xDoublesDataId.length, v.yDoublesDataId.length)}, which lack x or y data`);
    v.xDoublesDataId.slice(0, v.yDoublesDataId.length).forEach((ref, i) =>
      metric.appendSeriesData(asData(resolve(ref, "x data")), asData(resolve(v.yDoublesDataId[i], "y data")), v.legendSeriesNames[i]),
    );
    for (const ref of pairedStatuses(v.statusesDataId, metric.series.length, note)) metric.appendStatusesData(asData(resolve(ref, "status data")));
    restoreAxisNames(metric, v);
    return metric;
  },
  barChartMetricValues(name, options, v, resolve, note) {
    const metric = new BarChartMetric(name, options);
    v.valuesDataId.forEach((ref, i) => metric.appendValuesData(asData(resolve(ref, "values data")), v.legendSeriesNames[i]));
    for (const ref of pairedStatuses(v.statusesDataId, metric.series.length, note)) metric.appendStatusesData(asData(resolve(ref, "status data")));
    restoreAxisNames(metric, v);
    if (v.stackBars !== undefined) metric.withStackBars(v.stackBars);
    return metric;
  },
  statesOverTimeMetricValues(name, options, v, resolve, note) {
    const metric = new StatesOverTimeMetric(name, options);
    if (v.statesSet.length > 0) metric.withStatesSet(v.statesSet);
    if (v.failureStates.length > 0) metric.withFailureStates(v.failureStates);
    v.statesOverTimeDataId.forEach((ref, i) => metric.appendStatesOverTimeData(asData(resolve(ref, "states data")), v.legendSeriesNames[i]));
    for (const ref of pairedStatuses(v.statusesOverTimeDataId, metric.series.length, note)) metric.appendStatusesOverTimeData(asData(resolve(ref, "status data")));
    return metric;
  },
  histogramMetricValues(name, options, v, resolve) {
    const metric = new HistogramMetric(name, options);
    if (v.valuesDataId !== undefined) metric.withValuesData(asData(resolve(v.valuesDataId, "values data")));
    if (v.statusesDataId !== undefined) metric.withStatusesData(asData(resolve(v.statusesDataId, "status data")));
    if (v.buckets.length > 0) metric.withBuckets(v.buckets.map((b) => ({ lower: b.lower ?? 0, upper: b.upper ?? 0 })));
    if (v.lowerBound !== undefined) metric.withLowerBound(v.lowerBound);
    if (v.upperBound !== undefined) metric.withUpperBound(v.upperBound);
    if (v.xAxisName !== undefined) metric.withXAxisName(v.xAxisName);
    return metric;
  },
  scalarMetricValues(name, options, v) {
    const metric = new ScalarMetric(name, options);
    if (v.value !== undefined) metric.withValue(v.value);
    if (v.failureDefinition !== undefined) metric.withFailureDefinition(unpackFailureDefinition(v.failureDefinition));
    if (v.unit !== undefined) metric.withUnit(v.unit);
    return metric;
  },
  plotlyMetricValues(name, options, v) {
    const metric = new PlotlyMetric(name, options);
    if (v.json !== undefined) metric.withPlotlyData(v.json);
    return metric;
  },
  imageMetricValues(name, options, v, resolve) {
    const metric = new ImageMetric(name, options);
    if (v.imageDataId !== undefined) metric.withImageData(resolve(v.imageDataId, "image data") as ExternalFileMetricsData);
    return metric;
  },
  batchwiseBarChartMetricValues(name, options, v, resolve, note) {
    const metric = new BatchwiseBarChartMetric(name, options);
    const count = Math.min(v.valuesDataId.length, v.timesDataId.length, v.statusesDataId.length, v.categories.length);
    if (count < v.valuesDataId.length) note(`dropped the categories beyond ${count}, which lack times, statuses or a name`);
    for (let i = 0; i < count; i++) {
      metric.appendCategoryData(
        v.categories[i]!,
        asData(resolve(v.timesDataId[i], "times data")),
        asData(resolve(v.valuesDataId[i], "values data")),
        asData(resolve(v.statusesDataId[i], "status data")),
      );
    }
    if (v.colors.length > 0) metric.withColors(v.colors);
    if (v.projectId !== undefined) metric.withProjectId(v.projectId.data);
    restoreAxisNames(metric, v);
    if (v.stackBars !== undefined) metric.withStackBars(v.stackBars);
    return metric;
  },
  textMetricValues(name, options, v) {
    const metric = new TextMetric(name, options);
    if (v.text !== "") metric.withText(v.text);
    return metric;
  },
  imageListMetricValues(name, options, v, resolve) {
    const metric = new ImageListMetric(name, options);
    for (const ref of v.imageDataIds) metric.appendImageData(resolve(ref, "image data") as ExternalFileMetricsData);
    return metric;
  },
};

function unpackEvent(message: EventMessage): Event {
  const event = new Event(message.name, { id: idOf(message.eventId) });
  if (message.description !== "") event.withDescription(message.description);
  if (message.tags.length > 0) event.withTags(message.tags);
  if (isSetStatus(message.status)) event.withStatus(message.status);
  if (message.importance !== 0) event.withImportance(message.importance as never);
  if (message.timestamp !== undefined) {
    const timestamp = unpackTimestamp(message.timestamp);
    // Like ReSim's SDK: anything but a relative timestamp reads as absolute.
    if (message.timestampType === TimestampType.RELATIVE_TIMESTAMP) event.withRelativeTimestamp(timestamp);
    else event.withAbsoluteTimestamp(timestamp);
  }
  return event;
}
