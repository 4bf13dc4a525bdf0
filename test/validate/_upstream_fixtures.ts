/**
 * The JobMetrics messages ReSim's validator tests run against, rebuilt here:
 * `generateTestMetrics(blockFail)` (21 metrics of all 12 types, 44 data, 2
 * events) and `generateBadEvents(expectEvent)`. Ids are braced UUIDs like
 * upstream's, but numbered rather than random, and the random batch values
 * come from a seeded generator, so messages that quote them are stable.
 * @module
 */

import {
  DoubleSeries,
  Event,
  EventId,
  JobId,
  JobMetrics,
  Metric,
  MetricCollection,
  MetricId,
  MetricImportance as Importance,
  MetricsData,
  MetricsDataId,
  MetricsDataType as DataType,
  MetricStatus as Status,
  MetricType,
  MetricValues,
  MetricStatusSeries,
  Series,
  SeriesPerCategory,
  StringSeries,
  Tag,
  Timestamp,
  TimestampSeries,
  TimestampType,
  UUID,
  UUIDSeries,
} from "../../src/proto/index.ts";
import { seededRandom } from "../_seeded_random.ts";

/** The braced id numbered `n`: `{00000000-0000-4000-a000-00000000000n}` (hex). */
export function braced(n: number): string {
  return `{00000000-0000-4000-a000-${n.toString(16).padStart(12, "0")}}`;
}

type Values = MetricValues["metricValues"];
/** A value of the `Series.series` oneof. */
export type SeriesValue = Series["series"];

const uuid = (data: string) => UUID.create({ data });
/** A `Series.series` oneof value. */
export const doubles = (values: readonly number[]): SeriesValue => ({ case: "doubles", value: DoubleSeries.create({ series: Float64Array.from(values) }) });
/** A `Series.series` oneof value. */
export const statuses = (values: readonly number[]): SeriesValue => ({ case: "statuses", value: MetricStatusSeries.create({ series: Int32Array.from(values) }) });
/** A `Series.series` oneof value. */
export const strings = (values: readonly string[]): SeriesValue => ({ case: "strings", value: StringSeries.create({ series: [...values] }) });
/** A `Series.series` oneof value. */
export const uuids = (values: readonly string[]): SeriesValue => ({ case: "uuids", value: UUIDSeries.create({ series: values.map(uuid) }) });
/** A `Series.series` oneof value. */
export const timestamps = (seconds: readonly number[]): SeriesValue => ({
  case: "timestamps",
  value: TimestampSeries.create({ series: seconds.map((s) => Timestamp.create({ seconds: BigInt(s) })) }),
});
const range = (n: number) => Array.from({ length: n }, (_, i) => i);

/** Builds one JobMetrics the way upstream's generator does, entry by entry. */
class Builder {
  #next = 1;
  readonly jobId: JobId;
  readonly metrics: Metric[] = [];
  readonly data: MetricsData[] = [];
  readonly #dataByName = new Map<string, MetricsData>();

  constructor() {
    this.jobId = JobId.create({ id: uuid(this.newId()) });
  }

  newId(): string {
    return braced(this.#next++);
  }

  /** The id of the data named `name`, as a fresh message. */
  ref(name: string): MetricsDataId {
    const data = this.#dataByName.get(name);
    if (data === undefined) throw new Error(`no data named ${name}`);
    return MetricsDataId.create({ id: uuid(data.metricsDataId!.id!.data) });
  }

  addData(name: string, dataType: number, series: SeriesValue, index?: [name: string, type: number]): void {
    this.#add(name, dataType, { data: { case: "series", value: Series.create({ series }) } }, index);
  }

  addPerCategory(name: string, dataType: number, categories: Record<string, SeriesValue>, index?: [name: string, type: number]): void {
    const categoryToSeries = new Map(Object.entries(categories).map(([category, series]) => [category, Series.create({ series })]));
    this.#add(name, dataType, { isPerCategory: true, categoryNames: Object.keys(categories), data: { case: "seriesPerCategory", value: SeriesPerCategory.create({ categoryToSeries }) } }, index);
  }

  addExternalFile(name: string, path: string): void {
    this.#add(name, DataType.EXTERNAL_FILE_DATA_TYPE, { data: { case: "externalFile", value: { path } } });
  }

  #add(name: string, dataType: number, fields: Partial<MetricsData>, index?: [name: string, type: number]): void {
    const data = MetricsData.create({ metricsDataId: MetricsDataId.create({ id: uuid(this.newId()) }), name, dataType, ...fields });
    if (index !== undefined) Object.assign(data, { isIndexed: true, indexDataId: this.ref(index[0]), indexDataType: index[1] });
    this.data.push(data);
    this.#dataByName.set(name, data);
  }

