import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { JobMetrics, MetricsDataType, MetricType, type Metric as MetricMessage, type MetricsData as MetricsDataMessage } from "../../src/proto/index.ts";
import { Event, LinePlotMetric, Metric, MetricsWriter, ScalarMetric, seededIds, SeriesMetricsData, Timestamps, unpackMetrics, type UnpackedMetrics } from "../../src/sdk/index.ts";
import { pack } from "../../src/sdk/_pack.ts";
import { fixturePath, readFixture } from "../_shared.ts";
import { jobId } from "./_helpers.ts";

/**
 * The form in which two JobMetrics are compared: metrics data sorted by id
 * (the list's order carries no meaning, references are by id) and each
 * per-category map in `category_names` order (protobuf maps are unordered).
 * Two messages are equivalent when their canonical forms encode to the
 * same bytes: same metrics in the same order, same data, same events, every
 * field and its presence alike.
 */
function canonical(message: JobMetrics): JobMetrics {
  const data = message.metricsData.map((d): MetricsDataMessage => {
    if (d.data.case !== "seriesPerCategory") return d;
    const map = d.data.value.categoryToSeries;
    return { ...d, data: { case: "seriesPerCategory", value: { categoryToSeries: new Map(d.categoryNames.map((c) => [c, map.get(c)!])) } } };
  });
  const id = (d: MetricsDataMessage) => d.metricsDataId?.id?.data ?? "";
  return { ...message, metricsData: data.sort((a, b) => (id(a) < id(b) ? -1 : id(a) > id(b) ? 1 : 0)) };
}

function assertEquivalent(actual: JobMetrics, expected: JobMetrics): void {
  assert.deepEqual(JobMetrics.toJson(canonical(actual)), JobMetrics.toJson(canonical(expected)));
  assert.deepEqual(JobMetrics.encode(canonical(actual)), JobMetrics.encode(canonical(expected)));
}

function unpackFixture(name: string): { message: JobMetrics; unpacked: UnpackedMetrics } {
  const message = JobMetrics.decode(readFixture(name));
  return { message, unpacked: unpackMetrics({ metrics: message.jobLevelMetrics!.metrics, metricsData: message.metricsData, events: message.events }) };
}

/** Adds everything unpacked to a writer of the original job and writes it. */
function repack(message: JobMetrics, unpacked: UnpackedMetrics, outputsDir?: string): JobMetrics {
  const writer = new MetricsWriter({ jobId: message.jobId!.id!.data, ...(outputsDir !== undefined ? { outputsDir } : {}) });
  unpacked.metrics.forEach((m) => writer.addMetric(m));
  unpacked.metricsData.forEach((d) => writer.addMetricsData(d));
  unpacked.events.forEach((e) => writer.addEvent(e));
  return writer.write().message;
}

