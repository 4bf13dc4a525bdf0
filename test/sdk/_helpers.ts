/**
 * Helpers for SDK tests: writing with deterministic ids, and messages in
 * their JSON form with each id replaced by the name of what it identifies.
 * @module
 */

import { JobMetrics, type JsonValue } from "../../src/proto/index.ts";
import { MetricsWriter, seededIds, type WriteResult } from "../../src/sdk/index.ts";

/** A fixed job id, so expected messages can name it. */
export const jobId = "2cba1164-cf65-432c-a631-c27fbc2d41ec";

/** A writer of job {@link jobId} whose ids come from a fixed seed. */
export function testWriter(outputsDir?: string): MetricsWriter {
  return new MetricsWriter({ jobId, idGenerator: seededIds(7), ...(outputsDir !== undefined ? { outputsDir } : {}) });
}

/**
 * The JSON form of a written message with every id replaced by
 * `metric:<name>`, `data:<name>`, `event:<name>` or `job` (the message's job
 * id), so expectations read like the script that built them.
 */
export function namedJson(result: WriteResult): Record<string, JsonValue> {
  const message = result.message;
  const names = new Map<string, string>([[message.jobId?.id?.data ?? jobId, "job"]]);
  for (const m of message.jobLevelMetrics?.metrics ?? []) names.set(m.metricId!.id!.data, `metric:${m.name}`);
  for (const d of message.metricsData) names.set(d.metricsDataId!.id!.data, `data:${d.name}`);
  for (const e of message.events) names.set(e.eventId!.id!.data, `event:${e.name}`);
  const rename = (value: JsonValue): JsonValue => {
    if (Array.isArray(value)) return value.map(rename);
    if (value !== null && typeof value === "object") return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, rename(v)]));
    return typeof value === "string" ? (names.get(value) ?? value) : value;
  };
  return rename(JobMetrics.toJson(message)) as Record<string, JsonValue>;
}

/** The first metric of a written message, ids named. */
export function firstMetricJson(result: WriteResult): JsonValue {
  return (namedJson(result)["jobLevelMetrics"] as { metrics: JsonValue[] }).metrics[0]!;
}

/** The written metrics data by name, ids named. */
export function dataJsonByName(result: WriteResult): Record<string, JsonValue> {
  const data = (namedJson(result)["metricsData"] ?? []) as { name: string }[];
  return Object.fromEntries(data.map((d) => [d.name, d as unknown as JsonValue]));
}
