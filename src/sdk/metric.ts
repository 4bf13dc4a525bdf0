/**
 * `Metric`: what every metric type has (name, id, status, importance,
 * description, display flags, order, tags, parent job) and how those common
 * fields are written.
 * @module
 */

import type { Metric as MetricMessage, MetricType, MetricValues } from "../proto/index.ts";
import { AssessedEntity } from "./_assessed_entity.ts";
import { requireNumber, setting } from "./_data_checks.ts";
import { rangeError, typeError, type EntityOptions } from "./_entity.ts";
import { pack, present, references, type PackContext } from "./_pack.ts";
import { isUuid } from "./ids.ts";
import type { BaseMetricsData } from "./metrics_data.ts";

/** A key/value tag shown with a metric in the ReSim app. */
export interface Tag {
  readonly key: string;
  readonly value: string;
}

/** What packing a metric needs beyond ids: the job it belongs to and its position. */
export interface MetricPackContext extends PackContext {
  /** The writer's job id, written as the parent of metrics that name none. */
  readonly jobId: string;
}

/** The `metric_values` oneof of a metric message. */
export type MetricValuesCase = MetricValues["metricValues"];

/**
 * The base of the 12 metric types. Setters return the metric, so calls chain;
 * build one with a writer's `add…Metric(name)` and chain its `with…` calls.
 */
export abstract class Metric extends AssessedEntity {
  /** The protobuf metric type. */
  readonly type: MetricType;
  #shouldDisplay: boolean | undefined;
  #blocking: boolean | undefined;
  #parentJobId: string | undefined;
  #order: number | undefined;
  #eventMetric: boolean | undefined;
  readonly #tags: Tag[] = [];

  protected constructor(label: string, type: MetricType, name: string, options: EntityOptions | undefined) {
    super(label, name, options);
    this.type = type;
  }

  /** Whether the app shows the metric, if set. */
  get shouldDisplay(): boolean | undefined {
    return this.#shouldDisplay;
  }
  /** The deprecated blocking flag, if set. */
  get blocking(): boolean | undefined {
    return this.#blocking;
  }
  /** The job the metric belongs to, if set (the writer's job otherwise). */
  get parentJobId(): string | undefined {
    return this.#parentJobId;
  }
  /** The display order, if set (the position among the writer's metrics otherwise). */
  get order(): number | undefined {
    return this.#order;
  }
  /** Whether the metric is shown only within its events, if set. */
  get eventMetric(): boolean | undefined {
    return this.#eventMetric;
  }
  /** The tags, in the order added. */
  get tags(): readonly Tag[] {
    return this.#tags;
  }

  /** Sets whether the app shows the metric. */
  withShouldDisplay(shouldDisplay = true): this {
    this.#shouldDisplay = Boolean(shouldDisplay);
    return this;
  }

  /**
   * Sets the blocking flag, still written for older readers.
   * @deprecated ReSim ignores it; a `FAIL_BLOCK_METRIC_STATUS` status blocks the job.
   */
  withBlocking(blocking = true): this {
    this.#blocking = Boolean(blocking);
    return this;
  }

  /** Adds a tag; both key and value must be non-empty. */
  withTag(key: string, value: string): this {
    for (const [field, text] of [["key", key], ["value", value]] as const) {
      if (typeof text !== "string") throw typeError(this, "add tag to", "tags", `the tag ${field} is not a string`);
      if (text === "") throw rangeError(this, "add tag to", "tags", `the tag ${field} is empty`);
    }
    this.#tags.push({ key, value });
    return this;
  }

  /**
   * Sets where the app lists the metric: ascending, ties by name. It is
   * stored as a 32-bit float, so 0.1 reads back as 0.10000000149.
   * @throws {MetricsRangeError} if `order` is NaN
   */
  withOrder(order: number): this {
    requireNumber(setting(this, "order"), order);
    this.#order = order;
    return this;
  }

  /** Sets the job the metric belongs to (a writer's `add…Metric` uses the writer's job). */
  withParentJobId(jobId: string): this {
    if (!isUuid(jobId)) throw rangeError(this, "set parent job id of", "parentJobId", `job id "${String(jobId)}" is not a UUID`);
    this.#parentJobId = jobId;
    return this;
  }

  /** Marks the metric as an event metric: the app shows it only within the events that link it. */
  withEventMetric(eventMetric = true): this {
    this.#eventMetric = Boolean(eventMetric);
    return this;
  }

  /** The type-specific values of the message. */
  protected abstract packValues(ctx: PackContext): MetricValuesCase;

  /** The data the metric references, in field order. */
  abstract [references](): Iterable<BaseMetricsData>;

  /** The metric message; `position` is its default order. */
  [pack](ctx: MetricPackContext, position: number): MetricMessage {
    return {
      metricId: { id: { data: ctx.id(this) } },
      name: this.name,
      type: this.type,
      ...this.packAssessment(),
      ...present({ shouldDisplay: this.#shouldDisplay, blocking: this.#blocking, eventMetric: this.#eventMetric }),
      metricValues: { metricValues: this.packValues(ctx) },
      parentId: { case: "jobId", value: { id: { data: this.#parentJobId ?? ctx.jobId } } },
      order: this.#order ?? position,
      tags: this.#tags.map((tag) => ({ ...tag })),
    };
  }
}
