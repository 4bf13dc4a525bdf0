/**
 * ReSim's own validator tests (`validate_metrics_proto_test.py`), one case
 * per assertion, on the same fixtures. Sub-cases of a test that mutates one
 * message cumulatively repeat the earlier mutations.
 */

import { MetricId, Tag, TimestampType, UUID, type JobMetrics } from "../../src/proto/index.ts";
import { copy, values, type ValidationCase } from "./_cases.ts";
import { braced, generateBadEvents, generateTestMetrics } from "./_upstream_fixtures.ts";

const warn = () => generateTestMetrics(false);
const block = () => generateTestMetrics(true);

function metricId(id: string): MetricId {
  return MetricId.create({ id: UUID.create({ data: id }) });
}

/** Test 4: two event-metric copies of metric 0, each referenced by a different event. */
function duplicateEventMetricNames(): JobMetrics {
  const m = warn();
  const metrics = m.jobLevelMetrics!.metrics;
  metrics[0]!.eventMetric = false;
  const ids = [braced(0xa01), braced(0xa02)];
  for (const id of ids) metrics.push({ ...copy(metrics[0]!), metricId: metricId(id), eventMetric: true });
  m.events[0]!.metrics.push(metricId(ids[0]!));
  m.events[1]!.metrics.push(metricId(ids[1]!));
  return m;
}

/** Test 5: metric 0 and a copy, both event metrics, referenced by the same event. */
function duplicateNamesInEvent(): JobMetrics {
  const m = warn();
  const metrics = m.jobLevelMetrics!.metrics;
  metrics[0]!.eventMetric = true;
  const id = braced(0xa01);
  metrics.push({ ...copy(metrics[0]!), metricId: metricId(id) });
  m.events[0]!.metrics.push(copy(metrics[0]!.metricId!), metricId(id));
  return m;
}

function eventTimestamps(step: "b" | "c"): JobMetrics {
  const m = warn();
  m.events[0]!.timestampType = TimestampType.NO_TYPE;
  if (step === "c") m.events[0]!.timestampType = TimestampType.ABSOLUTE_TIMESTAMP;
  return m;
}

function keyValueTags(step: "a" | "b" | "c"): JobMetrics {
  const m = block();
  const tags = m.jobLevelMetrics!.metrics[0]!.tags;
  tags.push(Tag.create({ key: "", value: "value" }));
  if (step === "b") tags[0] = Tag.create({ key: "key", value: "" });
  if (step === "c") tags[0] = Tag.create({ key: "", value: "" });
  return m;
}

