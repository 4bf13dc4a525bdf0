/**
 * What metrics and events have in common beyond a name and an id: a
 * description, a status and an importance.
 * @module
 */

import { MetricImportance, MetricStatus } from "../proto/index.ts";
import { requireString, setting } from "./_data_checks.ts";
import { Entity } from "./_entity.ts";
import { requireImportance, requireStatus } from "./status.ts";

/** A metric or an event: something ReSim shows with a status and an importance. */
export abstract class AssessedEntity extends Entity {
  #description: string | undefined;
  #status: MetricStatus | undefined;
  #importance: MetricImportance | undefined;

  /** The description, if set. */
  get description(): string | undefined {
    return this.#description;
  }
  /** The status, if set. */
  get status(): MetricStatus | undefined {
    return this.#status;
  }
  /** The importance, if set. */
  get importance(): MetricImportance | undefined {
    return this.#importance;
  }

  /** Sets the description. */
  withDescription(description: string): this {
    requireString(setting(this, "description"), description);
    this.#description = description;
    return this;
  }

  /**
   * Sets the status. The writer rolls the statuses of all metrics up into
   * the job's status (see {@link rollUpStatus}); an event's status is its own.
   *
   * @throws {MetricsRangeError} for `NO_METRIC_STATUS` or a number that is no status
   */
  withStatus(status: MetricStatus): this {
    requireStatus(this, status);
    this.#status = status;
    return this;
  }

  /**
   * Sets the importance.
   * @throws {MetricsRangeError} for `NO_SPECIFIED_IMPORTANCE` or a number that is no importance
   */
  withImportance(importance: MetricImportance): this {
    requireImportance(this, importance);
    this.#importance = importance;
    return this;
  }

  /** The message fields of the description, status and importance (unset ones at their zero value). */
  protected packAssessment(): { description: string; status: MetricStatus; importance: MetricImportance } {
    return {
      description: this.#description ?? "",
      status: this.#status ?? MetricStatus.NO_METRIC_STATUS,
      importance: this.#importance ?? MetricImportance.NO_SPECIFIED_IMPORTANCE,
    };
  }
}
