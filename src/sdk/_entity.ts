/**
 * What metrics, metrics data and events have in common: a name, an id fixed
 * the first time it is needed, and build-time errors that name them.
 * @module
 */

import { MetricsRangeError, MetricsTypeError } from "./errors.ts";
import { isUuid, randomIds, type IdGenerator } from "./ids.ts";

/** Fixes an entity's id from a writer's generator unless it already has one. */
export const assignId: unique symbol = Symbol("resim-metrics.assignId");

/** Options every metric, metrics data and event accepts. */
export interface EntityOptions {
  /**
   * The id to write, a UUID. By default the id is fixed when first needed:
   * drawn from the generator of the writer that writes the object, or random
   * if you read `id` first.
   */
  readonly id?: string;
}

/** A named object with a UUID, written into a job's metrics. */
export abstract class Entity {
  /** What kind of object this is, in words, e.g. `"line plot"`. */
  readonly label: string;
  /** The name shown in the ReSim app. */
  readonly name: string;
  #id: string | undefined;

  protected constructor(label: string, name: string, options: EntityOptions | undefined) {
    this.label = label;
    if (typeof name !== "string") {
      throw new MetricsTypeError(`Cannot create ${this.label}: the name is ${typeof name}, not a string`, { subject: "", field: "name" });
    }
    if (name === "") throw new MetricsRangeError(`Cannot create ${this.label}: the name is empty`, { subject: "", field: "name" });
    this.name = name;
    if (options?.id !== undefined) {
      if (!isUuid(options.id)) throw rangeError(this, "create", "id", `id "${String(options.id)}" is not a UUID`);
      this.#id = options.id;
    }
  }

  /** This object's UUID. */
  get id(): string {
    return (this.#id ??= randomIds());
  }

  /** The label and the quoted name, e.g. `line plot "Speed"`, for messages. */
  describe(): string {
    return `${this.label} "${this.name}"`;
  }

  /** The id, drawn from `next` if none is fixed yet. */
  [assignId](next: IdGenerator): string {
    return (this.#id ??= next());
  }
}

/** A {@link MetricsTypeError} reading `Cannot <action> <entity>: <detail>`. */
export function typeError(entity: Entity, action: string, field: string, detail: string): MetricsTypeError {
  return new MetricsTypeError(`Cannot ${action} ${entity.describe()}: ${detail}`, { subject: entity.name, field });
}

/** A {@link MetricsRangeError} reading `Cannot <action> <entity>: <detail>`. */
export function rangeError(entity: Entity, action: string, field: string, detail: string): MetricsRangeError {
  return new MetricsRangeError(`Cannot ${action} ${entity.describe()}: ${detail}`, { subject: entity.name, field });
}