/** The cases, in the order of the upstream test file. */
export const upstreamCases: readonly ValidationCase[] = [
  { id: "upstream test 1", title: "test_valid_job_metrics: the warn fixture", build: warn, valid: true },
  { id: "upstream test 1", title: "test_valid_job_metrics: the block fixture", build: block, valid: true },
  {
    id: "upstream test 2a",
    title: "test_invalid_job_metrics: job_id \"foo\"",
    build: () => {
      const m = warn();
      m.jobId!.id!.data = "foo";
      return m;
    },
    valid: false,
    first: "ID-04",
  },
  {
    id: "upstream test 2b",
    title: "test_invalid_job_metrics: no metrics data",
    build: () => {
      const m = warn();
      m.metricsData = [];
      return m;
    },
    valid: false,
    first: "DSUM-01 > VS-02",
  },
  {
    id: "upstream test 3a",
    title: "test_invalid_event_metric: an event refers to a metric not flagged as an event metric (fails on the unset statuses)",
    build: () => generateBadEvents(true),
    valid: false,
    first: "ENUM-05",
    errors: [
      "job_level_metrics.metrics_status is NO_METRIC_STATUS: set the status of job_level_metrics (required even with no metrics) [ENUM-05]",
      "metrics_status is NO_METRIC_STATUS: set the job's status [ENUM-06]",
    ],
    warnings: ["EVENT-03 N-02"],
  },
  {
    id: "upstream test 3b",
    title: "test_invalid_event_metric: an event refers to an unknown metric (fails on the unset statuses first)",
    build: () => generateBadEvents(false),
    valid: false,
    first: "ENUM-05",
    errors: [
      "job_level_metrics.metrics_status is NO_METRIC_STATUS: set the status of job_level_metrics (required even with no metrics) [ENUM-05]",
      "metrics_status is NO_METRIC_STATUS: set the job's status [ENUM-06]",
      'events[0] "event": metrics[0] refers to unknown metric "{00000000-0000-4000-a000-000000000004}" [EVENT-03]',
    ],
    warnings: ["EVENT-03 N-02"],
  },
  {
    id: "upstream test 4",
    title: "test_valid_duplicate_metric_names: event-metric copies of a metric, one per event",
    build: duplicateEventMetricNames,
    valid: true,
    warnings: ["JOB-04 N-03", "JOB-04 N-03"],
  },
  {
    id: "upstream test 5",
    title: "test_duplicate_metric_names_in_event: one event refers to two metrics of the same name",
    build: duplicateNamesInEvent,
    valid: false,
    first: "EVENT-04",
    errors: [
      'events[0] "first event": metrics[3] refers to "Event counts warning" (metrics[21]), a name this event already refers to at metrics[2]: event metric names must be unique within the event [EVENT-04]',
    ],
    warnings: ["JOB-04 N-03"],
  },
  { id: "upstream test 6a", title: "test_invalid_event_timestamps: unmodified", build: warn, valid: true },
  {
    id: "upstream test 6b",
    title: "test_invalid_event_timestamps: events[0].timestamp_type NO_TYPE",
    build: () => eventTimestamps("b"),
    valid: false,
    first: "ENUM-08",
    errors: [
      'events[0] "first event": timestamp_type is NO_TYPE: set ABSOLUTE_TIMESTAMP or RELATIVE_TIMESTAMP [ENUM-08]',
      'events[1] "second event": timestamp_type is RELATIVE_TIMESTAMP, but events[0] uses NO_TYPE: all events of a job must use one timestamp type [JOB-07]',
    ],
  },
  {
    id: "upstream test 6c",
    title: "test_invalid_event_timestamps: then ABSOLUTE_TIMESTAMP, unlike events[1]",
    build: () => eventTimestamps("c"),
    valid: false,
    first: "JOB-07",
    errors: [
      'events[1] "second event": timestamp_type is RELATIVE_TIMESTAMP, but events[0] uses ABSOLUTE_TIMESTAMP: all events of a job must use one timestamp type [JOB-07]',
    ],
  },
  {
    id: "upstream test 7a",
    title: "test_invalid_key_value_tags: a tag with an empty key",
    build: () => keyValueTags("a"),
    valid: false,
    first: "TAG-01",
    errors: ['metrics[0] "Event counts blocking" (DOUBLE_SUMMARY): tags[1].key is empty: a tag needs a key and a value [TAG-01]'],
  },
  {
    id: "upstream test 7b",
    title: "test_invalid_key_value_tags: then the first tag's value empty",
    build: () => keyValueTags("b"),
    valid: false,
    first: "TAG-02",
    errors: [
      'metrics[0] "Event counts blocking" (DOUBLE_SUMMARY): tags[0].value is empty: a tag needs a key and a value [TAG-02]',
      'metrics[0] "Event counts blocking" (DOUBLE_SUMMARY): tags[1].key is empty: a tag needs a key and a value [TAG-01]',
    ],
  },
  {
    id: "upstream test 7c",
    title: "test_invalid_key_value_tags: then the first tag's key and value empty",
    build: () => keyValueTags("c"),
    valid: false,
    first: "TAG-01",
    errors: [
      'metrics[0] "Event counts blocking" (DOUBLE_SUMMARY): tags[0].key is empty: a tag needs a key and a value [TAG-01]',
      'metrics[0] "Event counts blocking" (DOUBLE_SUMMARY): tags[0].value is empty: a tag needs a key and a value [TAG-02]',
      'metrics[0] "Event counts blocking" (DOUBLE_SUMMARY): tags[1].key is empty: a tag needs a key and a value [TAG-01]',
    ],
  },
  {
    id: "upstream test 8",
    title: "test_nan_validation: a NaN scalar value",
    build: () => {
      const m = block();
      values(m, "Ambient Temperature", "scalarMetricValues").value = Number.NaN;
      return m;
    },
    valid: false,
    first: "SCALAR-02",
    errors: ['metrics[10] "Ambient Temperature" (SCALAR): value is NaN: a scalar metric value cannot be NaN [SCALAR-02]'],
  },
];
