/**
 * `resim-metrics inspect`: shows what a metrics file holds, for people or
 * as canonical proto3 JSON.
 * @module
 */

import process from "node:process";
import { JobMetrics, Metric, MetricsData, type MetricsMessage, type MetricsMessageType } from "../../proto/index.ts";
import { countOf } from "../../text/index.ts";
import { decodeInput, readInput } from "../_input.ts";
import { jsonOutput } from "../json_output.ts";
import { stylesFor } from "../terminal.ts";
import { renderSummary } from "./render.ts";
import { summarize } from "./summary.ts";

/** Options of `inspect`. */
export interface InspectOptions {
  readonly type?: MetricsMessageType;
  readonly json?: boolean;
  readonly pretty?: boolean;
}

/** Reads `path` (`-` for standard input) and prints what it holds to standard output. */
export async function inspect(path: string, options: InspectOptions): Promise<void> {
  const input = await readInput(path);
  // The human view shows the lengths of numeric series, never their values.
  const decoded = decodeInput(input, options.type, { lengthsOnly: !options.json });
  const { stdout, stderr } = process;
  if (options.json) {
    // Canonical proto3 JSON has no place for fields the schema does not know.
    const unknown = decoded.unknownFields;
    if (unknown > 0) stderr.write(`resim-metrics: warning: ${input.label} has ${countOf(unknown, "field")} unknown to this schema; the JSON leaves ${unknown === 1 ? "it" : "them"} out\n`);
    stdout.write(jsonOutput(toJson(decoded), options.pretty));
  } else stdout.write(renderSummary(summarize(decoded), input.label, stylesFor(stdout)));
}

function toJson(decoded: MetricsMessage) {
  switch (decoded.type) {
    case "JobMetrics":
      return JobMetrics.toJson(decoded.message);
    case "Metric":
      return Metric.toJson(decoded.message);
    case "MetricsData":
      return MetricsData.toJson(decoded.message);
  }
}
