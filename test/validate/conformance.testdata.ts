/**
 * Conformance vectors observed against ReSim's validator (B-01…B-175): a
 * mutation of a fresh "warn" fixture, the verdict, the first failing rule
 * upstream reports, and the warnings we add where upstream accepts
 * something suspicious.
 */

import {
  ExternalFile,
  JobId,
  JobMetrics,
  MetricCollection,
  MetricId,
  MetricsData,
  MetricsDataId,
  MetricsDataType as DataType,
  MetricStatus,
  MetricType,
  Series,
  Tag,
  Timestamp,
  TimestampType,
  UUID,
} from "../../src/proto/index.ts";
import { categories, copy, data, idRef, metric, ref, series, values, type ValidationCase } from "./_cases.ts";
import { braced, doubles, generateBadEvents, generateTestMetrics, statuses, strings } from "./_upstream_fixtures.ts";

type Mutation = (m: JobMetrics) => void;

function valid(id: string, title: string, mutate: Mutation, warnings: readonly string[] = []): ValidationCase {
  return { id, title, build: () => mutated(mutate), valid: true, warnings };
}

function invalid(id: string, title: string, mutate: Mutation, first: string, warnings?: readonly string[]): ValidationCase {
  return { id, title, build: () => mutated(mutate), valid: false, first, ...(warnings === undefined ? {} : { warnings }) };
}

function mutated(mutate: Mutation): JobMetrics {
  const m = generateTestMetrics(false);
  mutate(m);
  return m;
}

const metrics = (m: JobMetrics) => m.jobLevelMetrics!.metrics;
const idOf = (m: JobMetrics, name: string) => data(m, name).metricsDataId!.id!.data;
const doubleSeries = (m: JobMetrics, name: string) => {
  const s = series(m, name).series;
  if (s.case !== "doubles") throw new Error(`${name} holds no doubles`);
  return s.value;
};
const appendDouble = (target: { series: Float64Array }, value: number) => {
  target.series = Float64Array.from([...target.series, value]);
};
const addData = (m: JobMetrics, fields: Partial<MetricsData>) =>
  m.metricsData.push(MetricsData.create({ metricsDataId: idRef(braced(0xb00 + m.metricsData.length)), ...fields }));
const singleSeries = (value: Series["series"]): MetricsData["data"] => ({ case: "series", value: Series.create({ series: value }) });
/** "Temperatures" and "Temperature Statuses" with is_indexed false: the pair checks still read their index fields. */
const unindexTemperatures = (m: JobMetrics) => {
  data(m, "Temperatures").isIndexed = false;
  data(m, "Temperature Statuses").isIndexed = false;
};
const histogram = (m: JobMetrics) => values(m, "Number of detections", "histogramMetricValues");
const batchwise = (m: JobMetrics) => values(m, "Status Counts per Batch", "batchwiseBarChartMetricValues");
const lanes = (m: JobMetrics) => values(m, "Lane change states", "statesOverTimeMetricValues");
const linePlot = (m: JobMetrics) => values(m, "Distance prediction accuracy", "linePlotMetricValues");
const barChart = (m: JobMetrics) => values(m, "Detection latency", "barChartMetricValues");
const ttc = (m: JobMetrics) => values(m, "Time to collision", "doubleOverTimeMetricValues");
const maximumSpeed = (m: JobMetrics) => values(m, "Maximum Speed", "doubleMetricValues");
const withStatuses = (m: JobMetrics) => {
  m.metricsStatus = MetricStatus.PASSED_METRIC_STATUS;
  m.jobLevelMetrics!.metricsStatus = MetricStatus.PASSED_METRIC_STATUS;
  return m;
};
const unbraced = (id: string) => id.slice(1, -1);

