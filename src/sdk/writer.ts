/**
 * `MetricsWriter`: collects a job's metrics, data and events and writes them
 * as one validated `JobMetrics` message, the content of `metrics.binproto`.
 * @module
 */

import { JobMetrics, type Event as EventMessage, type Metric as MetricMessage, type MetricsData as MetricsDataMessage } from "../proto/index.ts";
import { assertValidJobMetrics, type ValidationReport } from "../validate/index.ts";
import { assignId, rangeError, type Entity } from "./_entity.ts";
import { pack, references } from "./_pack.ts";
import { BarChartMetric } from "./bar_chart_metric.ts";
import { BatchwiseBarChartMetric } from "./batchwise_bar_chart_metric.ts";
import { DoubleOverTimeMetric } from "./double_over_time_metric.ts";
import { DoubleSummaryMetric } from "./double_summary_metric.ts";
import { MetricsRangeError, MetricsTypeError } from "./errors.ts";
import { Event } from "./event.ts";
import { ExternalFileMetricsData, type ExternalFileMetricsDataOptions } from "./external_file_metrics_data.ts";
import { defaultOutputsDir } from "./output_layout.ts";
import { GroupedMetricsData, type CategoryInput, type GroupedMetricsDataOptions } from "./grouped_metrics_data.ts";
import { HistogramMetric } from "./histogram_metric.ts";
import { isUuid, randomIds, type IdGenerator } from "./ids.ts";
import { ImageListMetric } from "./image_list_metric.ts";
import { ImageMetric } from "./image_metric.ts";
import { LinePlotMetric } from "./line_plot_metric.ts";
import { Metric, type MetricPackContext } from "./metric.ts";
import { BaseMetricsData } from "./metrics_data.ts";
import { PlotlyMetric } from "./plotly_metric.ts";
import { ScalarMetric } from "./scalar_metric.ts";
import { SeriesMetricsData, type SeriesMetricsDataOptions } from "./series_metrics_data.ts";
import type { InferredKind, SeriesInput, SeriesKind } from "./series_kind.ts";
import { StatesOverTimeMetric } from "./states_over_time_metric.ts";
import { isSetStatus, MetricStatus, rollUpStatus } from "./status.ts";
import { TextMetric } from "./text_metric.ts";

/** Options of a writer. */
export interface MetricsWriterOptions {
  /** The job the metrics belong to, a UUID. By default a fresh one from `idGenerator`. */
  readonly jobId?: string;
  /**
   * Where ids of metrics, data and events that have none come from.
   * @default random UUIDv4s
   */
  readonly idGenerator?: IdGenerator;
  /**
   * The folder `metrics.binproto` goes to; external files are checked against it.
   * @default "/tmp/resim/outputs"
   */
  readonly outputsDir?: string;
}

/** Options of {@link MetricsWriter.write}. */
export interface WriteOptions {
  /** The job status to write instead of the one rolled up from the metrics. */
  readonly statusOverride?: MetricStatus;
}

/** What {@link MetricsWriter.write} produces. */
export interface WriteResult {
  /** The message. */
  readonly message: JobMetrics;
  /** The message serialized: the bytes of `metrics.binproto`. */
  readonly bytes: Uint8Array;
  /** The job status written. */
  readonly status: MetricStatus;
  /** The validation report: valid, possibly with warnings about probable mistakes. */
  readonly report: ValidationReport;
}

/**
 * Collects a job's metrics, metrics data and events. `add…Metric(name)`
 * creates a metric of the job and returns it for chaining; `write()` packs
 * everything the metrics reference, once each, and returns the message and
 * its bytes.
 *
 * @example
 * ```ts
 * const writer = new MetricsWriter();
 * writer.addScalarMetric("Distance").withValue(12.5).withUnit("m")
 *   .withStatus(MetricStatus.PASSED_METRIC_STATUS).withImportance(MetricImportance.HIGH_IMPORTANCE);
 * const { bytes } = writer.write();
 * writeFileSync("/tmp/resim/outputs/metrics.binproto", bytes);
 * ```
 */
export class MetricsWriter {
  /** The job the metrics belong to. */
  readonly jobId: string;
  /** The folder external files are checked against. */
  readonly outputsDir: string;
  readonly #ids: IdGenerator;
  readonly #metrics = new Set<Metric>();
  readonly #data = new Map<string, BaseMetricsData>();
  readonly #events = new Map<string, Event>();

