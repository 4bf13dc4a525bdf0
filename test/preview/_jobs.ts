/**
 * Small hand-built JobMetrics pieces for preview tests: data series and
 * metrics with exactly the fields a test needs.
 * @module
 */

import {
  BarChartMetricValues,
  BatchwiseBarChartMetricValues,
  DoubleOverTimeMetricValues,
  DoubleSummaryMetricValues,
  HistogramMetricValues,
  ImageListMetricValues,
  ImageMetricValues,
  JobMetrics,
  LinePlotMetricValues,
  type MessageType,
  Metric,
  MetricsData,
  MetricsDataType,
  MetricStatus,
  MetricType,
  type MetricValues,
  PlotlyMetricValues,
  ScalarMetricValues,
  type Series,
  StatesOverTimeMetricValues,
  TextMetricValues,
} from "../../src/proto/index.ts";

/** A reference to data `id`. */
export function ref(id: string): { id: { data: string } } {
  return { id: { data: id } };
}

type SeriesInit =
  | { doubles: number[] }
  | { times: number[] }
  | { strings: string[] }
  | { uuids: string[] }
  | { statuses: number[] };

function series(init: SeriesInit): Series {
  if ("doubles" in init) return { series: { case: "doubles", value: { series: Float64Array.from(init.doubles) } } };
  if ("times" in init) {
    const stamps = init.times.map((t) => ({ seconds: BigInt(Math.floor(t)), nanos: Math.round((t - Math.floor(t)) * 1e9) }));
    return { series: { case: "timestamps", value: { series: stamps } } };
  }
  if ("strings" in init) return { series: { case: "strings", value: { series: init.strings } } };
  if ("uuids" in init) return { series: { case: "uuids", value: { series: init.uuids.map((data) => ({ data })) } } };
  return { series: { case: "statuses", value: { series: Int32Array.from(init.statuses) } } };
}

const plainTypes = {
  doubles: MetricsDataType.DOUBLE_SERIES_DATA_TYPE,
  times: MetricsDataType.TIMESTAMP_SERIES_DATA_TYPE,
  uuids: MetricsDataType.UUID_SERIES_DATA_TYPE,
  strings: MetricsDataType.STRING_SERIES_DATA_TYPE,
  statuses: MetricsDataType.METRIC_STATUS_SERIES_DATA_TYPE,
} as const;

/** Series data named `id` (its id and name are the same), optionally indexed by data `index`. */
export function seriesData(id: string, init: SeriesInit, options: { index?: string; unit?: string } = {}): MetricsData {
  const kind = Object.keys(init)[0] as keyof typeof plainTypes;
  const data = MetricsData.create({
    metricsDataId: ref(id),
    name: id,
    unit: options.unit ?? "",
    dataType: plainTypes[kind] + (options.index === undefined ? 0 : 5),
    data: { case: "series", value: series(init) },
  });
  if (options.index !== undefined) {
    data.isIndexed = true;
    data.indexDataId = ref(options.index);
  }
  return data;
}

/** Per-category data named `id`. */
export function groupedData(id: string, categories: Record<string, SeriesInit>, options: { index?: string } = {}): MetricsData {
  const data = seriesData(id, Object.values(categories)[0]!, options);
  data.isPerCategory = true;
  data.categoryNames = Object.keys(categories);
  data.data = {
    case: "seriesPerCategory",
    value: { categoryToSeries: new Map(Object.entries(categories).map(([name, init]) => [name, series(init)])) },
  };
  return data;
}

/** External-file data named `id` at `path`. */
export function fileData(id: string, path: string): MetricsData {
  return MetricsData.create({
    metricsDataId: ref(id),
    name: id,
    dataType: MetricsDataType.EXTERNAL_FILE_DATA_TYPE,
    data: { case: "externalFile", value: { path } },
  });
}

type ValuesCase = NonNullable<MetricValues["metricValues"]["case"]>;
type ValuesOf<C extends ValuesCase> = Extract<MetricValues["metricValues"], { case: C }>["value"];

/** Each values case: its metric type and codec (whose `create` fills the fields a test leaves out). */
const valueKinds: { [C in ValuesCase]: [number, MessageType<ValuesOf<C>>] } = {
  doubleMetricValues: [MetricType.DOUBLE_SUMMARY_METRIC_TYPE, DoubleSummaryMetricValues],
  doubleOverTimeMetricValues: [MetricType.DOUBLE_OVER_TIME_METRIC_TYPE, DoubleOverTimeMetricValues],
  linePlotMetricValues: [MetricType.LINE_PLOT_METRIC_TYPE, LinePlotMetricValues],
  barChartMetricValues: [MetricType.BAR_CHART_METRIC_TYPE, BarChartMetricValues],
  statesOverTimeMetricValues: [MetricType.STATES_OVER_TIME_METRIC_TYPE, StatesOverTimeMetricValues],
  histogramMetricValues: [MetricType.HISTOGRAM_METRIC_TYPE, HistogramMetricValues],
  scalarMetricValues: [MetricType.SCALAR_METRIC_TYPE, ScalarMetricValues],
  plotlyMetricValues: [MetricType.PLOTLY_METRIC_TYPE, PlotlyMetricValues],
  imageMetricValues: [MetricType.IMAGE_METRIC_TYPE, ImageMetricValues],
  batchwiseBarChartMetricValues: [MetricType.BATCHWISE_BAR_CHART_METRIC_TYPE, BatchwiseBarChartMetricValues],
  textMetricValues: [MetricType.TEXT_METRIC_TYPE, TextMetricValues],
  imageListMetricValues: [MetricType.IMAGE_LIST_METRIC_TYPE, ImageListMetricValues],
};

/** Metric values of one case, with only the fields a test sets. */
export type PartialValues = { [C in ValuesCase]: { case: C; value: Partial<ValuesOf<C>> } }[ValuesCase] | { case: undefined };

/** A metric named `name` with the given values (its type follows them); `fields` overrides the rest. */
export function metric(name: string, values: PartialValues, fields: Partial<Metric> = {}): Metric {
  let type: number = MetricType.NO_METRIC_TYPE;
  let full: MetricValues["metricValues"] = { case: undefined };
  if (values.case !== undefined) {
    const [kindType, codec] = valueKinds[values.case] as [number, MessageType<object>];
    type = kindType;
    full = { case: values.case, value: codec.create(values.value) } as MetricValues["metricValues"];
  }
  return Metric.create({
    metricId: ref(`metric:${name}`),
    name,
    type,
    status: MetricStatus.PASSED_METRIC_STATUS,
    metricValues: { metricValues: full },
    ...fields,
  });
}

/** A scalar metric: the smallest metric there is. */
export function scalar(name: string, value: number, fields: Partial<Metric> = {}): Metric {
  return metric(name, { case: "scalarMetricValues", value: { value } }, fields);
}

/** A JobMetrics holding `metrics` and `data`. */
export function job(metrics: Metric[], data: MetricsData[] = [], fields: Partial<JobMetrics> = {}): JobMetrics {
  return JobMetrics.create({
    jobId: { id: { data: "00000000-0000-4000-8000-000000000001" } },
    jobLevelMetrics: { metrics, metricsStatus: MetricStatus.PASSED_METRIC_STATUS },
    metricsData: data,
    metricsStatus: MetricStatus.PASSED_METRIC_STATUS,
    ...fields,
  });
}
