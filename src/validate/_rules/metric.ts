/**
 * Metrics (P5): the rules every metric follows (METRIC-01…03, ENUM-02…04,
 * ID-05, ID-06, TAG-01, TAG-02) and the dispatch to the rules of its type.
 * @module
 */

import {
  MetricImportanceNames,
  MetricStatusNames,
  metricTypeOfValues,
  MetricTypeNames,
  protoFieldName,
  type Metric,
  type MetricValues,
  type MetricValuesOneofCase,
} from "../../proto/index.ts";
import { at, metricTypeName, type Checker, type Place } from "./checker.ts";
import { checkBarChart } from "./bar_chart.ts";
import { checkBatchwiseBarChart } from "./batchwise_bar_chart.ts";
import { checkDoubleOverTime } from "./double_over_time.ts";
import { checkDoubleSummary } from "./double_summary.ts";
import { checkEnumSet } from "./enums.ts";
import { checkHistogram } from "./histogram.ts";
import { checkUuid } from "./ids.ts";
import { checkImage, checkImageList } from "./images.ts";
import { checkLinePlot } from "./line_plot.ts";
import { checkPlotly } from "./plotly.ts";
import { checkScalar } from "./scalar.ts";
import { checkStatesOverTime } from "./states_over_time.ts";
import { checkText } from "./text.ts";

type ValuesOf<K extends MetricValuesOneofCase> = Extract<MetricValues["metricValues"], { case: K }>["value"];

/** Per values case, the rules of its contents. */
const valueRules: { readonly [K in MetricValuesOneofCase]: (c: Checker, values: ValuesOf<K>, place: Place) => void } = {
  doubleMetricValues: checkDoubleSummary,
  doubleOverTimeMetricValues: checkDoubleOverTime,
  linePlotMetricValues: checkLinePlot,
  barChartMetricValues: checkBarChart,
  statesOverTimeMetricValues: checkStatesOverTime,
  histogramMetricValues: checkHistogram,
  scalarMetricValues: checkScalar,
  plotlyMetricValues: checkPlotly,
  imageMetricValues: checkImage,
  batchwiseBarChartMetricValues: checkBatchwiseBarChart,
  textMetricValues: checkText,
  imageListMetricValues: checkImageList,
};

const caseByType = new Map(Object.entries(metricTypeOfValues).map(([valuesCase, type]) => [type as number, valuesCase as MetricValuesOneofCase]));

/** The values case a metric type requires; upstream's fall-through sends unknown types to images (N-07). */
function requiredCase(type: number): MetricValuesOneofCase {
  return caseByType.get(type) ?? "imageMetricValues";
}

/** Checks every metric, in order. */
export function checkMetrics(c: Checker): void {
  c.metrics.forEach((metric, index) => checkMetric(c, metric, c.metricPlace(index)));
}

function checkMetric(c: Checker, metric: Metric, place: Place): void {
  if (metric.name === "") c.error("METRIC-01", at(place, "name"), "is empty: every metric needs a name");
  checkEnumSet(c, "ENUM-02", at(place, "type"), metric.type, MetricTypeNames, "set the metric type", "ReSim validates the metric as an IMAGE metric");
  checkEnumSet(c, "ENUM-03", at(place, "status"), metric.status, MetricStatusNames, "set the metric's status");
  const values = metric.metricValues?.metricValues;
  if (values === undefined || values.case === undefined) {
    c.error("METRIC-02", at(place, "metric_values"), `is not set: a ${metricTypeName(metric.type)} metric needs ${protoFieldName(requiredCase(metric.type))}`);
  } else {
    const check = valueRules[values.case] as (c: Checker, values: unknown, place: Place) => void;
    check(c, values.value, at(place, protoFieldName(values.case)));
  }
  checkEnumSet(c, "ENUM-04", at(place, "importance"), metric.importance, MetricImportanceNames, "set the metric's importance");
  if (metric.parentId.case !== "jobId") {
    c.error("ID-05", at(place, "job_id"), "is not set: every metric needs the job's id");
  } else {
    checkUuid(c, "ID-06", at(place, "job_id", "id", "data"), metric.parentId.value.id?.data ?? "");
  }
  metric.tags.forEach((tag, k) => {
    if (tag.key === "") c.error("TAG-01", at(place, "tags", k, "key"), "is empty: a tag needs a key and a value");
    if (tag.value === "") c.error("TAG-02", at(place, "tags", k, "value"), "is empty: a tag needs a key and a value");
  });
  const required = requiredCase(metric.type);
  if (metric.type !== 0 && values?.case !== undefined && values.case !== required) {
    c.error("METRIC-03", at(place, "type"), `is ${metricTypeName(metric.type)}, but the metric holds ${protoFieldName(values.case)} where ${protoFieldName(required)} is required`);
  }
}
