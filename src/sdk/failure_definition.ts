/**
 * `DoubleFailureDefinition`: the thresholds beyond which a double fails.
 * @module
 */

import type { DoubleFailureDefinition as DoubleFailureDefinitionMessage } from "../proto/index.ts";
import { rangeError, typeError, type Entity } from "./_entity.ts";

/**
 * Thresholds on a value: it fails above `failsAbove` or below `failsBelow`.
 * Either may be left out; an empty definition means the value never fails.
 *
 * @example
 * ```ts
 * writer.addScalarMetric("Max error").withValue(0.02).withFailureDefinition({ failsAbove: 0.1 });
 * ```
 */
export interface DoubleFailureDefinition {
  /** The value fails if it is greater than this. */
  readonly failsAbove?: number;
  /** The value fails if it is less than this. */
  readonly failsBelow?: number;
}

/** A copy of `definition` after checking its thresholds are numbers (not NaN). */
export function checkFailureDefinition(owner: Entity, action: string, field: string, definition: DoubleFailureDefinition): DoubleFailureDefinition {
  if (definition === null || typeof definition !== "object") throw typeError(owner, action, field, "the failure definition is not an object");
  const { failsAbove, failsBelow } = definition;
  for (const [key, value] of [["failsAbove", failsAbove], ["failsBelow", failsBelow]] as const) {
    if (value === undefined) continue;
    if (typeof value !== "number") throw typeError(owner, action, field, `${key} is ${typeof value}, not a number`);
    if (Number.isNaN(value)) throw rangeError(owner, action, field, `${key} is NaN`);
  }
  return { ...(failsAbove !== undefined ? { failsAbove } : {}), ...(failsBelow !== undefined ? { failsBelow } : {}) };
}

/** The protobuf message of `definition`, with only the thresholds it sets. */
export function packFailureDefinition(definition: DoubleFailureDefinition): DoubleFailureDefinitionMessage {
  return { ...definition };
}

/** The SDK value of a protobuf failure definition. */
export function unpackFailureDefinition(message: DoubleFailureDefinitionMessage): DoubleFailureDefinition {
  return {
    ...(message.failsAbove !== undefined ? { failsAbove: message.failsAbove } : {}),
    ...(message.failsBelow !== undefined ? { failsBelow: message.failsBelow } : {}),
  };
}
