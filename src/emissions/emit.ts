/**
 * `emit()`: one call, one append to an emissions file, without a config. For
 * scripts that emit now and then; an {@link Emitter} is faster for many
 * points and checks them against the config's topics.
 * @module
 */

import { appendFileSync, mkdirSync } from "node:fs";
import { dirname } from "node:path";
import { writeFailure } from "../files/index.ts";
import { checkTimestamp, LINE_END, lineHead, seriesLength, seriesPoint, unvalidatedDataJson, type EmissionTimestamp, type EmissionTimestamps } from "./emission_line.ts";
import { LineBuffer } from "./line_buffer.ts";
import { DEFAULT_EMISSIONS_PATH } from "./emitter.ts";
import type { EmissionData } from "./schema_check.ts";
import { ReSimValidationError } from "./validation_error.ts";

/**
 * How {@link emit} writes: one point, a series, or an event, and where.
 *
 * @example
 * const options: EmitOptions = { timestamps: [1_000n, 2_000n], file: "out/emissions.resim.jsonl" };
 */
export interface EmitOptions {
  /** The point's time in nanoseconds. */
  readonly timestamp?: EmissionTimestamp;
  /** One time per point: `data`'s values are then lists of this length, one line per index. */
  readonly timestamps?: EmissionTimestamps;
  /** Mark the point as an event (needs `timestamp`). */
  readonly event?: boolean;
  /** The emissions file to append to (its folder is created). Default {@link DEFAULT_EMISSIONS_PATH}. */
  readonly file?: string;
}

/**
 * Appends one point (or, with `timestamps`, a series) to the emissions file.
 * Nothing is checked against a config; the lines are written whole or not at all.
 * @throws {ReSimValidationError} both `timestamp` and `timestamps`, an event without a single timestamp, series lists of the wrong length, a non-integer timestamp, or a value JSON cannot hold
 * @throws {Error} `Cannot write "<path>": <reason>`
 *
 * @example
 * import { emit } from "resim-metrics";
 *
 * emit("speed", { v: 3.5 }, { timestamp: 1_000_000_000 });
 * emit("speed", { v: [1, 2, 3] }, { timestamps: [1, 2, 3], file: "out/emissions.resim.jsonl" });
 * emit("crashes", { name: "bump" }, { timestamp: 5n, event: true });
 */
export function emit(topic: string, data: Readonly<Record<string, unknown>>, options: EmitOptions = {}): void {
  const { timestamp, timestamps, event = false, file = DEFAULT_EMISSIONS_PATH } = options;
  if (timestamp !== undefined && timestamps !== undefined) throw new ReSimValidationError("Only one of timestamp or timestamps can be set", { topic });
  if (event && (timestamp === undefined || timestamps !== undefined)) {
    throw new ReSimValidationError("Event emissions must have a single timestamp (no recursion or multiple timestamps)", { topic });
  }
  const lines = new LineBuffer(256);
  const line = (json: string, time: EmissionTimestamp | undefined, isEvent: boolean) => {
    lineHead(lines, topic, time, isEvent);
    lines.text(json);
    lines.text(LINE_END);
  };
  if (timestamps !== undefined) {
    const count = seriesLength(topic, data, timestamps);
    for (let index = 0; index < count; index++) {
      const json = unvalidatedDataJson(topic, seriesPoint(data, index));
      const time = timestamps[index];
      checkTimestamp(topic, time, index);
      line(json, time, false);
    }
  } else {
    const json = unvalidatedDataJson(topic, data as EmissionData);
    if (timestamp !== undefined) checkTimestamp(topic, timestamp);
    line(json, timestamp, event);
  }
  if (lines.length === 0) return;
  try {
    mkdirSync(dirname(file), { recursive: true });
    appendFileSync(file, lines.view());
  } catch (error) {
    throw new Error(`Cannot write "${file}": ${writeFailure(error)}.`, { cause: error });
  }
}