  /**
   * @throws {MetricsRangeError} if `jobId` is not a UUID
   */
  constructor(options: MetricsWriterOptions = {}) {
    this.#ids = options.idGenerator ?? randomIds;
    const jobId = options.jobId ?? this.#ids();
    if (!isUuid(jobId)) throw new MetricsRangeError(`Cannot create metrics writer: job id "${String(jobId)}" is not a UUID`, { subject: String(jobId), field: "jobId" });
    this.jobId = jobId;
    this.outputsDir = options.outputsDir ?? defaultOutputsDir;
  }

  /** The metrics added, in order. */
  get metrics(): readonly Metric[] {
    return [...this.#metrics];
  }
  /** The metrics data added explicitly, in order. */
  get metricsData(): readonly BaseMetricsData[] {
    return [...this.#data.values()];
  }
  /** The events added, in order. */
  get events(): readonly Event[] {
    return [...this.#events.values()];
  }

  /** Adds a metric made elsewhere (adding it again does nothing) and returns it. */
  addMetric<M extends Metric>(metric: M): M {
    if (!(metric instanceof Metric)) throw new MetricsTypeError("Cannot add metric: the value is not a metric", { subject: this.jobId, field: "metric" });
    this.#metrics.add(metric);
    return metric;
  }

  /**
   * Adds data to write even if no metric references it (for batch metrics to
   * read back) and returns it. Data a written metric references is written
   * without being added.
   *
   * @throws {MetricsRangeError} if other data added is named the same
   */
  addMetricsData<D extends BaseMetricsData>(data: D): D {
    if (!(data instanceof BaseMetricsData)) throw new MetricsTypeError("Cannot add metrics data: the value is not metrics data", { subject: this.jobId, field: "data" });
    const existing = this.#data.get(data.name);
    if (existing !== undefined && existing !== data) throw rangeError(data, "add", "name", `other metrics data is already named "${data.name}"`);
    this.#data.set(data.name, data);
    return data;
  }

  /**
   * Adds an event, made here from a name or elsewhere, and returns it.
   * @throws {MetricsRangeError} if another event is named the same
   */
  addEvent(event: string | Event): Event {
    const added = typeof event === "string" ? new Event(event) : event;
    if (!(added instanceof Event)) throw new MetricsTypeError("Cannot add event: the value is not an event or a name", { subject: this.jobId, field: "event" });
    const existing = this.#events.get(added.name);
    if (existing !== undefined && existing !== added) throw rangeError(added, "add", "name", `another event is already named "${added.name}"`);
    this.#events.set(added.name, added);
    return added;
  }

  /** Adds a series (see {@link SeriesMetricsData.from}) and returns it. */
  addSeriesMetricsData<V extends SeriesInput, T extends SeriesKind = InferredKind<V>>(
    name: string,
    values: V & SeriesInput<T>,
    options?: SeriesMetricsDataOptions & { readonly type?: T },
  ): SeriesMetricsData<T> {
    return this.addMetricsData(SeriesMetricsData.from<V, T>(name, values, options));
  }

  /** Adds per-category data (see {@link GroupedMetricsData.from}) and returns it. */
  addGroupedMetricsData<V extends SeriesInput, T extends SeriesKind = InferredKind<V>>(
    name: string,
    categories: CategoryInput<V & SeriesInput<T>>,
    options?: GroupedMetricsDataOptions & { readonly type?: T },
  ): GroupedMetricsData<T> {
    return this.addMetricsData(GroupedMetricsData.from<V, T>(name, categories, options));
  }

  /** Adds external file data for a file in the writer's outputs folder and returns it. */
  addExternalFileMetricsData(name: string, path: string, options?: Omit<ExternalFileMetricsDataOptions, "outputsDir">): ExternalFileMetricsData {
    return this.addMetricsData(new ExternalFileMetricsData(name, path, { ...options, outputsDir: this.outputsDir }));
  }

  /** Adds a {@link DoubleSummaryMetric} of this job. */
  addDoubleSummaryMetric(name: string): DoubleSummaryMetric {
    return this.#addOwn(new DoubleSummaryMetric(name));
  }
  /** Adds a {@link DoubleOverTimeMetric} of this job. */
  addDoubleOverTimeMetric(name: string): DoubleOverTimeMetric {
    return this.#addOwn(new DoubleOverTimeMetric(name));
  }
  /** Adds a {@link LinePlotMetric} of this job. */
  addLinePlotMetric(name: string): LinePlotMetric {
    return this.#addOwn(new LinePlotMetric(name));
  }
  /** Adds a {@link BarChartMetric} of this job. */
  addBarChartMetric(name: string): BarChartMetric {
    return this.#addOwn(new BarChartMetric(name));
  }
  /** Adds a {@link StatesOverTimeMetric} of this job. */
  addStatesOverTimeMetric(name: string): StatesOverTimeMetric {
    return this.#addOwn(new StatesOverTimeMetric(name));
  }
  /** Adds a {@link HistogramMetric} of this job. */
  addHistogramMetric(name: string): HistogramMetric {
    return this.#addOwn(new HistogramMetric(name));
  }
  /** Adds a {@link ScalarMetric} of this job. */
  addScalarMetric(name: string): ScalarMetric {
    return this.#addOwn(new ScalarMetric(name));
  }
  /** Adds a {@link PlotlyMetric} of this job. */
  addPlotlyMetric(name: string): PlotlyMetric {
    return this.#addOwn(new PlotlyMetric(name));
  }
  /** Adds an {@link ImageMetric} of this job. */
  addImageMetric(name: string): ImageMetric {
    return this.#addOwn(new ImageMetric(name));
  }
  /** Adds a {@link BatchwiseBarChartMetric} of this job. */
  addBatchwiseBarChartMetric(name: string): BatchwiseBarChartMetric {
    return this.#addOwn(new BatchwiseBarChartMetric(name));
  }
  /** Adds a {@link TextMetric} of this job. */
  addTextMetric(name: string): TextMetric {
    return this.#addOwn(new TextMetric(name));
  }
  /** Adds an {@link ImageListMetric} of this job. */
  addImageListMetric(name: string): ImageListMetric {
    return this.#addOwn(new ImageListMetric(name));
  }

  #addOwn<M extends Metric>(metric: M): M {
    return this.addMetric(metric.withParentJobId(this.jobId));
  }

  /**
   * Packs every added metric, the data they reference (each with its index,
   * once), the added data and the events, validates the message as ReSim
   * will, then serializes it.
   *
   * Metrics without an order get their position among all written metrics;
   * metrics events link but nobody added come after the added ones. The job
   * status is `statusOverride`, or `FAIL_BLOCK` if any metric blocks, else
   * `FAIL_WARN` if any warns, else `PASSED`. The writer keeps no state from
   * a write, so writing again gives the same message.
   *
   * @throws {MetricsRangeError | MetricsTypeError} if `statusOverride` is not a status, or a metric disagrees with itself in a way the rules let through (legend names not one per series, a summary index that does not suit its data)
   * @throws {InvalidMetricsError} if ReSim would reject the message; its `report` lists every violation
   */
  write(options: WriteOptions = {}): WriteResult {
    const ctx: MetricPackContext = { jobId: this.jobId, id: (entity: Entity) => entity[assignId](this.#ids) };
    const metrics = new Set(this.#metrics);
    for (const event of this.#events.values()) for (const metric of event.metrics) metrics.add(metric);
    const status = this.#jobStatus(options.statusOverride, metrics);

    const metricMessages: MetricMessage[] = [];
    const dataMessages: MetricsDataMessage[] = [];
    const packed = new Set<BaseMetricsData>();
    const packData = (data: BaseMetricsData | undefined): void => {
      for (; data !== undefined && !packed.has(data); data = data.index) {
        packed.add(data);
        dataMessages.push(data[pack](ctx));
      }
    };
    for (const metric of metrics) {
      metricMessages.push(metric[pack](ctx, metricMessages.length));
      for (const data of metric[references]()) packData(data);
    }
    for (const data of this.#data.values()) packData(data);
    const eventMessages: EventMessage[] = [...this.#events.values()].map((event) => event[pack](ctx));

    const message: JobMetrics = {
      jobId: { id: { data: this.jobId } },
      jobLevelMetrics: { metrics: metricMessages, metricsStatus: status },
      metricsData: dataMessages,
      metricsStatus: status,
      events: eventMessages,
    };
    const report = assertValidJobMetrics(message);
    return { message, bytes: JobMetrics.encode(message), status, report };
  }

  #jobStatus(override: MetricStatus | undefined, metrics: Iterable<Metric>): MetricStatus {
    if (override === undefined) return rollUpStatus([...metrics].map((m) => m.status));
    if (!isSetStatus(override)) {
      throw new MetricsRangeError(`Cannot write metrics: status override ${String(override)} is not a status other than NO_METRIC_STATUS`, { subject: this.jobId, field: "statusOverride" });
    }
    return override;
  }
}