  addMetric(name: string, type: number, status: number, importance: number, values: Values, extra: Partial<Metric> = {}): Metric {
    const metric = Metric.create({
      metricId: MetricId.create({ id: uuid(this.newId()) }),
      name,
      type,
      status,
      importance,
      shouldDisplay: true,
      metricValues: MetricValues.create({ metricValues: values }),
      parentId: { case: "jobId", value: JobId.create({ id: uuid(this.jobId.id!.data) }) },
      ...extra,
    });
    this.metrics.push(metric);
    return metric;
  }

  addEvent(name: string, metrics: readonly MetricId[]): Event {
    return Event.create({
      eventId: EventId.create({ id: uuid(this.newId()) }),
      name,
      description: "event description",
      tags: ["tag1", "tag2", "tag3"],
      metrics: [...metrics],
      status: Status.FAIL_BLOCK_METRIC_STATUS,
      timestamp: Timestamp.create({ seconds: 42n }),
      importance: Importance.LOW_IMPORTANCE,
      timestampType: TimestampType.RELATIVE_TIMESTAMP,
    });
  }
}

const pair = (b: Builder, value: string, status: string) => ({ valueDataId: b.ref(value), statusDataId: b.ref(status) });

/**
 * The valid fixture of upstream's validator tests: `blockFail` false is the
 * "warn" fixture (job status FAIL_WARN), true the "block" one (FAIL_BLOCK).
 */
