/**
 * Failure thresholds as the view model carries them.
 * @module
 */

import type { DoubleFailureDefinition } from "../../proto/index.ts";
import type { FailureBounds } from "./preview_model.ts";

/** The thresholds a failure definition sets (none when it is absent). */
export function failureBounds(definition: DoubleFailureDefinition | undefined): FailureBounds {
  const bounds: FailureBounds = {};
  if (definition?.failsAbove !== undefined) bounds.above = definition.failsAbove;
  if (definition?.failsBelow !== undefined) bounds.below = definition.failsBelow;
  return bounds;
}