/** Appendix B, in order. */
export const conformanceCases: readonly ValidationCase[] = [
  valid("B-01", "the unmodified fixture", () => {}),
  valid("B-02", "two events with the same id", (m) => (m.events[1]!.eventId = copy(m.events[0]!.eventId!)), ["ID-03 N-01"]),
  valid("B-03", "an event refers to a metric not flagged as an event metric", (m) => m.events[0]!.metrics.push(copy(metric(m, "Maximum Speed").metricId!)), ["EVENT-03 N-02"]),
  valid("B-04", "an event metric no event refers to, named like another event metric", (m) => {
    metrics(m).push({ ...copy(metric(m, "Scalar for an event")), metricId: MetricId.create({ id: UUID.create({ data: braced(0xb04) }) }) });
  }, ["EVENT-03 N-02", "JOB-04 N-03"]),
  valid("B-05", "NaN in a double series", (m) => (doubleSeries(m, "Ad-hoc speed metric").series[0] = Number.NaN)),
  valid("B-06", "+Infinity in a double series", (m) => (doubleSeries(m, "Ad-hoc speed metric").series[0] = Number.POSITIVE_INFINITY)),
  valid("B-07", "unreferenced data", (m) => addData(m, { name: "unref", dataType: DataType.DOUBLE_SERIES_DATA_TYPE, data: singleSeries(doubles([1])) })),
  invalid("B-08", "unreferenced data with an empty series", (m) => addData(m, { name: "empty", dataType: DataType.DOUBLE_SERIES_DATA_TYPE, data: singleSeries(doubles([])) }), "DATA-SER-02"),
  valid("B-09", "image metric of unknown type 99", (m) => (metric(m, "A photo of a tree").type = 99), ["ENUM-02 N-07"]),
  valid("B-10", "image metric of unknown type -1", (m) => (metric(m, "A photo of a tree").type = -1), ["ENUM-02 N-07"]),
  invalid("B-11", "scalar metric of unknown type 99", (m) => (metric(m, "Ambient Temperature").type = 99), "METRIC-03", ["ENUM-02 N-07"]),
  invalid("B-12", "image list typed IMAGE", (m) => (metric(m, "A set of photos of trees").type = MetricType.IMAGE_METRIC_TYPE), "METRIC-03"),
  valid("B-13", "bar chart with 5 legend names for 2 series", (m) => barChart(m).legendSeriesNames.push("a", "b", "c"), ["BAR-01 N-16"]),
  valid("B-14", "double over time with 1 legend name for 2 series", (m) => ttc(m).legendSeriesNames.push("a"), ["DOT-01 N-16"]),
  valid("B-15", "states over time without series accepts any failure state", (m) => {
    lanes(m).statesOverTimeDataId = [];
    lanes(m).statusesOverTimeDataId = [];
    lanes(m).failureStates.push("NOT_IN_SET");
  }, ["SOT-04 N-30"]),
  invalid("B-16", "a failure state outside states_set", (m) => lanes(m).failureStates.push("NOT_IN_SET"), "SOT-04"),
  invalid("B-17", "a state outside states_set", (m) => (lanes(m).statesSet = lanes(m).statesSet.filter((s) => s !== "LANE_FOLLOW")), "SOT-03"),
  valid("B-18", "a duplicate in states_set", (m) => lanes(m).statesSet.push("LANE_FOLLOW")),
  invalid("B-19", "a per-category state outside states_set", (m) => {
    const sot = values(m, "Subsystem states", "statesOverTimeMetricValues");
    sot.statesSet = sot.statesSet.filter((s) => s !== "DISENGAGED");
  }, "SOT-03"),
  valid("B-20", "a histogram value outside the bounds", (m) => (doubleSeries(m, "Number of detections data").series[0] = 1e9)),
  invalid("B-21", "a histogram without buckets", (m) => (histogram(m).buckets = []), "HIST-05"),
  invalid("B-22", "NaN lower bound and first bucket edge", (m) => {
    histogram(m).lowerBound = Number.NaN;
    histogram(m).buckets[0]!.lower = Number.NaN;
  }, "HIST-02"),
  valid("B-23", "infinite bounds", (m) => {
    histogram(m).lowerBound = histogram(m).buckets[0]!.lower = Number.NEGATIVE_INFINITY;
    histogram(m).upperBound = histogram(m).buckets[9]!.upper = Number.POSITIVE_INFINITY;
  }),
  invalid("B-24", "a gap between buckets", (m) => (histogram(m).buckets[3]!.lower = 31), "HIST-03"),
  invalid("B-25", "an empty bucket [90, 90]", (m) => {
    histogram(m).buckets[9] = { lower: 90, upper: 90 };
    histogram(m).upperBound = 90;
  }, "HIST-04"),
  invalid("B-26", "lower_bound below the first bucket", (m) => (histogram(m).lowerBound = -1), "HIST-02"),
  invalid("B-27", "upper_bound unset reads as 0", (m) => delete histogram(m).upperBound, "HIST-05", ["HIST-05 N-23"]),
  valid("B-28", "a single bucket", (m) => (histogram(m).buckets = [{ lower: 0, upper: 100 }])),
  valid("B-29", "lower_bound -0", (m) => (histogram(m).lowerBound = -0)),
  valid("B-30", "a histogram of string-indexed values", (m) => {
    histogram(m).valuesDataId = ref(m, "Temperatures");
    histogram(m).statusesDataId = ref(m, "Temperature Statuses");
  }),
  invalid("B-31", "indexed histogram values with non-indexed statuses", (m) => {
    histogram(m).valuesDataId = ref(m, "Temperatures");
    histogram(m).statusesDataId = ref(m, "Speed metric status");
  }, "HIST-01 > VS-07"),
  invalid("B-32", "a reference spelled in upper case", (m) => (maximumSpeed(m).valueDataId!.id!.data = idOf(m, "Ad-hoc speed metric").toUpperCase()), "DSUM-01 > VS-02"),
  valid("B-33", "the same UUID twice, spelled differently", (m) => {
    m.metricsData.push({ ...copy(data(m, "Ad-hoc speed metric")), name: "copy", metricsDataId: idRef(unbraced(idOf(m, "Ad-hoc speed metric"))) });
  }, ["JOB-01 N-28"]),
  invalid("B-34", "two data with the same id", (m) => m.metricsData.push({ ...copy(data(m, "Ad-hoc speed metric")), name: "copy" }), "JOB-01"),
  invalid("B-35", "two metrics with the same id", (m) => metrics(m).push({ ...copy(metric(m, "Ambient Temperature")), name: "other" }), "JOB-02"),
  invalid("B-36", "two unnamed data", (m) => {
    data(m, "Ad-hoc speed metric").name = "";
    data(m, "Min d").name = "";
  }, "JOB-05"),
  valid("B-37", "one unnamed data", (m) => (data(m, "Ad-hoc speed metric").name = "")),
  invalid("B-38", "two events with the same name", (m) => (m.events[1]!.name = "first event"), "JOB-06"),
  invalid("B-39", "an unnamed event", (m) => (m.events[1]!.name = ""), "EVENT-01"),
  valid("B-40", "an event without metrics", (m) => (m.events[0]!.metrics = [])),
  invalid("B-41", "an event refers to one metric twice", (m) => m.events[0]!.metrics.push(copy(m.events[0]!.metrics[0]!)), "EVENT-04"),
  invalid("B-42", "a negative event timestamp", (m) => (m.events[0]!.timestamp!.seconds = -1n), "TS-01"),
  invalid("B-43", "event timestamp nanos 1e9", (m) => (m.events[0]!.timestamp!.nanos = 1_000_000_000), "TS-03"),
  valid("B-44", "event timestamp nanos 999999999", (m) => (m.events[0]!.timestamp!.nanos = 999_999_999)),
  invalid("B-45", "negative event timestamp nanos", (m) => (m.events[0]!.timestamp!.nanos = -1), "TS-02"),
  valid("B-46", "an event without timestamp", (m) => delete m.events[0]!.timestamp),
  valid("B-47", "event timestamp 2^62 s", (m) => (m.events[0]!.timestamp!.seconds = 2n ** 62n)),
  valid("B-48", "both events of unknown timestamp type 3", (m) => m.events.forEach((e) => (e.timestampType = 3)), ["ENUM-08 N-07", "ENUM-08 N-07"]),
  valid("B-49", "both events ABSOLUTE_TIMESTAMP", (m) => m.events.forEach((e) => (e.timestampType = TimestampType.ABSOLUTE_TIMESTAMP))),
  invalid("B-50", "events[1] NO_TYPE", (m) => (m.events[1]!.timestampType = TimestampType.NO_TYPE), "JOB-07"),
  invalid("B-51", "both events NO_TYPE", (m) => m.events.forEach((e) => (e.timestampType = TimestampType.NO_TYPE)), "ENUM-08"),
  invalid("B-52", "events of unknown types 3 and 4", (m) => {
    m.events[0]!.timestampType = 3;
    m.events[1]!.timestampType = 4;
  }, "JOB-07"),
  invalid("B-53", "an event without status", (m) => (m.events[1]!.status = 0), "ENUM-07"),
  invalid("B-54", "an event without importance", (m) => (m.events[1]!.importance = 0), "ENUM-09"),
  valid("B-55", "an event of unknown status 77", (m) => (m.events[1]!.status = 77), ["ENUM-07 N-07"]),
  valid("B-56", "an empty event tag", (m) => m.events[0]!.tags.push("")),
  invalid("B-57", "an event id that is not a UUID", (m) => (m.events[1]!.eventId!.id!.data = "nope"), "ID-03"),
  invalid("B-58", "an event refers to a metric id spelled differently", (m) => {
    const reference = m.events[0]!.metrics[0]!.id!;
    reference.data = unbraced(reference.data);
  }, "EVENT-03"),
  invalid("B-59", "an event refers to a metric id that is not a UUID", (m) => (m.events[0]!.metrics[0]!.id!.data = "zz"), "EVENT-02"),
  valid("B-60", "both statuses PASSED while metrics fail", (m) => withStatuses(m), ["ENUM-06 N-15"]),
  valid("B-61", "only the job status PASSED", (m) => (m.metricsStatus = MetricStatus.PASSED_METRIC_STATUS), ["ENUM-06 N-15", "ENUM-06 N-15"]),
  invalid("B-62", "no job status", (m) => (m.metricsStatus = 0), "ENUM-06"),
  invalid("B-63", "no collection status", (m) => (m.jobLevelMetrics!.metricsStatus = 0), "ENUM-05"),
  valid("B-64", "a metric of unknown status 99", (m) => (metric(m, "Ambient Temperature").status = 99), ["ENUM-03 N-07"]),
  invalid("B-65", "a metric without status", (m) => (metric(m, "Ambient Temperature").status = 0), "ENUM-03"),
  invalid("B-66", "a metric without importance", (m) => (metric(m, "Ambient Temperature").importance = 0), "ENUM-04"),
  valid("B-67", "a metric of unknown importance 9", (m) => (metric(m, "Ambient Temperature").importance = 9), ["ENUM-04 N-07"]),
  invalid("B-68", "a metric without type", (m) => (metric(m, "Ambient Temperature").type = 0), "ENUM-02"),
  invalid("B-69", "an unnamed metric", (m) => (metric(m, "Ambient Temperature").name = ""), "METRIC-01"),
  invalid("B-70", "an unnamed event metric", (m) => (metric(m, "Scalar for an event").name = ""), "METRIC-01"),
  invalid("B-71", "two metrics with the same name", (m) => (metric(m, "Ambient Temperature").name = "A text metric"), "JOB-04"),
  valid("B-72", "an event metric named like another metric", (m) => (metric(m, "Scalar for an event").name = "A text metric"), ["JOB-04 N-03"]),
  invalid("B-73", "an event refers to two metrics of the same name", (m) => (metric(m, "Scalar for an event").name = "A plotly chart for an event"), "EVENT-04", ["JOB-04 N-03"]),
  invalid("B-74", "a metric's job id spelled differently", (m) => {
    metric(m, "Ambient Temperature").parentId = { case: "jobId", value: JobId.create({ id: UUID.create({ data: unbraced(m.jobId!.id!.data) }) }) };
  }, "JOB-03"),
  invalid("B-75", "a metric without job id", (m) => (metric(m, "Ambient Temperature").parentId = { case: undefined }), "ID-05"),
  invalid("B-76", "an event metric of another job", (m) => {
    metric(m, "Scalar for an event").parentId = { case: "jobId", value: JobId.create({ id: UUID.create({ data: braced(0xb76) }) }) };
  }, "JOB-03"),
  valid("B-77", "urn:uuid: job ids, spelled the same everywhere", (m) => {
    const urn = `urn:uuid:${unbraced(m.jobId!.id!.data)}`;
    m.jobId!.id!.data = urn;
    for (const x of metrics(m)) x.parentId = { case: "jobId", value: JobId.create({ id: UUID.create({ data: urn }) }) };
  }),
  invalid("B-78", "a metric without values", (m) => delete metric(m, "Ambient Temperature").metricValues, "METRIC-02"),
  invalid("B-79", "a scalar typed TEXT", (m) => (metric(m, "Ambient Temperature").type = MetricType.TEXT_METRIC_TYPE), "METRIC-03"),
  valid("B-80", "a whitespace tag", (m) => metric(m, "Ambient Temperature").tags.push(Tag.create({ key: " ", value: " " }))),
  valid("B-81", "a duplicate tag", (m) => metric(m, "Ambient Temperature").tags.push(Tag.create({ key: "k", value: "v" }), Tag.create({ key: "k", value: "v" }))),
  valid("B-82", "a NaN order", (m) => (metric(m, "Ambient Temperature").order = Number.NaN)),
  valid("B-83", "a colour ending in a newline", (m) => (batchwise(m).colors[0] = "#46ffd4\n"), ["COLOR-01 N-19"]),
  valid("B-84", "an 8-digit colour", (m) => (batchwise(m).colors[0] = "#46ffd4AA")),
  invalid("B-85", "a 5-digit colour", (m) => (batchwise(m).colors[0] = "#46ffd"), "COLOR-01"),
  invalid("B-86", "a colour without #", (m) => (batchwise(m).colors[0] = "46ffd4"), "COLOR-01"),
  valid("B-87", "no colours", (m) => (batchwise(m).colors = [])),
  valid("B-88", "5 colours for 2 categories", (m) => batchwise(m).colors.push("#000000", "#111111", "#222222"), ["COLOR-01 N-16"]),
  invalid("B-89", "no project id", (m) => delete batchwise(m).projectId, "BWBAR-04"),
  invalid("B-90", "a project id that is not a UUID", (m) => (batchwise(m).projectId = UUID.create({ data: "x" })), "BWBAR-04"),
  invalid("B-91", "more categories than series", (m) => batchwise(m).categories.push("EXTRA"), "BWBAR-03", ["COLOR-01 N-16"]),
  valid("B-92", "duplicate categories", (m) => (batchwise(m).categories[1] = "PASSED")),
  invalid("B-93", "batch times of type INDEXED_DOUBLE", (m) => (data(m, "Batch Times: PASSED").dataType = DataType.INDEXED_DOUBLE_SERIES_DATA_TYPE), "BWBAR-06 > VS-03"),
  invalid("B-94", "batch times indexed by an identical copy of the batch ids", (m) => {
    m.metricsData.push({ ...copy(data(m, "Batch Ids")), name: "Batch Ids copy", metricsDataId: idRef(braced(0xb94)) });
    data(m, "Batch Times: PASSED").indexDataId = idRef(braced(0xb94));
  }, "BWBAR-06 > VS-08"),
  valid("B-95", "indexed value and status data with is_indexed false", unindexTemperatures, ["DATA-INDEX-02 N-08", "DATA-INDEX-02 N-08"]),
  invalid("B-96", "as B-95, without index fields", (m) => {
    unindexTemperatures(m);
    for (const name of ["Temperatures", "Temperature Statuses"]) {
      delete data(m, name).indexDataId;
      data(m, name).indexDataType = 0;
    }
  }, "DSUM-01 > VS-09"),
  valid("B-97", "as B-95, both index ids not UUIDs", (m) => {
    unindexTemperatures(m);
    for (const name of ["Temperatures", "Temperature Statuses"]) data(m, name).indexDataId = idRef("not-a-uuid");
  }, ["DATA-INDEX-02 N-08", "DATA-INDEX-02 N-08"]),
  invalid("B-98", "as B-95, index id absent against a present empty id", (m) => {
    unindexTemperatures(m);
    delete data(m, "Temperatures").indexDataId;
    data(m, "Temperature Statuses").indexDataId = idRef("");
  }, "DSUM-01 > VS-08"),
  valid("B-99", "as B-95, index id absent against an empty message", (m) => {
    unindexTemperatures(m);
    delete data(m, "Temperatures").indexDataId;
    data(m, "Temperature Statuses").indexDataId = MetricsDataId.create();
  }, ["DATA-INDEX-02 N-08", "DATA-INDEX-02 N-08"]),
  valid("B-100", "as B-95, both index ids cleared", (m) => {
    unindexTemperatures(m);
    delete data(m, "Temperatures").indexDataId;
    delete data(m, "Temperature Statuses").indexDataId;
  }, ["DATA-INDEX-02 N-08", "DATA-INDEX-02 N-08"]),
  valid("B-101", "data indexed by itself", (m) => {
    Object.assign(data(m, "Ad-hoc speed metric"), { isIndexed: true, indexDataId: ref(m, "Ad-hoc speed metric"), indexDataType: DataType.DOUBLE_SERIES_DATA_TYPE });
  }),
  invalid("B-102", "an index type unlike the index's", (m) => (data(m, "Temperatures").indexDataType = DataType.INDEXED_STRING_SERIES_DATA_TYPE), "DATA-INDEX-04"),
  invalid("B-103", "an index longer than the data", (m) => {
    const s = series(m, "Temperature probe locations").series;
    if (s.case === "strings") s.value.series.push("x");
  }, "DATA-INDEX-03 > AGREE-03"),
  invalid("B-104", "an index id no data has", (m) => (data(m, "Temperatures").indexDataId = idRef(braced(0xb104))), "DSUM-01 > VS-08"),
  valid("B-105", "an index chain", (m) => {
    addData(m, { name: "chain", dataType: DataType.DOUBLE_SERIES_DATA_TYPE, data: singleSeries(doubles([1, 2, 3])), isIndexed: true, indexDataId: ref(m, "Temperatures"), indexDataType: DataType.INDEXED_DOUBLE_SERIES_DATA_TYPE });
  }),
  valid("B-106", "an external file indexed by an external file", (m) => {
    addData(m, {
      name: "ext2",
      dataType: DataType.EXTERNAL_FILE_DATA_TYPE,
      data: { case: "externalFile", value: ExternalFile.create({ path: "a.png" }) },
      isIndexed: true,
      indexDataId: ref(m, "The image name"),
      indexDataType: DataType.EXTERNAL_FILE_DATA_TYPE,
    });
  }),
  invalid("B-107", "a series indexed by an external file", (m) => {
    Object.assign(data(m, "Ad-hoc speed metric"), { isIndexed: true, indexDataId: ref(m, "The image name"), indexDataType: DataType.EXTERNAL_FILE_DATA_TYPE });
  }, "DATA-INDEX-03 > AGREE-02"),
  valid("B-108", "a category listed twice", (m) => data(m, "Event counts data warning").categoryNames.push("Engage")),
  invalid("B-109", "a category not listed", (m) => (data(m, "Event counts data warning").categoryNames = ["Disengage"]), "DATA-CAT-05"),
  invalid("B-110", "a listed category without series", (m) => data(m, "Event counts data warning").categoryNames.push("Other"), "DATA-CAT-05"),
  invalid("B-111", "per-category values with flat statuses", (m) => {
    Object.assign(data(m, "Event counts status warning"), { isPerCategory: false, categoryNames: [], data: singleSeries(statuses([MetricStatus.PASSED_METRIC_STATUS])) });
  }, "DSUM-01 > VS-11 > AGREE-02"),
  invalid("B-112", "a category longer than its status", (m) => {
    const engage = categories(m, "Event counts data warning").get("Engage")!.series;
    if (engage.case === "doubles") appendDouble(engage.value, 1);
  }, "DSUM-01 > VS-11 > AGREE-06"),
  valid("B-113", "an empty category name", (m) => {
    for (const name of ["Event counts data warning", "Event counts status warning"]) {
      const perCategory = categories(m, name);
      perCategory.set("", copy(perCategory.get("Engage")!));
      data(m, name).categoryNames.push("");
    }
  }),
  invalid("B-114", "per-category contents without is_per_category", (m) => (data(m, "Event counts data warning").isPerCategory = false), "DATA-SER-01"),
  invalid("B-115", "an empty category series", (m) => {
    const engage = categories(m, "Event counts data warning").get("Engage")!.series;
    if (engage.case === "doubles") engage.value.series = new Float64Array();
  }, "DSUM-01 > VS-11 > AGREE-06"),
  valid("B-116", "category names on flat data", (m) => data(m, "Ad-hoc speed metric").categoryNames.push("x")),
  invalid("B-117", "strings in DOUBLE_SERIES data", (m) => (data(m, "Min d").data = singleSeries(strings(["a", "b", "c", "d"]))), "DATA-SER-03"),
  invalid("B-118", "line plot data without type", (m) => (data(m, "Min d").dataType = 0), "LINE-03 > VS-03"),
  valid("B-119", "unreferenced data of unknown type 12 holding statuses", (m) => addData(m, { name: "twelve", dataType: 12, data: singleSeries(statuses([1])) }), ["ENUM-01 N-07"]),
  invalid("B-120", "unreferenced data of unknown type 12 holding doubles", (m) => addData(m, { name: "twelve", dataType: 12, data: singleSeries(doubles([1])) }), "DATA-SER-03", ["ENUM-01 N-07"]),
  valid("B-121", "an external file flagged per category", (m) => (data(m, "The image name").isPerCategory = true)),
  invalid("B-122", "an external file without path", (m) => {
    const file = data(m, "The image name").data;
    if (file.case === "externalFile") file.value.path = "";
  }, "DATA-EXT-02"),
  invalid("B-123", "an external file holding a series", (m) => (data(m, "The image name").data = singleSeries(strings(["x"]))), "DATA-EXT-01"),
  invalid("B-124", "line plot data holding an external file", (m) => (data(m, "Min d").data = { case: "externalFile", value: ExternalFile.create({ path: "x" }) }), "LINE-03 > VS-11 > AGREE-02"),
  invalid("B-125", "an image of DOUBLE_SERIES data", (m) => (values(m, "A photo of a tree", "imageMetricValues").imageDataId = ref(m, "Min d")), "IMAGE-04"),
  invalid("B-126", "an image without data", (m) => delete values(m, "A photo of a tree", "imageMetricValues").imageDataId, "IMAGE-01"),
  invalid("B-127", "an empty image list", (m) => (values(m, "A set of photos of trees", "imageListMetricValues").imageDataIds = []), "IMGLIST-01"),
  valid("B-128", "an image listed twice", (m) => values(m, "A set of photos of trees", "imageListMetricValues").imageDataIds.push(ref(m, "Gnarled Oak Photo"))),
  valid("B-129", "an image list sharing an image metric's data", (m) => values(m, "A set of photos of trees", "imageListMetricValues").imageDataIds.push(ref(m, "The image name"))),
  invalid("B-130", "empty text", (m) => (values(m, "A text metric", "textMetricValues").text = ""), "TEXT-01"),
  valid("B-131", "whitespace text", (m) => (values(m, "A text metric", "textMetricValues").text = " ")),
  invalid("B-132", "a plotly metric without JSON", (m) => delete values(m, "A plotly chart", "plotlyMetricValues").json, "PLOTLY-01"),
  invalid("B-133", "a scalar without value", (m) => delete values(m, "Ambient Temperature", "scalarMetricValues").value, "SCALAR-01"),
  valid("B-134", "an infinite scalar", (m) => (values(m, "Ambient Temperature", "scalarMetricValues").value = Number.POSITIVE_INFINITY)),
  valid("B-135", "a zero scalar", (m) => (values(m, "Ambient Temperature", "scalarMetricValues").value = 0)),
  valid("B-136", "a NaN failure definition", (m) => (values(m, "Ambient Temperature", "scalarMetricValues").failureDefinition = { failsAbove: Number.NaN })),
  invalid("B-137", "a string index on non-indexed doubles", (m) => (maximumSpeed(m).index = { case: "stringIndex", value: "x" }), "DSUM-01 > VS-03"),
  valid("B-138", "a series index out of range", (m) => (maximumSpeed(m).index = { case: "seriesIndex", value: 999 }), ["DSUM-01 N-14"]),
  valid("B-139", "a string index missing from the index", (m) => (values(m, "Upper Chassis Temperature", "doubleMetricValues").index = { case: "stringIndex", value: "Nope" }), ["DSUM-01 N-14"]),
  invalid("B-140", "a timestamp index on string-indexed doubles", (m) => {
    values(m, "Upper Chassis Temperature", "doubleMetricValues").index = { case: "timestampIndex", value: Timestamp.create({ seconds: 1n }) };
  }, "DSUM-01 > VS-09"),
  valid("B-141", "a uuid index that is not a UUID", (m) => {
    values(m, "Distance to given waypoint", "doubleMetricValues").index = { case: "uuidIndex", value: UUID.create({ data: "not a uuid" }) };
  }, ["DSUM-01 N-14"]),
  valid("B-142", "a negative timestamp index", (m) => {
    const index = values(m, "Speed at five seconds", "doubleMetricValues").index;
    if (index.case === "timestampIndex") index.value.seconds = -5n;
  }, ["DSUM-01 N-14"]),
  valid("B-143", "indexed doubles without an index case", (m) => (values(m, "Upper Chassis Temperature", "doubleMetricValues").index = { case: undefined })),
  invalid("B-144", "an empty timestamp index on uuid-indexed doubles", (m) => {
    values(m, "Distance to given waypoint", "doubleMetricValues").index = { case: "timestampIndex", value: Timestamp.create() };
  }, "DSUM-01 > VS-09"),
  valid("B-145", "series index 0 on uuid-indexed doubles", (m) => (values(m, "Distance to given waypoint", "doubleMetricValues").index = { case: "seriesIndex", value: 0 })),
  invalid("B-146", "the value as its own status", (m) => (maximumSpeed(m).statusDataId = copy(maximumSpeed(m).valueDataId!)), "DSUM-01 > VS-06"),
  invalid("B-147", "indexed statuses for non-indexed values", (m) => (maximumSpeed(m).statusDataId = ref(m, "Temperature Statuses")), "DSUM-01 > VS-06"),
  valid("B-148", "an inverted failure definition", (m) => (maximumSpeed(m).failureDefinition = { failsAbove: -1, failsBelow: 5 })),
  invalid("B-149", "a failure definition missing", (m) => ttc(m).failureDefinition.pop(), "DOT-02"),
  valid("B-150", "double over time without series", (m) => {
    ttc(m).doublesOverTimeDataId = [];
    ttc(m).statusesOverTimeDataId = [];
    ttc(m).failureDefinition = [];
  }),
  valid("B-151", "start after end", (m) => (ttc(m).startTime = Timestamp.create({ seconds: 100n }))),
  invalid("B-152", "string-indexed double over time", (m) => {
    ttc(m).doublesOverTimeDataId[0] = ref(m, "Temperatures");
    ttc(m).statusesOverTimeDataId[0] = ref(m, "Temperature Statuses");
  }, "DOT-03 > VS-09"),
  valid("B-153", "a line plot without series", (m) => {
    linePlot(m).xDoublesDataId = [];
    linePlot(m).yDoublesDataId = [];
    linePlot(m).statusesDataId = [];
  }),
  invalid("B-154", "a second x without y", (m) => linePlot(m).xDoublesDataId.push(ref(m, "Min d")), "LINE-01"),
  invalid("B-155", "y longer than its statuses", (m) => appendDouble(doubleSeries(m, "Min d predicted"), 1), "LINE-04 > VS-11 > AGREE-03"),
  valid("B-156", "a timestamp-indexed line plot", (m) => {
    linePlot(m).xDoublesDataId = [ref(m, "Actor 1 TTC")];
    linePlot(m).yDoublesDataId = [ref(m, "Actor 2 TTC")];
    linePlot(m).statusesDataId = [ref(m, "Actor 1 TTC Statuses")];
  }),
  invalid("B-157", "indexed x with non-indexed statuses", (m) => (linePlot(m).xDoublesDataId = [ref(m, "Actor 1 TTC")]), "LINE-03 > VS-07"),
  invalid("B-158", "a string-indexed line plot", (m) => {
    linePlot(m).xDoublesDataId = [ref(m, "Temperatures")];
    linePlot(m).yDoublesDataId = [ref(m, "Temperatures 2")];
    linePlot(m).statusesDataId = [ref(m, "Temperature Statuses")];
  }, "LINE-03 > VS-09"),
  invalid("B-159", "a bar without statuses", (m) => barChart(m).statusesDataId.pop(), "BAR-01"),
  invalid("B-160", "a uuid-indexed bar", (m) => {
    barChart(m).valuesDataId[0] = ref(m, "Distance to mapped waypoints");
    barChart(m).statusesDataId[0] = ref(m, "Distance to mapped waypoints status");
  }, "BAR-02 > VS-09"),
  invalid("B-161", "a non-indexed bar", (m) => {
    barChart(m).valuesDataId[0] = ref(m, "Ad-hoc speed metric");
    barChart(m).statusesDataId[0] = ref(m, "Speed metric status");
  }, "BAR-02 > VS-03"),
  valid("B-162", "a bar chart without series", (m) => {
    barChart(m).valuesDataId = [];
    barChart(m).statusesDataId = [];
  }, ["BAR-01 N-16"]),
  valid("B-163", "NO_METRIC_STATUS in a status series", (m) => {
    const s = series(m, "Speed metric status").series;
    if (s.case === "statuses") s.value.series[0] = 0;
  }),
  valid("B-164", "a negative timestamp in a series", (m) => {
    const s = series(m, "TTC Times").series;
    if (s.case === "timestamps") s.value.series[0]!.seconds = -100n;
  }),
  valid("B-165", "an empty string in a UUID series", (m) => {
    const s = series(m, "Batch Ids").series;
    if (s.case === "uuids") s.value.series[0]!.data = "";
  }),
  valid("B-166", "duplicate index values", (m) => {
    const s = series(m, "Temperature probe locations").series;
    if (s.case === "strings") s.value.series[0] = "Sensors";
  }),
  valid("B-167", "the empty state", (m) => {
    const s = series(m, "Actor 2 state data").series;
    if (s.case === "strings") s.value.series[0] = "";
    lanes(m).statesSet.push("");
  }),
  valid("B-168", "the minimal message", (m) => {
    m.metricsData = [];
    m.events = [];
    m.jobLevelMetrics = MetricCollection.create({ metricsStatus: MetricStatus.PASSED_METRIC_STATUS });
    m.metricsStatus = MetricStatus.PASSED_METRIC_STATUS;
  }),
  { id: "B-169", title: "an empty JobMetrics", build: () => JobMetrics.create(), valid: false, first: "ID-04" },
  {
    id: "B-170",
    title: "an empty JobMetrics with statuses",
    build: () => JobMetrics.create({ jobLevelMetrics: MetricCollection.create({ metricsStatus: 1 }), metricsStatus: 1 }),
    valid: false,
    first: "ID-04",
  },
  invalid("B-171", "a category series without kind", (m) => {
    addData(m, {
      name: "no kind",
      dataType: DataType.DOUBLE_SERIES_DATA_TYPE,
      isPerCategory: true,
      categoryNames: ["a"],
      data: { case: "seriesPerCategory", value: { categoryToSeries: new Map([["a", Series.create()]]) } },
    });
  }, "DATA-CAT-02"),
  invalid("B-172", "per-category data without categories", (m) => {
    addData(m, { name: "no categories", dataType: DataType.DOUBLE_SERIES_DATA_TYPE, isPerCategory: true, data: { case: "seriesPerCategory", value: { categoryToSeries: new Map() } } });
  }, "DATA-CAT-04"),
  valid("B-173", "a data id with a leading space, referenced with the same spelling", (m) => {
    const spaced = ` ${"0123456789abcdef0123456789abcde"}`;
    data(m, "Ad-hoc speed metric").metricsDataId = idRef(spaced);
    maximumSpeed(m).valueDataId = idRef(spaced);
  }, ["ID-01 N-10"]),
  { id: "B-174", title: "generate_bad_events(true) with both statuses", build: () => withStatuses(generateBadEvents(true)), valid: true, warnings: ["EVENT-03 N-02"] },
  { id: "B-175", title: "generate_bad_events(false) with both statuses", build: () => withStatuses(generateBadEvents(false)), valid: false, first: "EVENT-03", warnings: ["EVENT-03 N-02"] },
];
