/**
 * Checking an emissions file line by line: each line must be a JSON object
 * with `$metadata` (topic, integer timestamp, `event: true`) and `$data`,
 * and, given a config, name a declared topic, mark events only on event
 * topics, and match the topic's schema as the Emitter would have required.
 * @module
 */

import type { TopicConfig } from "../config/index.ts";
import { isPlainObject, pythonTypeName } from "./python_text.ts";
import { notAnEventTopic, shortRepr, TopicSchemas } from "./schema_check.ts";
import type { ReSimValidationError } from "./validation_error.ts";

/** A problem on one line of an emissions file. */
export interface EmissionProblem {
  /** 1-based line number. */
  readonly line: number;
  readonly severity: "error" | "warning";
  readonly topic?: string;
  readonly field?: string;
  /** What is wrong, in one line. */
  readonly message: string;
  readonly hint?: string;
}

const LINE_KEYS = new Set(["$metadata", "$data"]);
/**
 * A line exactly as the SDKs write it: topic (without escapes), optional
 * integer timestamp, `"event": true` after a timestamp, then the data object. Such a
 * line needs only its data parsed; any other line is parsed whole.
 */
const CANONICAL_LINE = /^\{"\$metadata": \{"topic": "([^"\\]+)"(?:, "timestamp": -?\d+(, "event": true)?)?\}, "\$data": (\{.*\})\}$/;
const METADATA_KEYS = new Set(["topic", "timestamp", "event"]);

/**
 * Checks emissions lines against a config's topics (or, without topics, their
 * shape only). Feed lines in order; problems are reported through `report`.
 *
 * @example
 * const validator = new EmissionsValidator(config.topics);
 * validator.check('{"$metadata": {"topic": "speed"}, "$data": {"v": "fast"}}', 1, (problem) => console.log(problem.message));
 */
export class EmissionsValidator {
  readonly #schemas: TopicSchemas | undefined;
  /** Lines seen per topic. */
  readonly topicCounts = new Map<string, number>();

  constructor(topics: Readonly<Record<string, TopicConfig>> | undefined) {
    const schemas = topics === undefined ? undefined : new TopicSchemas(topics, "parsed");
    this.#schemas = schemas?.enabled ? schemas : undefined;
  }

  /** Whether lines are checked against topics, not only for shape. */
  get checksTopics(): boolean {
    return this.#schemas !== undefined;
  }

  /** Checks one line (without its newline); calls `report` for each problem. */
  check(text: string, line: number, report: (problem: EmissionProblem) => void): void {
    const canonical = CANONICAL_LINE.exec(text);
    if (canonical !== null && this.#checkCanonical(canonical[1]!, canonical[2] !== undefined, canonical[3]!, line, report)) return;
    this.#checkParsed(text, line, report);
  }

  /** Checks a line in the SDKs' form; `false` when its data is not JSON after all, to be parsed whole. */
  #checkCanonical(topic: string, event: boolean, dataText: string, line: number, report: (problem: EmissionProblem) => void): boolean {
    let data: unknown;
    try {
      data = JSON.parse(dataText);
    } catch {
      return false;
    }
    this.topicCounts.set(topic, (this.topicCounts.get(topic) ?? 0) + 1);
    this.#checkData(topic, event, data as Record<string, unknown>, line, report);
    return true;
  }

  #checkParsed(text: string, line: number, report: (problem: EmissionProblem) => void): void {
    if (text.length === 0 || /^\s+$/.test(text)) {
      report({ line, severity: "warning", message: "empty line" });
      return;
    }
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch (error) {
      const nonFinite = /(?<![\w"])-?(NaN|Infinity)(?![\w"])/.test(text);
      report({
        line,
        severity: "error",
        message: `not JSON: ${(error as SyntaxError).message}`,
        ...(nonFinite ? { hint: "NaN and Infinity are not JSON (Python's json.dumps writes them for float('nan') and float('inf')): leave such points out." } : {}),
      });
      return;
    }
    if (!isRecord(value)) return report({ line, severity: "error", message: `a line must be a JSON object {"$metadata": ..., "$data": ...}, got ${pythonTypeName(value)}` });
    for (const key in value) if (!LINE_KEYS.has(key)) report({ line, severity: "warning", message: `unknown key "${key}" beside $metadata and $data` });
    const metadata = value["$metadata"];
    if (!isRecord(metadata)) return report({ line, severity: "error", message: `"$metadata" must be an object with the topic, got ${describe(metadata)}` });
    const topic = metadata["topic"];
    if (typeof topic !== "string" || topic === "") return report({ line, severity: "error", message: `"$metadata"."topic" must be a topic name, got ${describe(topic)}` });
    this.topicCounts.set(topic, (this.topicCounts.get(topic) ?? 0) + 1);
    for (const key in metadata) if (!METADATA_KEYS.has(key)) report({ line, severity: "warning", topic, message: `unknown key "${key}" in $metadata` });
    const timestamp = metadata["timestamp"];
    if (timestamp !== undefined && !Number.isInteger(timestamp)) {
      report({ line, severity: "error", topic, message: `timestamp must be an integer number of nanoseconds, got ${describe(timestamp)}` });
    }
    const event = metadata["event"];
    if (event !== undefined && event !== true) report({ line, severity: "error", topic, message: `"event" must be true when present, got ${describe(event)}` });
    if (event === true && timestamp === undefined) report({ line, severity: "error", topic, message: "an event needs a timestamp" });
    const data = value["$data"];
    if (!isRecord(data)) return report({ line, severity: "error", topic, message: `"$data" must be an object of field values, got ${describe(data)}` });
    this.#checkData(topic, event === true, data, line, report);
  }

  /** The topic and data checks, once the line's shape is right. */
  #checkData(topic: string, event: boolean, data: Record<string, unknown>, line: number, report: (problem: EmissionProblem) => void): void {
    const schemas = this.#schemas;
    if (schemas === undefined) return;
    const checks = schemas.topic(topic);
    if (checks === undefined) return report(fromValidationError(line, schemas.unknownTopic(topic, false), topic));
    if (event && !checks.event) report(fromValidationError(line, notAnEventTopic(topic), topic));
    if (!checks.accepts(data)) report(fromValidationError(line, checks.problem(data), topic));
  }
}

function fromValidationError(line: number, error: ReSimValidationError, topic: string): EmissionProblem {
  return {
    line,
    severity: "error",
    topic,
    message: error.detail,
    ...(error.field === undefined ? {} : { field: error.field }),
    ...(error.hint === undefined ? {} : { hint: error.hint }),
  };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value) && isPlainObject(value);
}

function describe(value: unknown): string {
  return value === undefined ? "nothing" : `${pythonTypeName(value)} ${shortRepr(value)}`;
}
