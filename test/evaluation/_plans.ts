/**
 * Emissions lines and plans for evaluation tests.
 * @module
 */

import type { EvaluationPlan, PlannedMetric } from "../../src/evaluation/index.ts";

/** One emissions line as ReSim's SDK writes it. */
export function emission(topic: string, data: unknown, timestamp?: number): string {
  return JSON.stringify({ $metadata: timestamp === undefined ? { topic } : { topic, timestamp }, $data: data });
}

/** A file's content: the lines, each ended by a newline. */
export function lines(...items: string[]): string {
  return items.map((item) => `${item}\n`).join("");
}

/** A metric with the defaults tests do not care about. */
export function metric(name: string, fields: Partial<PlannedMetric> & Pick<PlannedMetric, "query">): PlannedMetric {
  return { name, type: "test", template: { kind: "system", name: "table" }, skipIfNoData: false, ...fields };
}

/** A plan over topic `speed` (v: float, label: string) and the given metrics. */
export function speedPlan(...metrics: PlannedMetric[]): EvaluationPlan {
  return {
    topics: [{ name: "speed", fields: [{ name: "v", type: "float" }, { name: "label", type: "string" }] }],
    metrics,
  };
}

/** A config YAML over topic `speed` (v: float) whose set `all` holds `metrics` (name → the metric's YAML lines, indented by 4). */
export function speedConfigYaml(metrics: Readonly<Record<string, string>>): string {
  const entries = Object.entries(metrics).map(([name, body]) => `  ${name}:\n${body}`);
  return `version: 1\ntopics:\n  speed:\n    schema: {v: float}\nmetrics:\n${entries.join("\n")}\nmetrics sets:\n  all: {metrics: [${Object.keys(metrics).join(", ")}]}\n`;
}
