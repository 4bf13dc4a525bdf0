/**
 * One case per rule (and per warning), pinning the exact wording of every
 * violation it produces: mostly rules upstream's own tests never exercise.
 * Each case mutates a fresh "warn" fixture unless it builds its own message.
 */

import {
  ExternalFile,
  JobId,
  JobMetrics,
  MetricCollection,
  MetricsData,
  MetricsDataType as DataType,
  MetricStatus,
  MetricType,
  Series,
  Timestamp,
  UUID,
} from "../../src/proto/index.ts";
import { categories, copy, data, idRef, metric, ref, series, values, type ValidationCase } from "./_cases.ts";
import { braced, doubles, generateTestMetrics, statuses, strings } from "./_upstream_fixtures.ts";

type Mutation = (m: JobMetrics) => void;

/**
 * A case on a mutated "warn" fixture. Warnings are written as rendered,
 * followed by ` (N-xx)` when they carry a note.
 */
function rule(id: string, title: string, mutate: Mutation, errors: readonly string[], warnings: readonly string[] = []): ValidationCase {
  const build = () => {
    const m = generateTestMetrics(false);
    mutate(m);
    return m;
  };
  const split = warnings.map((line) => /^(.*?)(?: \((N-\d\d)\))?$/.exec(line)!);
  return {
    id,
    title,
    build,
    valid: errors.length === 0,
    errors,
    warningLines: split.map(([, rendered]) => rendered!),
    warnings: split.map(([, rendered, note]) => [/\[(?:.* > )?([A-Z-]+\d\d)\]$/.exec(rendered!)![1], note].filter(Boolean).join(" ")),
  };
}

/** The smallest valid message: a job id and both statuses. */
function minimal(jobId = braced(1)): JobMetrics {
  return JobMetrics.create({
    jobId: JobId.create({ id: UUID.create({ data: jobId }) }),
    jobLevelMetrics: MetricCollection.create({ metricsStatus: MetricStatus.PASSED_METRIC_STATUS }),
    metricsStatus: MetricStatus.PASSED_METRIC_STATUS,
  });
}

const addData = (m: JobMetrics, fields: Partial<MetricsData>) =>
  m.metricsData.push(MetricsData.create({ metricsDataId: idRef(braced(0xc00 + m.metricsData.length)), ...fields }));
const singleSeries = (value: Series["series"]): MetricsData["data"] => ({ case: "series", value: Series.create({ series: value }) });
const linePlot = (m: JobMetrics) => values(m, "Distance prediction accuracy", "linePlotMetricValues");
const batchwise = (m: JobMetrics) => values(m, "Status Counts per Batch", "batchwiseBarChartMetricValues");
const lanes = (m: JobMetrics) => values(m, "Lane change states", "statesOverTimeMetricValues");
const maximumSpeed = (m: JobMetrics) => values(m, "Maximum Speed", "doubleMetricValues");
const imageList = (m: JobMetrics) => values(m, "A set of photos of trees", "imageListMetricValues");

const MAX = 'metrics[3] "Maximum Speed" (DOUBLE_SUMMARY)';
const LINE = 'metrics[7] "Distance prediction accuracy" (LINE_PLOT)';
const AMBIENT = 'metrics[10] "Ambient Temperature" (SCALAR)';
const BATCH = 'metrics[2] "Status Counts per Batch" (BATCHWISE_BAR_CHART)';

