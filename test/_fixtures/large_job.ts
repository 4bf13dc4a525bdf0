/**
 * A seeded generator of a large JobMetrics: line plots of a million points
 * each (one shared x series, a y and a status series per plot), the shape
 * of a long simulation's telemetry. 10 plots make a ~98 MB file: the input
 * of the preview's browser test and of the codec and preview benches.
 * @module
 */

import { JobMetrics, MetricsData, MetricsDataType, MetricStatus, MetricType, Metric } from "../../src/proto/index.ts";
import { seededRandom } from "../_seeded_random.ts";

function ref(id: string): { id: { data: string } } {
  return { id: { data: id } };
}

function doubles(id: string, name: string, unit: string, values: Float64Array): MetricsData {
  return MetricsData.create({
    metricsDataId: ref(id),
    name,
    unit,
    dataType: MetricsDataType.DOUBLE_SERIES_DATA_TYPE,
    data: { case: "series", value: { series: { case: "doubles", value: { series: values } } } },
  });
}

const jobId = "00000000-0000-4000-8000-000000000001";

/** `plots` line plots of `points` points each; deterministic for a given `seed`. */
export function largeJobMetrics(plots = 10, points = 1_000_000, seed = 42): JobMetrics {
  const next = seededRandom(seed);
  const time = new Float64Array(points);
  for (let i = 0; i < points; i++) time[i] = i / 1000;
  const data: MetricsData[] = [doubles("00000000-0000-4000-8000-00000000000a", "time", "s", time)];
  const metrics: Metric[] = [];
  for (let p = 0; p < plots; p++) {
    const y = new Float64Array(points);
    const statuses = new Int32Array(points).fill(MetricStatus.PASSED_METRIC_STATUS);
    const frequency = 0.5 + p;
    let drift = 0;
    for (let i = 0; i < points; i++) {
      drift += (next() - 0.5) * 0.01;
      y[i] = Math.sin((frequency * time[i]!) / 60) + drift + (next() - 0.5) * 0.1;
    }
    // One spike per plot that downsampling must keep.
    const spike = Math.floor(next() * points);
    y[spike] = 10 + p;
    statuses[spike] = MetricStatus.FAIL_WARN_METRIC_STATUS;
    const yId = `00000000-0000-4000-8000-0000000001${String(p).padStart(2, "0")}`;
    const statusId = `00000000-0000-4000-8000-0000000002${String(p).padStart(2, "0")}`;
    data.push(
      doubles(yId, `signal ${p}`, "m", y),
      MetricsData.create({
        metricsDataId: ref(statusId),
        name: `signal ${p} statuses`,
        dataType: MetricsDataType.METRIC_STATUS_SERIES_DATA_TYPE,
        data: { case: "series", value: { series: { case: "statuses", value: { series: statuses } } } },
      }),
    );
    metrics.push(
      Metric.create({
        metricId: ref(`00000000-0000-4000-8000-0000000003${String(p).padStart(2, "0")}`),
        name: `Signal ${p}`,
        type: MetricType.LINE_PLOT_METRIC_TYPE,
        description: `A million samples of signal ${p}`,
        status: MetricStatus.PASSED_METRIC_STATUS,
        importance: 3,
        order: p,
        parentId: { case: "jobId", value: { id: { data: jobId } } },
        metricValues: {
          metricValues: {
            case: "linePlotMetricValues",
            value: {
              xDoublesDataId: [ref("00000000-0000-4000-8000-00000000000a")],
              yDoublesDataId: [ref(yId)],
              statusesDataId: [ref(statusId)],
              xAxisName: "Time",
              yAxisName: "Signal",
              legendSeriesNames: [`signal ${p}`],
            },
          },
        },
      }),
    );
  }
  return JobMetrics.create({
    jobId: { id: { data: jobId } },
    jobLevelMetrics: { metrics, metricsStatus: MetricStatus.PASSED_METRIC_STATUS },
    metricsData: data,
    metricsStatus: MetricStatus.PASSED_METRIC_STATUS,
  });
}