export function generateTestMetrics(blockFail: boolean, seed = 1): JobMetrics {
  const random = seededRandom(seed);
  const b = new Builder();
  const failing = blockFail ? Status.FAIL_BLOCK_METRIC_STATUS : Status.FAIL_WARN_METRIC_STATUS;
  const suffix = blockFail ? "blocking" : "warning";
  const { PASSED_METRIC_STATUS: PASSED, FAIL_WARN_METRIC_STATUS: FAIL_WARN, NOT_APPLICABLE_METRIC_STATUS: NOT_APPLICABLE } = Status;

  // Data, in upstream's list order.
  b.addPerCategory(`Event counts data ${suffix}`, DataType.DOUBLE_SERIES_DATA_TYPE, { Engage: doubles([4]), Disengage: doubles([3]) });
  b.addPerCategory(`Event counts status ${suffix}`, DataType.METRIC_STATUS_SERIES_DATA_TYPE, { Engage: statuses([PASSED]), Disengage: statuses([failing]) });
  b.addData("Detection latency labels", DataType.STRING_SERIES_DATA_TYPE, strings(range(3).map((i) => `camera_${i}`)));
  const byLabel: [string, DataType] = ["Detection latency labels", DataType.STRING_SERIES_DATA_TYPE];
  b.addData("Camera timings", DataType.INDEXED_DOUBLE_SERIES_DATA_TYPE, doubles([1.5, 2.6, 1.8]), byLabel);
  b.addData("Camera timings statuses", DataType.INDEXED_METRIC_STATUS_SERIES_DATA_TYPE, statuses([PASSED, FAIL_WARN, failing]), byLabel);
  b.addData("Pytorch timings", DataType.INDEXED_DOUBLE_SERIES_DATA_TYPE, doubles([10.1, 9.2, 12.3]), byLabel);
  b.addData("Pytorch timings statuses", DataType.INDEXED_METRIC_STATUS_SERIES_DATA_TYPE, statuses([FAIL_WARN, FAIL_WARN, Status.FAIL_BLOCK_METRIC_STATUS]), byLabel);
  b.addData("Batch Ids", DataType.UUID_SERIES_DATA_TYPE, uuids(range(10).map(() => b.newId())));
  const byBatch: [string, DataType] = ["Batch Ids", DataType.UUID_SERIES_DATA_TYPE];
  for (const category of ["PASSED", "FAILED"]) {
    b.addData(`Status Counts ${category}`, DataType.INDEXED_DOUBLE_SERIES_DATA_TYPE, doubles(range(10).map(() => Math.floor(random() * 10))), byBatch);
    b.addData(`Batch Times: ${category}`, DataType.INDEXED_TIMESTAMP_SERIES_DATA_TYPE, timestamps(range(10).map(() => Math.floor(random() * 10001))), byBatch);
    b.addData(`Status Counts Per Batch Status: ${category}`, DataType.INDEXED_METRIC_STATUS_SERIES_DATA_TYPE, statuses(range(10).map(() => PASSED)), byBatch);
  }
  b.addData("Ad-hoc speed metric", DataType.DOUBLE_SERIES_DATA_TYPE, doubles([27]));
  b.addData("Speed metric status", DataType.METRIC_STATUS_SERIES_DATA_TYPE, statuses([PASSED]));
  b.addData("TTC Times", DataType.TIMESTAMP_SERIES_DATA_TYPE, timestamps(range(10)));
  const byTtcTimes: [string, DataType] = ["TTC Times", DataType.TIMESTAMP_SERIES_DATA_TYPE];
  const ttc = { "Actor 1": [2.4, 2.1, 1.9, 1.8, 1.9, 2.3, 2.6, 3.0, 4.1, 7.2], "Actor 2": [3.0, 2.9, 2.5, 2.0, 1.5, 1.6, 1.2, 0.9, 0.8, 1.1] };
  for (const [actor, values] of Object.entries(ttc)) {
    b.addData(`${actor} TTC`, DataType.INDEXED_DOUBLE_SERIES_DATA_TYPE, doubles(values), byTtcTimes);
    b.addData(`${actor} TTC Statuses`, DataType.INDEXED_METRIC_STATUS_SERIES_DATA_TYPE, statuses(values.map((v) => (v < 1 ? FAIL_WARN : PASSED))), byTtcTimes);
  }
  b.addData("Min d", DataType.DOUBLE_SERIES_DATA_TYPE, doubles([21.0, 2.0, 25.0, 15.5]));
  b.addData("Min d predicted", DataType.DOUBLE_SERIES_DATA_TYPE, doubles([19.2, 1.9, 26.7, 10.0]));
  b.addData("D pred statuses", DataType.METRIC_STATUS_SERIES_DATA_TYPE, statuses([PASSED, PASSED, PASSED, PASSED]));
  b.addData("State Times", DataType.TIMESTAMP_SERIES_DATA_TYPE, timestamps(range(10)));
  const byStateTimes: [string, DataType] = ["State Times", DataType.TIMESTAMP_SERIES_DATA_TYPE];
  b.addData("Actor 2 state data", DataType.INDEXED_STRING_SERIES_DATA_TYPE, strings(range(10).map((i) => (i >= 3 && i < 7 ? "LANE_CHANGE" : "LANE_FOLLOW"))), byStateTimes);
  b.addData("Actor 2 state statuses", DataType.INDEXED_METRIC_STATUS_SERIES_DATA_TYPE, statuses(range(10).map(() => PASSED)), byStateTimes);
  const imageIds = range(100).map(() => b.newId());
  b.addData("Number of detections data", DataType.DOUBLE_SERIES_DATA_TYPE, doubles(range(100).map((i) => (i * 37) % 93)));
  b.addData("Image ID", DataType.UUID_SERIES_DATA_TYPE, uuids(imageIds));
  b.addData("Number of detections status", DataType.METRIC_STATUS_SERIES_DATA_TYPE, statuses(range(100).map(() => NOT_APPLICABLE)));
  // Upstream indexes these two DOUBLE/METRIC_STATUS series by "Image ID", which is added between them.
  for (const name of ["Number of detections data", "Number of detections status"]) {
    const data = b.data.find((d) => d.name === name)!;
    Object.assign(data, { isIndexed: true, indexDataId: b.ref("Image ID"), indexDataType: DataType.UUID_SERIES_DATA_TYPE });
  }
  const subsystems = (make: () => SeriesValue, planner = make) => ({ Planner: planner(), Localization: make() });
  b.addPerCategory("Subsystem state times", DataType.TIMESTAMP_SERIES_DATA_TYPE, subsystems(() => timestamps(range(10))));
  const bySubsystemTimes: [string, DataType] = ["Subsystem state times", DataType.TIMESTAMP_SERIES_DATA_TYPE];
  b.addPerCategory(
    "Subsystem states data",
    DataType.INDEXED_STRING_SERIES_DATA_TYPE,
    subsystems(() => strings(range(10).map(() => "ENGAGED")), () => strings(range(10).map((i) => (i >= 3 && i < 7 ? "ENGAGED" : "DISENGAGED")))),
    bySubsystemTimes,
  );
  b.addPerCategory("Subsystem states status", DataType.INDEXED_METRIC_STATUS_SERIES_DATA_TYPE, subsystems(() => statuses(range(10).map(() => PASSED))), bySubsystemTimes);
  b.addData("Temperature probe locations", DataType.STRING_SERIES_DATA_TYPE, strings(["Lower Chassis", "Upper Chassis", "Sensors"]));
  const byProbe: [string, DataType] = ["Temperature probe locations", DataType.STRING_SERIES_DATA_TYPE];
  for (const suffix2 of ["", " 2"]) {
    b.addData(`Temperatures${suffix2}`, DataType.INDEXED_DOUBLE_SERIES_DATA_TYPE, doubles([24, 25, 24]), byProbe);
    b.addData(`Temperature Statuses${suffix2}`, DataType.INDEXED_METRIC_STATUS_SERIES_DATA_TYPE, statuses([PASSED, PASSED, PASSED]), byProbe);
  }
  const waypoints = range(3).map(() => b.newId());
  b.addData("Mapped waypoints", DataType.UUID_SERIES_DATA_TYPE, uuids(waypoints));
  const byWaypoint: [string, DataType] = ["Mapped waypoints", DataType.UUID_SERIES_DATA_TYPE];
  b.addData("Distance to mapped waypoints", DataType.INDEXED_DOUBLE_SERIES_DATA_TYPE, doubles([10, 20, 15]), byWaypoint);
  b.addData("Distance to mapped waypoints status", DataType.INDEXED_METRIC_STATUS_SERIES_DATA_TYPE, statuses([PASSED, PASSED, PASSED]), byWaypoint);
  b.addExternalFile("The image name", "my_tree.gif");
  b.addExternalFile("Majestic Redwood Photo", "my_redwood.gif");
  b.addExternalFile("Gnarled Oak Photo", "my_oak.gif");

  // Metrics, in upstream's list order.
  const { MEDIUM_IMPORTANCE: MEDIUM, CRITICAL_IMPORTANCE: CRITICAL, ZERO_IMPORTANCE: ZERO, LOW_IMPORTANCE: LOW } = Importance;
  b.addMetric(`Event counts ${suffix}`, MetricType.DOUBLE_SUMMARY_METRIC_TYPE, failing, MEDIUM, {
    case: "doubleMetricValues",
    value: { ...pair(b, `Event counts data ${suffix}`, `Event counts status ${suffix}`), index: { case: undefined } },
  }, { tags: [Tag.create({ key: "key", value: "value" })] });
  b.addMetric("Detection latency", MetricType.BAR_CHART_METRIC_TYPE, failing, MEDIUM, {
    case: "barChartMetricValues",
    value: {
      valuesDataId: [b.ref("Camera timings"), b.ref("Pytorch timings")],
      statusesDataId: [b.ref("Camera timings statuses"), b.ref("Pytorch timings statuses")],
      legendSeriesNames: ["Camera timings", "Pytorch timings"],
    },
  });
  b.addMetric("Status Counts per Batch", MetricType.BATCHWISE_BAR_CHART_METRIC_TYPE, failing, MEDIUM, {
    case: "batchwiseBarChartMetricValues",
    value: {
      categories: ["PASSED", "FAILED"],
      colors: ["#46ffd4", "#220050"],
      projectId: uuid(b.newId()),
      valuesDataId: ["PASSED", "FAILED"].map((c) => b.ref(`Status Counts ${c}`)),
      timesDataId: ["PASSED", "FAILED"].map((c) => b.ref(`Batch Times: ${c}`)),
      statusesDataId: ["PASSED", "FAILED"].map((c) => b.ref(`Status Counts Per Batch Status: ${c}`)),
    },
  });
  b.addMetric("Maximum Speed", MetricType.DOUBLE_SUMMARY_METRIC_TYPE, PASSED, MEDIUM, {
    case: "doubleMetricValues",
    value: { ...pair(b, "Ad-hoc speed metric", "Speed metric status"), index: { case: undefined }, failureDefinition: { failsBelow: 0, failsAbove: 29.0576 } },
  });
  b.addMetric("Time to collision", MetricType.DOUBLE_OVER_TIME_METRIC_TYPE, FAIL_WARN, CRITICAL, {
    case: "doubleOverTimeMetricValues",
    value: {
      doublesOverTimeDataId: [b.ref("Actor 1 TTC"), b.ref("Actor 2 TTC")],
      statusesOverTimeDataId: [b.ref("Actor 1 TTC Statuses"), b.ref("Actor 2 TTC Statuses")],
      failureDefinition: [{ failsBelow: 1 }, { failsBelow: 1 }],
      startTime: Timestamp.create({ seconds: 0n }),
      endTime: Timestamp.create({ seconds: 10n }),
      yAxisName: "TTC",
      legendSeriesNames: [],
    },
  });
  b.addMetric("Initial Speed", MetricType.DOUBLE_SUMMARY_METRIC_TYPE, PASSED, ZERO, {
    case: "doubleMetricValues",
    value: { ...pair(b, "Actor 1 TTC", "Actor 1 TTC Statuses"), index: { case: "seriesIndex", value: 0 } },
  });
  b.addMetric("Speed at five seconds", MetricType.DOUBLE_SUMMARY_METRIC_TYPE, PASSED, ZERO, {
    case: "doubleMetricValues",
    value: { ...pair(b, "Actor 1 TTC", "Actor 1 TTC Statuses"), index: { case: "timestampIndex", value: Timestamp.create({ seconds: 5n }) } },
  });
  b.addMetric("Distance prediction accuracy", MetricType.LINE_PLOT_METRIC_TYPE, PASSED, LOW, {
    case: "linePlotMetricValues",
    value: { xDoublesDataId: [b.ref("Min d")], yDoublesDataId: [b.ref("Min d predicted")], statusesDataId: [b.ref("D pred statuses")], legendSeriesNames: [], xAxisName: "Predicted minimum distance" },
  });
  b.addMetric("Lane change states", MetricType.STATES_OVER_TIME_METRIC_TYPE, PASSED, ZERO, {
    case: "statesOverTimeMetricValues",
    value: {
      statesOverTimeDataId: [b.ref("Actor 2 state data")],
      statusesOverTimeDataId: [b.ref("Actor 2 state statuses")],
      statesSet: ["LANE_CHANGE", "LANE_FOLLOW", "COLLISION", "NO_STATE"],
      failureStates: ["COLLISION"],
      legendSeriesNames: [],
    },
  });
  b.addMetric("Number of detections", MetricType.HISTOGRAM_METRIC_TYPE, PASSED, ZERO, {
    case: "histogramMetricValues",
    value: {
      valuesDataId: b.ref("Number of detections data"),
      statusesDataId: b.ref("Number of detections status"),
      buckets: range(10).map((j) => ({ lower: 10 * j, upper: 10 * (j + 1) })),
      lowerBound: 0,
      upperBound: 100,
    },
  });
  b.addMetric("Ambient Temperature", MetricType.SCALAR_METRIC_TYPE, NOT_APPLICABLE, ZERO, { case: "scalarMetricValues", value: { value: 6.28318530718 } });
  b.addMetric("Subsystem states", MetricType.STATES_OVER_TIME_METRIC_TYPE, PASSED, CRITICAL, {
    case: "statesOverTimeMetricValues",
    value: {
      statesOverTimeDataId: [b.ref("Subsystem states data")],
      statusesOverTimeDataId: [b.ref("Subsystem states status")],
      statesSet: ["ENGAGED", "DISENGAGED", "FAULTED"],
      failureStates: ["FAULTED"],
      legendSeriesNames: [],
    },
  });
  for (const suffix2 of ["", " 2"]) {
    b.addMetric(`Upper Chassis Temperature${suffix2}`, MetricType.DOUBLE_SUMMARY_METRIC_TYPE, PASSED, ZERO, {
      case: "doubleMetricValues",
      value: { ...pair(b, `Temperatures${suffix2}`, `Temperature Statuses${suffix2}`), index: { case: "stringIndex", value: "Upper Chassis" } },
    });
  }
  b.addMetric("Distance to given waypoint", MetricType.DOUBLE_SUMMARY_METRIC_TYPE, PASSED, ZERO, {
    case: "doubleMetricValues",
    value: { ...pair(b, "Distance to mapped waypoints", "Distance to mapped waypoints status"), index: { case: "uuidIndex", value: uuid(waypoints[0]!) } },
  });
  b.addMetric("A plotly chart", MetricType.PLOTLY_METRIC_TYPE, NOT_APPLICABLE, ZERO, { case: "plotlyMetricValues", value: { json: {} } });
  b.addMetric("A text metric", MetricType.TEXT_METRIC_TYPE, NOT_APPLICABLE, ZERO, { case: "textMetricValues", value: { text: "Hello, world!" } });
  b.addMetric("A photo of a tree", MetricType.IMAGE_METRIC_TYPE, PASSED, LOW, { case: "imageMetricValues", value: { imageDataId: b.ref("The image name") } });
  b.addMetric("A set of photos of trees", MetricType.IMAGE_LIST_METRIC_TYPE, PASSED, LOW, {
    case: "imageListMetricValues",
    value: { imageDataIds: [b.ref("Majestic Redwood Photo"), b.ref("Gnarled Oak Photo")] },
  });
  // The job status rolls up every metric added so far; the event metrics come after.
  const status = b.metrics.some((m) => m.status === Status.FAIL_BLOCK_METRIC_STATUS) ? Status.FAIL_BLOCK_METRIC_STATUS
    : b.metrics.some((m) => m.status === FAIL_WARN) ? FAIL_WARN : PASSED;
  const eventScalar = b.addMetric("Scalar for an event", MetricType.SCALAR_METRIC_TYPE, NOT_APPLICABLE, ZERO, { case: "scalarMetricValues", value: { value: 1.61803398875 } }, { eventMetric: true });
  const eventPlotly = b.addMetric("A plotly chart for an event", MetricType.PLOTLY_METRIC_TYPE, NOT_APPLICABLE, ZERO, { case: "plotlyMetricValues", value: { json: {} } }, { eventMetric: true });
  const eventMetrics = () => [eventScalar, eventPlotly].map((m) => MetricId.create({ id: uuid(m.metricId!.id!.data) }));
  const events = [b.addEvent("first event", eventMetrics()), b.addEvent("second event", eventMetrics())];

  return JobMetrics.create({
    jobId: b.jobId,
    jobLevelMetrics: MetricCollection.create({ metrics: b.metrics, metricsStatus: status }),
    metricsData: b.data,
    metricsStatus: status,
    events,
  });
}

