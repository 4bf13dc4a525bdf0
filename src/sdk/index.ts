/**
 * The metrics SDK, imported by scripts as `resim-metrics`: a writer, the 12
 * metric types with fluent builders, metrics data, events, timestamps, and
 * unpacking of metrics fetched back from ReSim.
 * @module
 */

export type { JobMetrics } from "../proto/index.ts";
export { InvalidMetricsError, type ValidationReport, type Violation } from "../validate/index.ts";
export type { EntityOptions } from "./_entity.ts";
export { BarChartMetric, type BarSeries } from "./bar_chart_metric.ts";
export { BatchwiseBarChartMetric, type BatchwiseCategory } from "./batchwise_bar_chart_metric.ts";
export { DoubleOverTimeMetric, type DoubleOverTimeSeries } from "./double_over_time_metric.ts";
export { DoubleSummaryMetric, type SummaryIndex } from "./double_summary_metric.ts";
export { MetricsRangeError, MetricsTypeError, type ErrorSubject } from "./errors.ts";
export { Event } from "./event.ts";
export { ExternalFileMetricsData, type ExternalFileMetricsDataOptions } from "./external_file_metrics_data.ts";
export { defaultOutputsDir, metricsFileName } from "./output_layout.ts";
export type { DoubleFailureDefinition } from "./failure_definition.ts";
export { GroupedMetricsData, type CategoryInput, type GroupedMetricsDataOptions } from "./grouped_metrics_data.ts";
export { bucketsFromEdges, equalWidthBuckets, type HistogramBucket } from "./histogram_bucket.ts";
export { HistogramMetric } from "./histogram_metric.ts";
export { isUuid, randomIds, seededIds, type IdGenerator } from "./ids.ts";
export { ImageListMetric } from "./image_list_metric.ts";
export { ImageMetric } from "./image_metric.ts";
export { LinePlotMetric, type LineSeries } from "./line_plot_metric.ts";
export { Metric, type Tag } from "./metric.ts";
export { BaseMetricsData, MetricsData, type DataShape, type MetricsDataOptions } from "./metrics_data.ts";
export { PlotlyMetric } from "./plotly_metric.ts";
export { ScalarMetric } from "./scalar_metric.ts";
export type {
  InferredKind,
  NumericArray,
  SeriesElementByKind,
  SeriesInput,
  SeriesInputByKind,
  SeriesKind,
  SeriesValues,
  SeriesValuesByKind,
} from "./series_kind.ts";
export { SeriesMetricsData, type GroupByOptions, type SeriesMetricsDataOptions } from "./series_metrics_data.ts";
export { StatesOverTimeMetric, type StatesSeries } from "./states_over_time_metric.ts";
export { MetricImportance, MetricStatus, rollUpStatus, TimestampType } from "./status.ts";
export { TextMetric } from "./text_metric.ts";
export { Timestamp } from "./timestamp.ts";
export { Timestamps } from "./timestamps.ts";
export { unpackMetrics, type UnpackedMetrics, type UnpackInput, type UnpackProblem } from "./unpack.ts";
export { MetricsWriter, type MetricsWriterOptions, type WriteOptions, type WriteResult } from "./writer.ts";