/** The cases, grouped as the rules are. */
export const ruleCases: readonly ValidationCase[] = [
  // Ids
  rule("ID-01", "a data id that is not a UUID", (m) => addData(m, { name: "x", dataType: 1, data: singleSeries(doubles([1])), metricsDataId: idRef("not-a-uuid") }), [
    'metrics_data[44] "x" (DOUBLE_SERIES): metrics_data_id.id.data is not a valid UUID: "not-a-uuid" [ID-01]',
  ]),
  rule("ID-01", "data without id", (m) => addData(m, { name: "x", dataType: 1, data: singleSeries(doubles([1])), metricsDataId: undefined! }), [
    'metrics_data[44] "x" (DOUBLE_SERIES): metrics_data_id.id.data is empty: a UUID is required [ID-01]',
  ]),
  rule("ID-02", "a metric with an empty id", (m) => (metric(m, "Ambient Temperature").metricId!.id!.data = ""), [
    `${AMBIENT}: metric_id.id.data is empty: a UUID is required [ID-02]`,
  ]),
  rule("ID-03", "an event id that is not a UUID", (m) => (m.events[1]!.eventId!.id!.data = "nope"), [
    'events[1] "second event": event_id.id.data is not a valid UUID: "nope" [ID-03]',
  ]),
  { id: "ID-04", title: "a job id that is not a UUID", build: () => minimal("foo"), valid: false, errors: ['job_id.id.data is not a valid UUID: "foo" [ID-04]'] },
  rule("ID-05", "a metric without job id", (m) => (metric(m, "Ambient Temperature").parentId = { case: undefined }), [
    `${AMBIENT}: job_id is not set: every metric needs the job's id [ID-05]`,
  ]),
  rule("ID-06", "a metric job id that is not a UUID", (m) => (metric(m, "Ambient Temperature").parentId = { case: "jobId", value: JobId.create({ id: UUID.create({ data: "x" }) }) }), [
    `${AMBIENT}: job_id.id.data is not a valid UUID: "x" [ID-06]`,
    `${AMBIENT}: job_id is "x", but the job's job_id is "{00000000-0000-4000-a000-000000000001}" [JOB-03]`,
  ]),
  rule("JOB-01", "two data with the same id", (m) => m.metricsData.push({ ...copy(data(m, "Min d")), name: "copy" }), [
    'metrics_data[44] "copy" (DOUBLE_SERIES): metrics_data_id.id.data "{00000000-0000-4000-a000-000000000021}" is also the id of "Min d" (metrics_data[21]): metrics data ids must be unique [JOB-01]',
  ]),
  rule("JOB-02", "two metrics with the same id", (m) => m.jobLevelMetrics!.metrics.push({ ...copy(metric(m, "Ambient Temperature")), name: "other" }), [
    'metrics[21] "other" (SCALAR): metric_id.id.data "{00000000-0000-4000-a000-0000000000aa}" is also the id of "Ambient Temperature" (metrics[10]): metric ids must be unique [JOB-02]',
  ]),
  rule("JOB-03", "a metric job id spelled differently", (m) => {
    metric(m, "Ambient Temperature").parentId = { case: "jobId", value: JobId.create({ id: UUID.create({ data: "00000000-0000-4000-a000-000000000001" }) }) };
  }, [
    `${AMBIENT}: job_id is "00000000-0000-4000-a000-000000000001", but the job's job_id is "{00000000-0000-4000-a000-000000000001}" (the same UUID spelled differently; ids must match exactly) [JOB-03]`,
  ]),
  rule("JOB-03", "a metric job id without the nested id", (m) => (metric(m, "Ambient Temperature").parentId = { case: "jobId", value: JobId.create() }), [
    `${AMBIENT}: job_id.id.data is empty: a UUID is required [ID-06]`,
    `${AMBIENT}: job_id has no id, but the job's job_id is "{00000000-0000-4000-a000-000000000001}" [JOB-03]`,
  ]),
  rule("JOB-04", "two metrics with the same name", (m) => (metric(m, "Ambient Temperature").name = "A text metric"), [
    'metrics[16] "A text metric" (TEXT): name "A text metric" is also the name of metrics[10]: names of metrics that are not event metrics must be unique [JOB-04]',
  ]),
  rule("JOB-05", "two data with the same name", (m) => (data(m, "Min d predicted").name = "Min d"), [
    'metrics_data[22] "Min d" (DOUBLE_SERIES): name "Min d" is also the name of metrics_data[21]: metrics data names must be unique [JOB-05]',
  ]),
  rule("JOB-05", "two unnamed data", (m) => {
    data(m, "Min d").name = "";
    data(m, "Min d predicted").name = "";
  }, ["metrics_data[22] (DOUBLE_SERIES): name is empty, as is the name of metrics_data[21]: metrics data names must be unique [JOB-05]"]),
  rule("JOB-06", "two events with the same name", (m) => (m.events[1]!.name = "first event"), [
    'events[1] "first event": name "first event" is also the name of events[0]: event names must be unique [JOB-06]',
  ]),
  rule("JOB-07", "events of different timestamp types", (m) => (m.events[1]!.timestampType = 1), [
    'events[1] "second event": timestamp_type is ABSOLUTE_TIMESTAMP, but events[0] uses RELATIVE_TIMESTAMP: all events of a job must use one timestamp type [JOB-07]',
  ]),

  // Enums
  rule("ENUM-01", "data without type", (m) => (data(m, "Min d").dataType = 0), [
    `${LINE}: x_doubles_data_id[0] refers to "Min d" (metrics_data[21]) of type NO_DATA_TYPE, where DOUBLE_SERIES or INDEXED_DOUBLE_SERIES is required [LINE-03 > VS-03]`,
    'metrics_data[21] "Min d" (NO_DATA_TYPE): data_type is NO_DATA_TYPE: set the data type [ENUM-01]',
  ]),
  rule("ENUM-02", "a metric without type", (m) => (metric(m, "Ambient Temperature").type = 0), [
    'metrics[10] "Ambient Temperature" (NO_METRIC_TYPE): type is NO_METRIC_TYPE: set the metric type [ENUM-02]',
  ]),
  rule("ENUM-03", "a metric without status", (m) => (metric(m, "Ambient Temperature").status = 0), [
    `${AMBIENT}: status is NO_METRIC_STATUS: set the metric's status [ENUM-03]`,
  ]),
  rule("ENUM-04", "a metric without importance", (m) => (metric(m, "Ambient Temperature").importance = 0), [
    `${AMBIENT}: importance is NO_SPECIFIED_IMPORTANCE: set the metric's importance [ENUM-04]`,
  ]),
  rule("ENUM-05", "no job_level_metrics", (m) => {
    delete m.jobLevelMetrics;
    m.metricsData = [];
    m.events = [];
  }, ["job_level_metrics.metrics_status is NO_METRIC_STATUS: set the status of job_level_metrics (required even with no metrics) [ENUM-05]"]),
  rule("ENUM-06", "no job status", (m) => (m.metricsStatus = 0), ["metrics_status is NO_METRIC_STATUS: set the job's status [ENUM-06]"]),
  rule("ENUM-07", "an event without status", (m) => (m.events[0]!.status = 0), [
    `events[0] "first event": status is NO_METRIC_STATUS: set the event's status [ENUM-07]`,
  ]),
  rule("ENUM-08", "events without timestamp type", (m) => m.events.forEach((e) => (e.timestampType = 0)), [
    'events[0] "first event": timestamp_type is NO_TYPE: set ABSOLUTE_TIMESTAMP or RELATIVE_TIMESTAMP [ENUM-08]',
    'events[1] "second event": timestamp_type is NO_TYPE: set ABSOLUTE_TIMESTAMP or RELATIVE_TIMESTAMP [ENUM-08]',
  ]),
  rule("ENUM-09", "an event without importance", (m) => (m.events[0]!.importance = 0), [
    `events[0] "first event": importance is NO_SPECIFIED_IMPORTANCE: set the event's importance [ENUM-09]`,
  ]),

  // Timestamps and tags
  rule("TS-01", "a negative event timestamp", (m) => (m.events[0]!.timestamp!.seconds = -1n), [
    'events[0] "first event": timestamp.seconds is -1: event timestamps cannot be negative [TS-01]',
  ]),
  rule("TS-02", "negative event nanos", (m) => (m.events[0]!.timestamp!.nanos = -1), [
    'events[0] "first event": timestamp.nanos is -1: nanos must be from 0 to 999999999 [TS-02]',
  ]),
  rule("TS-03", "event nanos of a whole second", (m) => (m.events[0]!.timestamp!.nanos = 1e9), [
    'events[0] "first event": timestamp.nanos is 1000000000: nanos must be from 0 to 999999999 [TS-03]',
  ]),
  rule("TAG-01", "a tag without key", (m) => (metric(m, "Event counts warning").tags[0]!.key = ""), [
    'metrics[0] "Event counts warning" (DOUBLE_SUMMARY): tags[0].key is empty: a tag needs a key and a value [TAG-01]',
  ]),
  rule("TAG-02", "a tag without value", (m) => (metric(m, "Event counts warning").tags[0]!.value = ""), [
    'metrics[0] "Event counts warning" (DOUBLE_SUMMARY): tags[0].value is empty: a tag needs a key and a value [TAG-02]',
  ]),
  rule("COLOR-01", "colours that are not hex colours", (m) => (batchwise(m).colors = ["#46ffd", "46ffd4", "#46ffd4\r", "#46ffd4\n\n"]), [
    `${BATCH}: colors[0] is not a colour: "#46ffd"; write # and 6 or 8 hex digits [COLOR-01]`,
    `${BATCH}: colors[1] is not a colour: "46ffd4"; write # and 6 or 8 hex digits [COLOR-01]`,
    `${BATCH}: colors[2] is not a colour: "#46ffd4\\r"; write # and 6 or 8 hex digits [COLOR-01]`,
    `${BATCH}: colors[3] is not a colour: "#46ffd4\\n\\n"; write # and 6 or 8 hex digits [COLOR-01]`,
  ], [`${BATCH}: colors has 4 colours for 2 categories [COLOR-01] (N-16)`]),

  // Metrics data
  rule("DATA-EXT-01", "an external file holding a series", (m) => (data(m, "Gnarled Oak Photo").data = singleSeries(strings(["x"]))), [
    'metrics_data[43] "Gnarled Oak Photo" (EXTERNAL_FILE): external_file is not set (the data holds series): EXTERNAL_FILE data must hold an external_file [DATA-EXT-01]',
  ]),
  rule("DATA-EXT-02", "an external file without path", (m) => (data(m, "Gnarled Oak Photo").data = { case: "externalFile", value: ExternalFile.create() }), [
    'metrics_data[43] "Gnarled Oak Photo" (EXTERNAL_FILE): external_file.path is empty: give the file\'s path [DATA-EXT-02]',
  ]),
  rule("DATA-CAT-01", "per-category data holding one series", (m) => addData(m, { name: "x", dataType: 1, isPerCategory: true, categoryNames: ["a"], data: singleSeries(doubles([1])) }), [
    'metrics_data[44] "x" (DOUBLE_SERIES): series_per_category is not set (the data holds series): data with is_per_category must hold series_per_category [DATA-CAT-01]',
  ]),
  rule("DATA-CAT-02", "an empty category and one without kind", (m) => {
    const perCategory = new Map([["a", Series.create({ series: doubles([]) })], ["b", Series.create()]]);
    addData(m, { name: "x", dataType: 1, isPerCategory: true, categoryNames: ["a", "b"], data: { case: "seriesPerCategory", value: { categoryToSeries: perCategory } } });
  }, [
    'metrics_data[44] "x" (DOUBLE_SERIES): series_per_category.category_to_series["a"] is empty: a series needs at least one value [DATA-CAT-02]',
    'metrics_data[44] "x" (DOUBLE_SERIES): series_per_category.category_to_series["b"] has no kind selected: set doubles, timestamps, uuids, strings or statuses [DATA-CAT-02]',
  ]),
  rule("DATA-CAT-03", "a category of the wrong kind", (m) => categories(m, "Event counts data warning").set("Engage", Series.create({ series: strings(["4"]) })), [
    'metrics_data[0] "Event counts data warning" (DOUBLE_SERIES): series_per_category.category_to_series["Engage"] holds strings, but DOUBLE_SERIES data must hold doubles [DATA-CAT-03]',
  ]),
  rule("DATA-CAT-04", "per-category data without category names", (m) => (data(m, "Event counts data warning").categoryNames = []), [
    'metrics_data[0] "Event counts data warning" (DOUBLE_SERIES): category_names is empty: per-category data must list its categories [DATA-CAT-04]',
  ]),
  rule("DATA-CAT-05", "category names unlike the categories", (m) => (data(m, "Event counts data warning").categoryNames = ["Engage", "Other"]), [
    'metrics_data[0] "Event counts data warning" (DOUBLE_SERIES): category_names does not match the categories of series_per_category: "Other" has no series, series "Disengage" is not listed [DATA-CAT-05]',
  ]),
  rule("DATA-SER-01", "per-category contents without is_per_category", (m) => (data(m, "Event counts data warning").isPerCategory = false), [
    'metrics_data[0] "Event counts data warning" (DOUBLE_SERIES): series is not set (the data holds series_per_category): set is_per_category, or store one series [DATA-SER-01]',
  ]),
  rule("DATA-SER-01", "data without contents", (m) => addData(m, { name: "x", dataType: 1 }), [
    'metrics_data[44] "x" (DOUBLE_SERIES): series is not set (the data holds no data): store one series [DATA-SER-01]',
  ]),
  rule("DATA-SER-02", "a series without kind", (m) => addData(m, { name: "x", dataType: 1, data: singleSeries({ case: undefined }) }), [
    'metrics_data[44] "x" (DOUBLE_SERIES): series has no kind selected: set doubles, timestamps, uuids, strings or statuses [DATA-SER-02]',
  ]),
  rule("DATA-SER-03", "strings in DOUBLE_SERIES data", (m) => addData(m, { name: "x", dataType: 1, data: singleSeries(strings(["a"])) }), [
    'metrics_data[44] "x" (DOUBLE_SERIES): series holds strings, but DOUBLE_SERIES data must hold doubles [DATA-SER-03]',
  ]),
  rule("DATA-INDEX-01", "an index id that is not a UUID", (m) => {
    addData(m, { name: "x", dataType: 1, data: singleSeries(doubles([1])), isIndexed: true, indexDataId: idRef("zz"), indexDataType: 1 });
  }, ['metrics_data[44] "x" (DOUBLE_SERIES): index_data_id is not a valid UUID: "zz" [DATA-INDEX-01]']),
  rule("DATA-INDEX-02", "an index no data has", (m) => {
    addData(m, { name: "x", dataType: 1, data: singleSeries(doubles([1])), isIndexed: true, indexDataId: idRef(braced(0xdead)), indexDataType: 1 });
  }, ['metrics_data[44] "x" (DOUBLE_SERIES): index_data_id refers to unknown metrics data "{00000000-0000-4000-a000-00000000dead}" [DATA-INDEX-02]']),
  rule("DATA-INDEX-02", "an index id spelled differently", (m) => {
    const id = data(m, "Min d").metricsDataId!.id!.data.slice(1, -1);
    addData(m, { name: "x", dataType: 1, data: singleSeries(doubles([1, 2, 3, 4])), isIndexed: true, indexDataId: idRef(id), indexDataType: 1 });
  }, [
    'metrics_data[44] "x" (DOUBLE_SERIES): index_data_id refers to unknown metrics data "00000000-0000-4000-a000-000000000021": "Min d" (metrics_data[21]) has the same UUID spelled "{00000000-0000-4000-a000-000000000021}", and ids must match exactly [DATA-INDEX-02]',
  ]),
  rule("DATA-INDEX-03", "an index of another length", (m) => {
    addData(m, { name: "x", dataType: 1, data: singleSeries(doubles([1, 2])), isIndexed: true, indexDataId: ref(m, "Min d"), indexDataType: 1 });
  }, ['metrics_data[44] "x" (DOUBLE_SERIES): index_data_id refers to "Min d" (metrics_data[21]), which has 4 values, but this data has 2 values [DATA-INDEX-03 > AGREE-03]']),
  rule("DATA-INDEX-04", "an index type unlike the index's", (m) => (data(m, "Temperatures").indexDataType = DataType.INDEXED_STRING_SERIES_DATA_TYPE), [
    'metrics_data[34] "Temperatures" (INDEXED_DOUBLE_SERIES): index_data_type is INDEXED_STRING_SERIES, but the index "Temperature probe locations" (metrics_data[33]) is STRING_SERIES [DATA-INDEX-04]',
  ]),

  // Metrics
  rule("METRIC-01", "an unnamed metric", (m) => (metric(m, "Ambient Temperature").name = ""), ["metrics[10] (SCALAR): name is empty: every metric needs a name [METRIC-01]"]),
  rule("METRIC-02", "a metric without values", (m) => delete metric(m, "Ambient Temperature").metricValues, [
    `${AMBIENT}: metric_values is not set: a SCALAR metric needs scalar_metric_values [METRIC-02]`,
  ]),
  rule("METRIC-03", "a metric of another type than its values", (m) => (metric(m, "Ambient Temperature").type = MetricType.TEXT_METRIC_TYPE), [
    'metrics[10] "Ambient Temperature" (TEXT): type is TEXT, but the metric holds scalar_metric_values where text_metric_values is required [METRIC-03]',
  ]),
  rule("METRIC-03", "a scalar of unknown type 99", (m) => (metric(m, "Ambient Temperature").type = 99), [
    'metrics[10] "Ambient Temperature" (99): type is 99, but the metric holds scalar_metric_values where image_metric_values is required [METRIC-03]',
  ], ['metrics[10] "Ambient Temperature" (99): type is 99, a value this schema does not define: ReSim validates the metric as an IMAGE metric [ENUM-02] (N-07)']),

  // Value/status pairs and shapes
  rule("VS-01", "a value reference that is not a UUID", (m) => (maximumSpeed(m).valueDataId = idRef("x")), [`${MAX}: value_data_id is not a valid UUID: "x" [DSUM-01 > VS-01]`]),
  rule("VS-02", "a value reference no data has", (m) => (linePlot(m).xDoublesDataId[0] = idRef(braced(0xdead))), [
    `${LINE}: x_doubles_data_id[0] refers to unknown metrics data "{00000000-0000-4000-a000-00000000dead}" [LINE-03 > VS-02]`,
  ]),
  rule("VS-03", "a value of a type the metric does not allow", (m) => (maximumSpeed(m).valueDataId = ref(m, "TTC Times")), [
    `${MAX}: value_data_id refers to "TTC Times" (metrics_data[16]) of type TIMESTAMP_SERIES, where DOUBLE_SERIES or INDEXED_DOUBLE_SERIES is required [DSUM-01 > VS-03]`,
    `${MAX}: value_data_id refers to "TTC Times" (metrics_data[16]), which has 10 values, but its status data "Speed metric status" (metrics_data[15]) has 1 value [DSUM-01 > VS-11 > AGREE-03]`,
  ]),
  rule("VS-04", "no status reference", (m) => delete maximumSpeed(m).statusDataId, [`${MAX}: status_data_id is empty: a UUID is required [DSUM-01 > VS-04]`]),
  rule("VS-05", "a status reference no data has", (m) => (maximumSpeed(m).statusDataId = idRef(braced(0xdead))), [
    `${MAX}: status_data_id refers to unknown metrics data "{00000000-0000-4000-a000-00000000dead}" [DSUM-01 > VS-05]`,
  ]),
  rule("VS-06", "statuses of another type for non-indexed values", (m) => (maximumSpeed(m).statusDataId = ref(m, "Min d")), [
    `${MAX}: status_data_id refers to "Min d" (metrics_data[21]) of type DOUBLE_SERIES, but statuses of non-indexed values must be METRIC_STATUS_SERIES [DSUM-01 > VS-06]`,
    `${MAX}: value_data_id refers to "Ad-hoc speed metric" (metrics_data[14]), which has 1 value, but its status data "Min d" (metrics_data[21]) has 4 values [DSUM-01 > VS-11 > AGREE-03]`,
  ]),
  rule("VS-07", "non-indexed statuses for indexed values", (m) => (linePlot(m).xDoublesDataId = [ref(m, "Actor 1 TTC")]), [
    `${LINE}: statuses_data_id[0] refers to "D pred statuses" (metrics_data[23]) of type METRIC_STATUS_SERIES, but statuses of indexed values must be INDEXED_METRIC_STATUS_SERIES [LINE-03 > VS-07]`,
    `${LINE}: x_doubles_data_id[0] refers to "Actor 1 TTC" (metrics_data[17]), whose index_data_id is "{00000000-0000-4000-a000-00000000001c}", but that of its status data "D pred statuses" (metrics_data[23]) has no id: values and statuses must share one index [LINE-03 > VS-08]`,
    `${LINE}: statuses_data_id[0] refers to "D pred statuses" (metrics_data[23]), whose index_data_type is NO_DATA_TYPE, where TIMESTAMP_SERIES or INDEXED_TIMESTAMP_SERIES is required [LINE-03 > VS-09]`,
    `${LINE}: x_doubles_data_id[0] refers to "Actor 1 TTC" (metrics_data[17]), which has 10 values, but its status data "D pred statuses" (metrics_data[23]) has 4 values [LINE-03 > VS-11 > AGREE-03]`,
  ]),
  rule("VS-08", "values and statuses of different indexes", (m) => (data(m, "Temperatures").indexDataId = ref(m, "Mapped waypoints")), [
    'metrics[12] "Upper Chassis Temperature" (DOUBLE_SUMMARY): value_data_id refers to "Temperatures" (metrics_data[34]), whose index_data_id is "{00000000-0000-4000-a000-000000000099}", but that of its status data "Temperature Statuses" (metrics_data[35]) is "{00000000-0000-4000-a000-000000000091}": values and statuses must share one index [DSUM-01 > VS-08]',
    'metrics_data[34] "Temperatures" (INDEXED_DOUBLE_SERIES): index_data_type is STRING_SERIES, but the index "Mapped waypoints" (metrics_data[38]) is UUID_SERIES [DATA-INDEX-04]',
  ]),
  rule("VS-09", "statuses indexed by a type the metric does not allow", (m) => (data(m, "Temperature Statuses").indexDataType = DataType.UUID_SERIES_DATA_TYPE), [
    'metrics[12] "Upper Chassis Temperature" (DOUBLE_SUMMARY): status_data_id refers to "Temperature Statuses" (metrics_data[35]), whose index_data_type is UUID_SERIES, where STRING_SERIES or INDEXED_STRING_SERIES is required [DSUM-01 > VS-09]',
    'metrics_data[35] "Temperature Statuses" (INDEXED_METRIC_STATUS_SERIES): index_data_type is UUID_SERIES, but the index "Temperature probe locations" (metrics_data[33]) is STRING_SERIES [DATA-INDEX-04]',
  ]),
  rule("VS-10", "values indexed by a type the metric does not allow", (m) => (data(m, "Temperatures").indexDataType = DataType.UUID_SERIES_DATA_TYPE), [
    'metrics[12] "Upper Chassis Temperature" (DOUBLE_SUMMARY): value_data_id refers to "Temperatures" (metrics_data[34]), whose index_data_type is UUID_SERIES, where STRING_SERIES or INDEXED_STRING_SERIES is required [DSUM-01 > VS-10]',
    'metrics_data[34] "Temperatures" (INDEXED_DOUBLE_SERIES): index_data_type is UUID_SERIES, but the index "Temperature probe locations" (metrics_data[33]) is STRING_SERIES [DATA-INDEX-04]',
  ]),
  rule("AGREE-01", "value data holding nothing", (m) => (data(m, "Ad-hoc speed metric").data = { case: undefined }), [
    `${MAX}: value_data_id refers to "Ad-hoc speed metric" (metrics_data[14]), which holds no data (set series, series_per_category or external_file), but its status data "Speed metric status" (metrics_data[15]) holds series [DSUM-01 > VS-11 > AGREE-01]`,
    'metrics_data[14] "Ad-hoc speed metric" (DOUBLE_SERIES): series is not set (the data holds no data): store one series [DATA-SER-01]',
  ]),
  rule("AGREE-02", "per-category statuses for flat values", (m) => (maximumSpeed(m).statusDataId = ref(m, "Event counts status warning")), [
    `${MAX}: value_data_id refers to "Ad-hoc speed metric" (metrics_data[14]), which holds series, but its status data "Event counts status warning" (metrics_data[1]) holds series_per_category [DSUM-01 > VS-11 > AGREE-02]`,
  ]),
  rule("AGREE-04", "statuses with an extra category", (m) => {
    categories(m, "Event counts status warning").set("Extra", Series.create({ series: statuses([1]) }));
    data(m, "Event counts status warning").categoryNames.push("Extra");
  }, [
    'metrics[0] "Event counts warning" (DOUBLE_SUMMARY): value_data_id refers to "Event counts data warning" (metrics_data[0]), which has 2 categories, but its status data "Event counts status warning" (metrics_data[1]) has 3 [DSUM-01 > VS-11 > AGREE-04]',
  ]),
  rule("AGREE-05", "statuses with other categories", (m) => {
    const perCategory = categories(m, "Event counts status warning");
    perCategory.set("Other", perCategory.get("Engage")!);
    perCategory.delete("Engage");
    data(m, "Event counts status warning").categoryNames = ["Other", "Disengage"];
  }, [
    'metrics[0] "Event counts warning" (DOUBLE_SUMMARY): value_data_id refers to "Event counts data warning" (metrics_data[0]), which has category "Engage", but its status data "Event counts status warning" (metrics_data[1]) does not [DSUM-01 > VS-11 > AGREE-05]',
  ]),
  rule("AGREE-06", "a category longer than its status", (m) => categories(m, "Event counts data warning").set("Engage", Series.create({ series: doubles([4, 1]) })), [
    'metrics[0] "Event counts warning" (DOUBLE_SUMMARY): value_data_id refers to "Event counts data warning" (metrics_data[0]), which has 2 values in category "Engage", but its status data "Event counts status warning" (metrics_data[1]) has 1 value in category "Engage" [DSUM-01 > VS-11 > AGREE-06]',
  ]),

  // Metric types
  rule("DOT-01", "a status series missing", (m) => values(m, "Time to collision", "doubleOverTimeMetricValues").statusesOverTimeDataId.pop(), [
    'metrics[4] "Time to collision" (DOUBLE_OVER_TIME): statuses_over_time_data_id has 1 entry, but doubles_over_time_data_id has 2: the lists are parallel [DOT-01]',
  ]),
  rule("DOT-02", "a failure definition missing", (m) => values(m, "Time to collision", "doubleOverTimeMetricValues").failureDefinition.pop(), [
    'metrics[4] "Time to collision" (DOUBLE_OVER_TIME): failure_definition has 1 entry, but doubles_over_time_data_id has 2: the lists are parallel [DOT-02]',
  ]),
  rule("DOT-03", "non-indexed doubles over time", (m) => {
    const dot = values(m, "Time to collision", "doubleOverTimeMetricValues");
    dot.doublesOverTimeDataId = [ref(m, "Ad-hoc speed metric")];
    dot.statusesOverTimeDataId = [ref(m, "Speed metric status")];
    dot.failureDefinition.pop();
  }, [
    'metrics[4] "Time to collision" (DOUBLE_OVER_TIME): doubles_over_time_data_id[0] refers to "Ad-hoc speed metric" (metrics_data[14]) of type DOUBLE_SERIES, where INDEXED_DOUBLE_SERIES is required [DOT-03 > VS-03]',
  ]),
  rule("LINE-01", "more x than y", (m) => linePlot(m).xDoublesDataId.push(ref(m, "Min d")), [
    `${LINE}: y_doubles_data_id has 1 entry, but x_doubles_data_id has 2: the lists are parallel [LINE-01]`,
    `${LINE}: statuses_data_id has 1 entry, but x_doubles_data_id has 2: the lists are parallel [LINE-02]`,
  ]),
  rule("LINE-02", "more statuses than x", (m) => linePlot(m).statusesDataId.push(ref(m, "D pred statuses")), [
    `${LINE}: statuses_data_id has 2 entries, but x_doubles_data_id has 1: the lists are parallel [LINE-02]`,
  ]),
  rule("LINE-03", "x of a type line plots do not allow", (m) => (linePlot(m).xDoublesDataId = [ref(m, "D pred statuses")]), [
    `${LINE}: x_doubles_data_id[0] refers to "D pred statuses" (metrics_data[23]) of type METRIC_STATUS_SERIES, where DOUBLE_SERIES or INDEXED_DOUBLE_SERIES is required [LINE-03 > VS-03]`,
  ]),
  rule("LINE-04", "y longer than its statuses", (m) => (series(m, "Min d predicted").series = doubles([1, 2, 3, 4, 5])), [
    `${LINE}: y_doubles_data_id[0] refers to "Min d predicted" (metrics_data[22]), which has 5 values, but its status data "D pred statuses" (metrics_data[23]) has 4 values [LINE-04 > VS-11 > AGREE-03]`,
  ]),
  rule("BAR-01", "a status series missing", (m) => values(m, "Detection latency", "barChartMetricValues").statusesDataId.pop(), [
    'metrics[1] "Detection latency" (BAR_CHART): statuses_data_id has 1 entry, but values_data_id has 2: the lists are parallel [BAR-01]',
  ]),
  rule("BAR-02", "non-indexed bars", (m) => {
    const bar = values(m, "Detection latency", "barChartMetricValues");
    bar.valuesDataId = [ref(m, "Min d")];
    bar.statusesDataId = [ref(m, "D pred statuses")];
  }, [
    'metrics[1] "Detection latency" (BAR_CHART): values_data_id[0] refers to "Min d" (metrics_data[21]) of type DOUBLE_SERIES, where INDEXED_DOUBLE_SERIES is required [BAR-02 > VS-03]',
  ], ['metrics[1] "Detection latency" (BAR_CHART): legend_series_names has 2 names for 1 series [BAR-01] (N-16)']),
  rule("SOT-01", "a status series missing", (m) => lanes(m).statusesOverTimeDataId.pop(), [
    'metrics[8] "Lane change states" (STATES_OVER_TIME): statuses_over_time_data_id has 0 entries, but states_over_time_data_id has 1: the lists are parallel [SOT-01]',
  ]),
  rule("SOT-02", "states that are not INDEXED_STRING_SERIES", (m) => (data(m, "Actor 2 state data").dataType = DataType.INDEXED_UUID_SERIES_DATA_TYPE), [
    'metrics[8] "Lane change states" (STATES_OVER_TIME): states_over_time_data_id[0] refers to "Actor 2 state data" (metrics_data[25]) of type INDEXED_UUID_SERIES, where INDEXED_STRING_SERIES is required [SOT-02 > VS-03]',
    'metrics_data[25] "Actor 2 state data" (INDEXED_UUID_SERIES): series holds strings, but INDEXED_UUID_SERIES data must hold uuids [DATA-SER-03]',
  ]),
  rule("SOT-03", "states outside states_set", (m) => (lanes(m).statesSet = ["COLLISION"]), [
    'metrics[8] "Lane change states" (STATES_OVER_TIME): states_over_time_data_id[0] refers to "Actor 2 state data" (metrics_data[25]), whose 2 states "LANE_FOLLOW", "LANE_CHANGE" are not in states_set [SOT-03]',
  ]),
  rule("SOT-03", "per-category states that are not strings", (m) => {
    categories(m, "Subsystem states data").set("Planner", Series.create({ series: doubles(Array(10).fill(1)) }));
  }, [
    'metrics[11] "Subsystem states" (STATES_OVER_TIME): states_over_time_data_id[0] refers to "Subsystem states data" (metrics_data[31]), which holds doubles in category "Planner" where states must be strings [SOT-03]',
    'metrics_data[31] "Subsystem states data" (INDEXED_STRING_SERIES): series_per_category.category_to_series["Planner"] holds doubles, but INDEXED_STRING_SERIES data must hold strings [DATA-CAT-03]',
  ]),
  rule("SOT-04", "failure states outside states_set", (m) => lanes(m).failureStates.push("CRASH", "STALL"), [
    'metrics[8] "Lane change states" (STATES_OVER_TIME): failure_states "CRASH", "STALL" are not in states_set: failure states must be states [SOT-04]',
  ]),
  rule("HIST-01", "histogram values of a type it does not allow", (m) => (values(m, "Number of detections", "histogramMetricValues").valuesDataId = ref(m, "Image ID")), [
    'metrics[9] "Number of detections" (HISTOGRAM): values_data_id refers to "Image ID" (metrics_data[28]) of type UUID_SERIES, where DOUBLE_SERIES or INDEXED_DOUBLE_SERIES is required [HIST-01 > VS-03]',
  ]),
  rule("HIST-02", "a first bucket off the lower bound", (m) => (values(m, "Number of detections", "histogramMetricValues").lowerBound = -1), [
    'metrics[9] "Number of detections" (HISTOGRAM): buckets[0].lower is 0, but lower_bound is -1: the first bucket must start at lower_bound [HIST-02]',
  ]),
  rule("HIST-03", "a gap between buckets", (m) => (values(m, "Number of detections", "histogramMetricValues").buckets[3]!.lower = 31), [
    'metrics[9] "Number of detections" (HISTOGRAM): buckets[3].lower is 31, but buckets[2].upper is 30: buckets must be contiguous [HIST-03]',
  ]),
  rule("HIST-04", "an inverted bucket", (m) => {
    const histogram = values(m, "Number of detections", "histogramMetricValues");
    histogram.buckets = [{ lower: 0, upper: Number.NaN }, { lower: Number.NaN, upper: 100 }];
  }, [
    'metrics[9] "Number of detections" (HISTOGRAM): buckets[0] is [0, NaN]: a bucket\'s lower edge must be below its upper edge [HIST-04]',
    'metrics[9] "Number of detections" (HISTOGRAM): buckets[1].lower is NaN, but buckets[0].upper is NaN: buckets must be contiguous [HIST-03]',
    'metrics[9] "Number of detections" (HISTOGRAM): buckets[1] is [NaN, 100]: a bucket\'s lower edge must be below its upper edge [HIST-04]',
  ]),
  rule("HIST-05", "a last bucket short of the upper bound", (m) => (values(m, "Number of detections", "histogramMetricValues").upperBound = 1000), [
    'metrics[9] "Number of detections" (HISTOGRAM): upper_bound is 1000, but the last bucket ends at 100: the last bucket must end at upper_bound [HIST-05]',
  ]),
  rule("HIST-05", "no buckets", (m) => (values(m, "Number of detections", "histogramMetricValues").buckets = []), [
    'metrics[9] "Number of detections" (HISTOGRAM): buckets is empty: a histogram needs at least one bucket [HIST-05]',
  ]),
  rule("SCALAR-01", "a scalar without value", (m) => delete values(m, "Ambient Temperature", "scalarMetricValues").value, [
    `${AMBIENT}: value is not set: a scalar metric needs a value (0 is fine) [SCALAR-01]`,
  ]),
  rule("SCALAR-02", "a NaN scalar", (m) => (values(m, "Ambient Temperature", "scalarMetricValues").value = Number.NaN), [
    `${AMBIENT}: value is NaN: a scalar metric value cannot be NaN [SCALAR-02]`,
  ]),
  rule("PLOTLY-01", "a plotly metric without JSON", (m) => delete values(m, "A plotly chart", "plotlyMetricValues").json, [
    'metrics[15] "A plotly chart" (PLOTLY): json is not set: a plotly metric needs its figure as JSON (an empty object is fine) [PLOTLY-01]',
  ]),
  rule("IMAGE-01", "an image without data", (m) => delete values(m, "A photo of a tree", "imageMetricValues").imageDataId, [
    'metrics[17] "A photo of a tree" (IMAGE): image_data_id is not set: an image metric needs the id of its EXTERNAL_FILE data [IMAGE-01]',
  ]),
  rule("IMAGE-02", "an image id that is not a UUID", (m) => (values(m, "A photo of a tree", "imageMetricValues").imageDataId = idRef("tree.gif")), [
    'metrics[17] "A photo of a tree" (IMAGE): image_data_id is not a valid UUID: "tree.gif" [IMAGE-02]',
  ]),
  rule("IMAGE-03", "an image no data has", (m) => (values(m, "A photo of a tree", "imageMetricValues").imageDataId = idRef(braced(0xdead))), [
    'metrics[17] "A photo of a tree" (IMAGE): image_data_id refers to unknown metrics data "{00000000-0000-4000-a000-00000000dead}" [IMAGE-03]',
  ]),
  rule("IMAGE-04", "an image of series data", (m) => (values(m, "A photo of a tree", "imageMetricValues").imageDataId = ref(m, "Min d")), [
    'metrics[17] "A photo of a tree" (IMAGE): image_data_id refers to "Min d" (metrics_data[21]) of type DOUBLE_SERIES, but images must be EXTERNAL_FILE data [IMAGE-04]',
  ]),
  rule("BWBAR-01", "a batch times series missing", (m) => batchwise(m).timesDataId.pop(), [
    `${BATCH}: times_data_id has 1 entry, but values_data_id has 2: the lists are parallel [BWBAR-01]`,
  ]),
  rule("BWBAR-02", "a status series missing", (m) => batchwise(m).statusesDataId.pop(), [
    `${BATCH}: statuses_data_id has 1 entry, but values_data_id has 2: the lists are parallel [BWBAR-02]`,
  ]),
  rule("BWBAR-03", "a category missing", (m) => batchwise(m).categories.pop(), [
    `${BATCH}: categories has 1 entry, but values_data_id has 2: the lists are parallel [BWBAR-03]`,
  ], [`${BATCH}: colors has 2 colours for 1 category [COLOR-01] (N-16)`]),
  rule("BWBAR-04", "no project id", (m) => delete batchwise(m).projectId, [
    `${BATCH}: project_id is not set: a batchwise bar chart needs its project's id [BWBAR-04]`,
  ]),
  rule("BWBAR-04", "a project id that is not a UUID", (m) => (batchwise(m).projectId = UUID.create({ data: "x" })), [
    `${BATCH}: project_id.data is not a valid UUID: "x" [BWBAR-04]`,
  ]),
  rule("BWBAR-05", "batch values of a type it does not allow", (m) => (data(m, "Status Counts PASSED").dataType = DataType.INDEXED_STRING_SERIES_DATA_TYPE), [
    `${BATCH}: values_data_id[0] refers to "Status Counts PASSED" (metrics_data[8]) of type INDEXED_STRING_SERIES, where INDEXED_DOUBLE_SERIES is required [BWBAR-05 > VS-03]`,
    'metrics_data[8] "Status Counts PASSED" (INDEXED_STRING_SERIES): series holds doubles, but INDEXED_STRING_SERIES data must hold strings [DATA-SER-03]',
  ]),
  rule("BWBAR-06", "batch times of another index", (m) => {
    m.metricsData.push({ ...copy(data(m, "Batch Ids")), name: "Batch Ids copy", metricsDataId: idRef(braced(0xc94)) });
    data(m, "Batch Times: PASSED").indexDataId = idRef(braced(0xc94));
  }, [
    `${BATCH}: times_data_id[0] refers to "Batch Times: PASSED" (metrics_data[9]), whose index_data_id is "{00000000-0000-4000-a000-000000000c94}", but that of its status data "Status Counts Per Batch Status: PASSED" (metrics_data[10]) is "{00000000-0000-4000-a000-000000000013}": values and statuses must share one index [BWBAR-06 > VS-08]`,
  ]),
  rule("TEXT-01", "empty text", (m) => (values(m, "A text metric", "textMetricValues").text = ""), [
    'metrics[16] "A text metric" (TEXT): text is empty: a text metric needs text [TEXT-01]',
  ]),
  rule("IMGLIST-01", "an empty image list", (m) => (imageList(m).imageDataIds = []), [
    'metrics[18] "A set of photos of trees" (IMAGE_LIST): image_data_ids is empty: an image list needs at least one image [IMGLIST-01]',
  ]),
  rule("IMGLIST-02", "an image id that is not a UUID", (m) => (imageList(m).imageDataIds[1] = idRef("oak.gif")), [
    'metrics[18] "A set of photos of trees" (IMAGE_LIST): image_data_ids[1] is not a valid UUID: "oak.gif" [IMGLIST-02]',
  ]),
  rule("IMGLIST-03", "an image no data has", (m) => (imageList(m).imageDataIds[1] = idRef(braced(0xdead))), [
    'metrics[18] "A set of photos of trees" (IMAGE_LIST): image_data_ids[1] refers to unknown metrics data "{00000000-0000-4000-a000-00000000dead}" [IMGLIST-03]',
  ]),
  rule("IMGLIST-04", "an image of series data", (m) => (imageList(m).imageDataIds[1] = ref(m, "Min d")), [
    'metrics[18] "A set of photos of trees" (IMAGE_LIST): image_data_ids[1] refers to "Min d" (metrics_data[21]) of type DOUBLE_SERIES, but images must be EXTERNAL_FILE data [IMGLIST-04]',
  ]),

  // Events
  rule("EVENT-01", "an unnamed event", (m) => (m.events[1]!.name = ""), ["events[1]: name is empty: every event needs a name [EVENT-01]"]),
  rule("EVENT-02", "an event metric id that is not a UUID", (m) => (m.events[0]!.metrics[0]!.id!.data = "zz"), [
    'events[0] "first event": metrics[0] is not a valid UUID: "zz" [EVENT-02]',
  ]),
  rule("EVENT-03", "an event metric id spelled differently", (m) => {
    const reference = m.events[0]!.metrics[0]!.id!;
    reference.data = reference.data.toUpperCase();
  }, [
    'events[0] "first event": metrics[0] refers to unknown metric "{00000000-0000-4000-A000-0000000000B3}": "Scalar for an event" (metrics[19]) has the same UUID spelled "{00000000-0000-4000-a000-0000000000b3}", and ids must match exactly [EVENT-03]',
  ]),
  rule("EVENT-04", "an event refers to one metric twice", (m) => m.events[0]!.metrics.push(copy(m.events[0]!.metrics[0]!)), [
    'events[0] "first event": metrics[2] refers to "Scalar for an event" (metrics[19]), a name this event already refers to at metrics[0]: event metric names must be unique within the event [EVENT-04]',
  ]),

  // Warnings: accepted upstream, probably a mistake
  rule("ID-03", "two events with the same id", (m) => (m.events[1]!.eventId = copy(m.events[0]!.eventId!)), [], [
    'events[1] "second event": event_id.id.data "{00000000-0000-4000-a000-0000000000b5}" is also the id of "first event" (events[0]): event ids should be unique, though ReSim does not check [ID-03] (N-01)',
  ]),
  rule("ID-01", "a data id only Python's parser accepts", (m) => {
    const lenient = "0x_0123456789abcdef0123456789abc";
    data(m, "Ad-hoc speed metric").metricsDataId = idRef(lenient);
    maximumSpeed(m).valueDataId = idRef(lenient);
  }, [], [
    'metrics_data[14] "Ad-hoc speed metric" (DOUBLE_SERIES): metrics_data_id.id.data "0x_0123456789abcdef0123456789abc" is a UUID only to ReSim\'s lenient parser: write ids as 8-4-4-4-12 hex digits [ID-01] (N-10)',
  ]),
  rule("JOB-01", "two data ids of one UUID spelled differently", (m) => {
    m.metricsData.push({ ...copy(data(m, "Min d")), name: "copy", metricsDataId: idRef("urn:uuid:00000000-0000-4000-a000-000000000021") });
  }, [], [
    'metrics_data[44] "copy" (DOUBLE_SERIES): metrics_data_id.id.data "urn:uuid:00000000-0000-4000-a000-000000000021" is the same UUID as the id "{00000000-0000-4000-a000-000000000021}" of "Min d" (metrics_data[21]), spelled differently [JOB-01] (N-28)',
  ]),
  rule("EVENT-03", "an event refers to a metric not flagged as an event metric", (m) => m.events[0]!.metrics.push(copy(metric(m, "Maximum Speed").metricId!)), [], [
    'events[0] "first event": metrics[2] refers to "Maximum Speed" (metrics[3]), which is not flagged as an event metric (event_metric) [EVENT-03] (N-02)',
  ]),
  rule("EVENT-03", "an event metric no event refers to", (m) => m.events.forEach((e) => e.metrics.pop()), [], [
    'metrics[20] "A plotly chart for an event" (PLOTLY): event_metric is true, but no event refers to this metric [EVENT-03] (N-02)',
  ]),
  rule("JOB-04", "event metrics sharing a name", (m) => (metric(m, "A plotly chart for an event").name = "A plotly chart"), [], [
    'metrics[20] "A plotly chart" (PLOTLY): name "A plotly chart" is also the name of metrics[15]: ReSim\'s unpack_metrics (used by batch metrics) needs names unique across metrics, data and events [JOB-04] (N-03)',
  ]),
  rule("JOB-05", "a data entry named like a metric", (m) => (data(m, "Min d").name = "Maximum Speed"), [], [
    'metrics_data[21] "Maximum Speed" (DOUBLE_SERIES): name "Maximum Speed" is also the name of metrics[3]: ReSim\'s unpack_metrics (used by batch metrics) needs names unique across metrics, data and events [JOB-05]',
  ]),
  rule("JOB-06", "an event named like a metric", (m) => (m.events[0]!.name = "Maximum Speed"), [], [
    'events[0] "Maximum Speed": name "Maximum Speed" is also the name of metrics[3]: ReSim\'s unpack_metrics (used by batch metrics) needs names unique across metrics, data and events [JOB-06]',
  ]),
  rule("ENUM-01", "data of an unknown type", (m) => addData(m, { name: "x", dataType: 12, data: singleSeries(statuses([1])) }), [], [
    'metrics_data[44] "x" (12): data_type is 12, a value this schema does not define: ReSim accepts it only in data no metric uses [ENUM-01] (N-07)',
  ]),
  rule("ENUM-06", "job statuses that disagree", (m) => (m.metricsStatus = MetricStatus.FAIL_BLOCK_METRIC_STATUS), [], [
    "metrics_status is FAIL_BLOCK_METRIC_STATUS, but job_level_metrics.metrics_status is FAIL_WARN_METRIC_STATUS [ENUM-06] (N-15)",
  ]),
  rule("ENUM-06", "a job status better than a metric's", (m) => {
    m.metricsStatus = MetricStatus.PASSED_METRIC_STATUS;
    m.jobLevelMetrics!.metricsStatus = MetricStatus.PASSED_METRIC_STATUS;
  }, [], ['metrics_status is PASSED_METRIC_STATUS, but "Event counts warning" (metrics[0]) is FAIL_WARN_METRIC_STATUS [ENUM-06] (N-15)']),
  rule("DATA-INDEX-02", "INDEXED data with is_indexed false", (m) => (data(m, "Temperatures 2").isIndexed = false), [], [
    'metrics_data[36] "Temperatures 2" (INDEXED_DOUBLE_SERIES): is_indexed is false, so the index of this INDEXED_DOUBLE_SERIES data is never checked [DATA-INDEX-02] (N-08)',
  ]),
  rule("DSUM-01", "index values missing from the index", (m) => {
    maximumSpeed(m).index = { case: "seriesIndex", value: 1 };
    values(m, "Upper Chassis Temperature", "doubleMetricValues").index = { case: "stringIndex", value: "Roof" };
    values(m, "Distance to given waypoint", "doubleMetricValues").index = { case: "uuidIndex", value: UUID.create({ data: braced(0xdead) }) };
    values(m, "Speed at five seconds", "doubleMetricValues").index = { case: "timestampIndex", value: Timestamp.create({ seconds: 5n, nanos: 1 }) };
  }, [], [
    `${MAX}: series_index is 1, but "Ad-hoc speed metric" (metrics_data[14]) has 1 value [DSUM-01] (N-14)`,
    'metrics[6] "Speed at five seconds" (DOUBLE_SUMMARY): timestamp_index 5 s 1 ns is not in the index "TTC Times" (metrics_data[16]) [DSUM-01] (N-14)',
    'metrics[12] "Upper Chassis Temperature" (DOUBLE_SUMMARY): string_index "Roof" is not in the index "Temperature probe locations" (metrics_data[33]) [DSUM-01] (N-14)',
    'metrics[14] "Distance to given waypoint" (DOUBLE_SUMMARY): uuid_index "{00000000-0000-4000-a000-00000000dead}" is not in the index "Mapped waypoints" (metrics_data[38]) [DSUM-01] (N-14)',
  ]),
  rule("LINE-01", "more legend names than series", (m) => linePlot(m).legendSeriesNames.push("a", "b"), [], [
    `${LINE}: legend_series_names has 2 names for 1 series [LINE-01] (N-16)`,
  ]),
  rule("COLOR-01", "a colour ending in a newline", (m) => (batchwise(m).colors[1] = "#220050\n"), [], [
    `${BATCH}: colors[1] "#220050\\n" ends with a newline [COLOR-01] (N-19)`,
  ]),
  rule("HIST-02", "histogram bounds unset", (m) => {
    const histogram = values(m, "Number of detections", "histogramMetricValues");
    delete histogram.lowerBound;
    delete histogram.upperBound;
    histogram.buckets = [{ lower: 0, upper: 0 }];
  }, [
    'metrics[9] "Number of detections" (HISTOGRAM): buckets[0] is [0, 0]: a bucket\'s lower edge must be below its upper edge [HIST-04]',
  ], [
    'metrics[9] "Number of detections" (HISTOGRAM): lower_bound is not set and reads as 0 [HIST-02] (N-23)',
    'metrics[9] "Number of detections" (HISTOGRAM): upper_bound is not set and reads as 0 [HIST-05] (N-23)',
  ]),
  rule("SOT-04", "failure states outside states_set without series", (m) => {
    lanes(m).statesOverTimeDataId = [];
    lanes(m).statusesOverTimeDataId = [];
    lanes(m).failureStates = ["CRASH"];
  }, [], ['metrics[8] "Lane change states" (STATES_OVER_TIME): failure_states "CRASH" is not in states_set: failure states must be states [SOT-04] (N-30)']),
];
