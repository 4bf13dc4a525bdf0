/**
 * Which metric type each case of the `metric_values` oneof belongs to: a
 * convention the schema states in comments, which its generated code does
 * not carry. The validator and the preview both check metrics against it.
 * @module
 */

import { MetricType, type MetricValues } from "./gen/metrics_pb.ts";

/** A case of the `metric_values` oneof, e.g. `"linePlotMetricValues"`. */
export type MetricValuesOneofCase = Exclude<MetricValues["metricValues"]["case"], undefined>;

/** The metric type whose values each case holds. */
export const metricTypeOfValues: Readonly<Record<MetricValuesOneofCase, MetricType>> = {
  doubleMetricValues: MetricType.DOUBLE_SUMMARY_METRIC_TYPE,
  doubleOverTimeMetricValues: MetricType.DOUBLE_OVER_TIME_METRIC_TYPE,
  linePlotMetricValues: MetricType.LINE_PLOT_METRIC_TYPE,
  barChartMetricValues: MetricType.BAR_CHART_METRIC_TYPE,
  statesOverTimeMetricValues: MetricType.STATES_OVER_TIME_METRIC_TYPE,
  histogramMetricValues: MetricType.HISTOGRAM_METRIC_TYPE,
  scalarMetricValues: MetricType.SCALAR_METRIC_TYPE,
  plotlyMetricValues: MetricType.PLOTLY_METRIC_TYPE,
  imageMetricValues: MetricType.IMAGE_METRIC_TYPE,
  batchwiseBarChartMetricValues: MetricType.BATCHWISE_BAR_CHART_METRIC_TYPE,
  textMetricValues: MetricType.TEXT_METRIC_TYPE,
  imageListMetricValues: MetricType.IMAGE_LIST_METRIC_TYPE,
};
