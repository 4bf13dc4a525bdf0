/**
 * `Event`: a moment of interest in a test (a near miss, a fault), with its
 * own status, importance, tags and the metrics that explain it.
 * @module
 */

import { TimestampType, type Event as EventMessage } from "../proto/index.ts";
import { AssessedEntity } from "./_assessed_entity.ts";
import { requireString } from "./_data_checks.ts";
import { rangeError, typeError, type EntityOptions } from "./_entity.ts";
import { pack, present, type PackContext } from "./_pack.ts";
import { Metric } from "./metric.ts";
import { packTimestamp, Timestamp } from "./timestamp.ts";

/** Links metrics without requiring them to be event metrics (events read back from a file). */
export const linkMetrics: unique symbol = Symbol("resim-metrics.linkMetrics");

/**
 * An event on the timeline of a test. Its metrics must be event metrics
 * (`withEventMetric()`), which the app shows only within their events; the
 * writer writes them with the event even if they were not added to it.
 *
 * @example
 * ```ts
 * const closeCall = writer.addScalarMetric("Closest distance").withValue(0.4).withEventMetric();
 * writer
 *   .addEvent("Near miss")
 *   .withRelativeTimestamp(Timestamp.fromSeconds(12.5))
 *   .withStatus(MetricStatus.FAIL_WARN_METRIC_STATUS)
 *   .withImportance(MetricImportance.HIGH_IMPORTANCE)
 *   .withTags(["pedestrian"])
 *   .withMetrics([closeCall]);
 * ```
 */
export class Event extends AssessedEntity {
  #tags: readonly string[] = [];
  #timestamp: Timestamp | undefined;
  #timestampType: TimestampType | undefined;
  #metrics: readonly Metric[] = [];
  /** Whether the linked metrics must be event metrics: those linked by a script, not those read from a file. */
  #eventMetricsOnly = false;

  constructor(name: string, options?: EntityOptions) {
    super("event", name, options);
  }

  /** The tags, in order. */
  get tags(): readonly string[] {
    return this.#tags;
  }
  /** When the event happened, if set. */
  get timestamp(): Timestamp | undefined {
    return this.#timestamp;
  }
  /** Whether the timestamp is absolute or relative to the start of the test, if set. */
  get timestampType(): TimestampType | undefined {
    return this.#timestampType;
  }
  /** The linked metrics, in order. */
  get metrics(): readonly Metric[] {
    return this.#metrics;
  }

  /**
   * Replaces the tags the app filters events by.
   * @throws {MetricsTypeError} if `tags` is not an array of strings (a lone string included)
   */
  withTags(tags: readonly string[]): this {
    if (!Array.isArray(tags)) throw typeError(this, "set tags of", "tags", `the tags are ${typeof tags === "string" ? "one string" : typeof tags}, not an array of strings`);
    tags.forEach((tag) => requireString({ owner: this, action: "set tags of", field: "tags" }, tag));
    this.#tags = Object.freeze([...tags]);
    return this;
  }

  /** Sets when the event happened, as a date-time (seconds since the epoch). */
  withAbsoluteTimestamp(timestamp: Timestamp): this {
    return this.#withTimestamp(timestamp, TimestampType.ABSOLUTE_TIMESTAMP);
  }

  /** Sets when the event happened, as the time since the start of the test. */
  withRelativeTimestamp(timestamp: Timestamp): this {
    return this.#withTimestamp(timestamp, TimestampType.RELATIVE_TIMESTAMP);
  }

  #withTimestamp(timestamp: Timestamp, type: TimestampType): this {
    if (!(timestamp instanceof Timestamp)) throw typeError(this, "set timestamp of", "timestamp", "the timestamp is not a Timestamp");
    if (timestamp.seconds < 0) throw rangeError(this, "set timestamp of", "timestamp", `${timestamp.toString()} is before 0`);
    this.#timestamp = timestamp;
    this.#timestampType = type;
    return this;
  }

  /**
   * Replaces the linked metrics. Each must be flagged with
   * `withEventMetric()` by the time the event is written, before or after
   * this call.
   *
   * @throws {MetricsTypeError} if one is not a metric
   * @throws {MetricsRangeError} if two share a name
   */
  withMetrics(metrics: readonly Metric[]): this {
    if (!Array.isArray(metrics)) throw typeError(this, "link metrics to", "metrics", "the metrics are not an array");
    this[linkMetrics](metrics);
    this.#eventMetricsOnly = true;
    return this;
  }

  /** Replaces the linked metrics; their names must be unique, event metrics or not (as read from a file). */
  [linkMetrics](metrics: readonly Metric[]): this {
    const names = new Set<string>();
    for (const metric of metrics) {
      if (!(metric instanceof Metric)) throw typeError(this, "link metrics to", "metrics", "a linked metric is not a metric");
      if (names.has(metric.name)) throw rangeError(this, "link metrics to", "metrics", `two metrics are named "${metric.name}" (names must be unique within an event)`);
      names.add(metric.name);
    }
    this.#metrics = Object.freeze([...metrics]);
    this.#eventMetricsOnly = false;
    return this;
  }

  /**
   * The event message.
   * @throws {MetricsTypeError} if a metric linked by {@link withMetrics} is not flagged as an event metric
   */
  [pack](ctx: PackContext): EventMessage {
    const plain = this.#eventMetricsOnly ? this.#metrics.find((m) => m.eventMetric !== true) : undefined;
    if (plain !== undefined) throw typeError(this, "write", "metrics", `${plain.describe()} is not an event metric (call withEventMetric() on it)`);
    return {
      eventId: { id: { data: ctx.id(this) } },
      name: this.name,
      ...this.packAssessment(),
      tags: [...this.#tags],
      metrics: this.#metrics.map((metric) => ({ id: { data: ctx.id(metric) } })),
      ...present({ timestamp: this.#timestamp && packTimestamp(this.#timestamp) }),
      timestampType: this.#timestampType ?? TimestampType.NO_TYPE,
    };
  }
}