/**
 * Upstream's "bad events" message: a scalar (not flagged as an event
 * metric) and a plotly event metric, one event, no data and no statuses.
 * With `expectEvent` the event refers to both metrics, otherwise to an id
 * no metric has.
 */
export function generateBadEvents(expectEvent: boolean): JobMetrics {
  const b = new Builder();
  const { NOT_APPLICABLE_METRIC_STATUS: NOT_APPLICABLE } = Status;
  const scalar = b.addMetric("Scalar for an event", MetricType.SCALAR_METRIC_TYPE, NOT_APPLICABLE, Importance.ZERO_IMPORTANCE, { case: "scalarMetricValues", value: { value: 1.61803398875 } }, { eventMetric: false });
  const plotly = b.addMetric("A plotly chart for an event", MetricType.PLOTLY_METRIC_TYPE, NOT_APPLICABLE, Importance.ZERO_IMPORTANCE, { case: "plotlyMetricValues", value: { json: {} } }, { eventMetric: true });
  const ids = expectEvent ? [scalar, plotly].map((m) => m.metricId!.id!.data) : [b.newId()];
  return JobMetrics.create({
    jobId: b.jobId,
    jobLevelMetrics: MetricCollection.create({ metrics: b.metrics }),
    events: [b.addEvent("event", ids.map((id) => MetricId.create({ id: uuid(id) })))],
  });
}