describe("unpackMetrics()", () => {
  test("unpacking hello_world.binproto gives SDK objects that re-pack to the same bytes", () => {
    const { message, unpacked } = unpackFixture("hello_world.binproto");
    assert.deepEqual([unpacked.metrics.length, unpacked.metricsData.length, unpacked.events.length, unpacked.problems], [10, 27, 0, []]);
    const again = repack(message, unpacked, fixturePath("hello_world_outputs"));
    assertEquivalent(again, message);
    assert.deepEqual(Buffer.from(JobMetrics.encode(again)), Buffer.from(readFixture("hello_world.binproto")));
  });

  test("unpacking upstream_all_types.binproto gives objects that re-pack to an equivalent message, up to two documented fill-ins", () => {
    const { message, unpacked } = unpackFixture("upstream_all_types.binproto");
    assert.deepEqual([unpacked.metrics.length, unpacked.metricsData.length, unpacked.events.length, unpacked.problems], [21, 44, 2, []]);
    const dataById = new Map(message.metricsData.map((d) => [d.metricsDataId!.id!.data, d]));
    // What ReSim's test-data generator leaves out and the SDK writes: legend
    // names (one per series, the data's name by default) and data types that
    // say a series is indexed when it is.
    const filledIn: JobMetrics = {
      ...message,
      jobLevelMetrics: { ...message.jobLevelMetrics!, metrics: message.jobLevelMetrics!.metrics.map((m) => withLegends(m, dataById)) },
      metricsData: message.metricsData.map((d) => (d.isIndexed && d.dataType < MetricsDataType.INDEXED_DOUBLE_SERIES_DATA_TYPE ? { ...d, dataType: d.dataType + 5 } : d)),
    };
    assertEquivalent(repack(message, unpacked), filledIn);
  });

  test("unpacked objects keep their ids as written and leave absent fields unset", () => {
    const { message, unpacked } = unpackFixture("upstream_all_types.binproto");
    assert.equal(unpacked.metrics[0]!.id, message.jobLevelMetrics!.metrics[0]!.metricId!.id!.data);
    assert.match(unpacked.metrics[0]!.id, /^\{.*\}$/);
    const text = unpacked.metrics.find((m) => m.name === "A text metric")!;
    assert.deepEqual([text.shouldDisplay, text.eventMetric, text.tags], [true, undefined, []]);
    const labels = unpacked.metricsData.find((d) => d.name === "Detection latency labels") as SeriesMetricsData;
    assert.equal(labels.unit, undefined);
    assert.ok(unpacked.names.has("first event") && unpacked.names.has("Camera timings"));
  });

  test("each data comes after its index", () => {
    const { unpacked } = unpackFixture("hello_world.binproto");
    const seen = new Set<unknown>();
    for (const data of unpacked.metricsData) {
      if (data.index !== undefined) assert.ok(seen.has(data.index), `${data.name} after its index`);
      seen.add(data);
    }
  });

  test("what cannot be unpacked is skipped or dropped and reported", () => {
    const ids = seededIds(11);
    const time = SeriesMetricsData.from("time", Timestamps.fromSeconds([0, 1]), { id: ids() });
    const y = SeriesMetricsData.from("y", [1, 2], { id: ids(), index: time });
    const ok = SeriesMetricsData.from("ok", [1, 1], { id: ids(), type: "status" });
    const plain = SeriesMetricsData.from("plain", [3, 4], { id: ids() });
    const looped: MetricsDataMessage = { ...packed(plain), name: "looped", metricsDataId: { id: { data: "loop" } }, isIndexed: true, indexDataId: { id: { data: "loop" } } };
    const empty: MetricsDataMessage = { ...packed(plain), name: "empty", metricsDataId: { id: { data: "empty" } }, data: { case: undefined } };
    const plot = new LinePlotMetric("plot", { id: ids() }).appendSeriesData(y, y);
    const extra = new LinePlotMetric("extra statuses", { id: ids() }).appendSeriesData(plain, plain).appendStatusesData(ok);
    const extraMessage = packedMetric(extra);
    const extraValues = extraMessage.metricValues!.metricValues;
    if (extraValues.case === "linePlotMetricValues") extraValues.value.statusesDataId.push(extraValues.value.statusesDataId[0]!);
    const tagged = { ...packedMetric(new ScalarMetric("tagged", { id: ids() }).withValue(1)), tags: [{ key: "", value: "v" }] };
    const unknownType = { ...packedMetric(new ScalarMetric("future", { id: ids() })), type: 99 };
    const mismatched = { ...packedMetric(new ScalarMetric("mismatched", { id: ids() })), type: MetricType.TEXT_METRIC_TYPE };
    const event = { ...packedEvent(new Event("e", { id: ids() })), metrics: [{ id: { data: plain.id } }, { id: { data: extra.id } }] };

    const unpacked = unpackMetrics({
      metrics: [packedMetric(plot), extraMessage, tagged, unknownType, mismatched],
      metricsData: [packed(y), packed(ok), packed(plain), packed(plain), looped, empty],
      events: [event],
    });
    assert.deepEqual(
      unpacked.problems.map((p) => `${p.kind} "${p.name}": ${p.message}`),
      [
        'metrics data "plain": skipped: another metrics data has id "' + plain.id + '"',
        `metrics data "y": skipped: its index "${time.id}" cannot be read (metrics data "${time.id}" is missing)`,
        'metrics data "looped": skipped: its index "loop" cannot be read (its index chain loops back to "looped")',
        'metrics data "empty": skipped: it holds no series',
        `metric "plot": skipped: its x data "${y.id}" could not be read`,
        'metric "extra statuses": dropped 1 statuses without series',
        'metric "tagged": skipped: Cannot add tag to scalar metric "tagged": the tag key is empty',
        'metric "future": skipped: its type 99 does not match its scalarMetricValues',
        'metric "mismatched": skipped: its type TEXT_METRIC_TYPE does not match its scalarMetricValues',
        `event "e": dropped its link to metric "${plain.id}", which is missing`,
      ],
    );
    assert.deepEqual(unpacked.metrics.map((m) => m.name), ["extra statuses"]);
    assert.deepEqual(unpacked.metricsData.map((d) => d.name), ["ok", "plain"]);
    assert.deepEqual(unpacked.events[0]!.metrics.map((m) => m.name), ["extra statuses"]);
  });

  test("unpackMetrics() reads batch-mode input, which has no events", () => {
    const { message } = unpackFixture("hello_world.binproto");
    const unpacked = unpackMetrics({ metrics: message.jobLevelMetrics!.metrics, metricsData: message.metricsData });
    assert.deepEqual([unpacked.metrics.length, unpacked.events], [10, []]);
  });
});

const packContext = { jobId, id: (entity: { id: string }) => entity.id };
const packed = (data: SeriesMetricsData): MetricsDataMessage => data[pack](packContext);
const packedMetric = (metric: Metric): MetricMessage => metric[pack](packContext, 0);
const packedEvent = (event: Event) => event[pack](packContext);

/** `metric` with one legend name per series, the data names where the message has none. */
function withLegends(metric: MetricMessage, dataById: ReadonlyMap<string, MetricsDataMessage>): MetricMessage {
  const values = metric.metricValues!.metricValues;
  const name = (ref: { id?: { data: string } }) => dataById.get(ref.id!.data)!.name;
  const fill = <V extends { legendSeriesNames: string[] }>(v: V, refs: { id?: { data: string } }[]): V => (v.legendSeriesNames.length === 0 ? { ...v, legendSeriesNames: refs.map(name) } : v);
  switch (values.case) {
    case "doubleOverTimeMetricValues":
      return { ...metric, metricValues: { metricValues: { case: values.case, value: fill(values.value, values.value.doublesOverTimeDataId) } } };
    case "linePlotMetricValues":
      return { ...metric, metricValues: { metricValues: { case: values.case, value: fill(values.value, values.value.yDoublesDataId) } } };
    case "barChartMetricValues":
      return { ...metric, metricValues: { metricValues: { case: values.case, value: fill(values.value, values.value.valuesDataId) } } };
    case "statesOverTimeMetricValues":
      return { ...metric, metricValues: { metricValues: { case: values.case, value: fill(values.value, values.value.statesOverTimeDataId) } } };
    default:
      return metric;
  }
}
