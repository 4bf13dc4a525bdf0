/**
 * The schema checks of emissions, compiled once per topic: a fast yes/no
 * (with the JSON text of the data on the way) for the common case, and on
 * failure the first problem in the order ReSim's Python SDK checks, worded
 * as it words it. Used by the Emitter and by `validate` on `.jsonl` files.
 * @module
 */

import type { FieldType, TopicConfig } from "../config/index.ts";
import { asciiBytes, type LineBuffer } from "./line_buffer.ts";
import { isPlainObject, jsonString, jsonValue, pythonRepr, pythonTypeName } from "./python_text.ts";
import { ReSimValidationError } from "./validation_error.ts";

/**
 * Which numbers count as integers: `exact` (safe integer numbers and bigints,
 * for values a program emits, which must be written exactly) or `parsed`
 * (any integer-valued number, for values read back from a JSON file).
 */
export type IntegerRule = "exact" | "parsed";

/**
 * One data object's fields, as emitted.
 *
 * @example
 * const data: EmissionData = { x: 1.5, tags: ["a"] };
 */
export type EmissionData = Readonly<Record<string, unknown>>;

interface CompiledField {
  readonly name: string;
  readonly type: FieldType;
  /** `{"name": ` and `, "name": `, ready to prefix the value's JSON as the first field or a later one. */
  readonly firstKey: Uint8Array;
  readonly nextKey: Uint8Array;
  readonly accepts: (value: unknown) => boolean;
  /** Writes the JSON of a value `accepts` took. */
  readonly write: (value: unknown, out: LineBuffer) => void;
}

/** One topic's compiled checks. */
export class CompiledTopic {
  readonly name: string;
  readonly event: boolean;
  readonly #fields: readonly CompiledField[];
  readonly #byName: Readonly<Record<string, CompiledField>>;
  readonly #integers: IntegerRule;

  constructor(name: string, topic: TopicConfig, integers: IntegerRule) {
    this.name = name;
    this.event = topic.event === true;
    this.#integers = integers;
    this.#fields = Object.entries(topic.schema).map(([field, type]) => ({
      name: field,
      type,
      firstKey: asciiBytes(`{${jsonString(field)}: `),
      nextKey: asciiBytes(`, ${jsonString(field)}: `),
      accepts: acceptor(type, integers),
      write: writer(type),
    }));
    const byName = Object.create(null) as Record<string, CompiledField>;
    for (const field of this.#fields) byName[field.name] = field;
    this.#byName = byName;
  }

  /**
   * Writes the JSON text of `data` (keys in its own order) to `out` when it
   * matches the schema exactly; false when it does not ({@link problem} says
   * why), with part of it written, for the caller to drop.
   */
  encode(data: EmissionData, out: LineBuffer): boolean {
    if (!isPlainObject(data)) return false;
    let count = 0;
    for (const key in data) {
      const field = this.#byName[key];
      const value = data[key];
      if (field === undefined || !field.accepts(value)) return false;
      out.bytes(count === 0 ? field.firstKey : field.nextKey);
      field.write(value, out);
      count++;
    }
    if (count === 0) out.text("{");
    out.text("}");
    return count === this.#fields.length;
  }

  /** Whether `data` matches the schema exactly. */
  accepts(data: EmissionData): boolean {
    let count = 0;
    for (const key in data) {
      const field = this.#byName[key];
      if (field === undefined || !field.accepts(data[key])) return false;
      count++;
    }
    return count === this.#fields.length;
  }

  /** Why `data` does not match: the first unknown or mistyped field in data order, else the missing fields. */
  problem(data: EmissionData): ReSimValidationError {
    const topic = this.name;
    if (typeof data !== "object" || data === null || Array.isArray(data) || !isPlainObject(data)) {
      return new ReSimValidationError(`data must be an object of field values, got ${pythonTypeName(data)} with value ${shortRepr(data)}`, { topic });
    }
    for (const [key, value] of Object.entries(data)) {
      const field = this.#byName[key];
      if (field === undefined) {
        return new ReSimValidationError(`field '${key}' not found in schema. Available fields: ${quotedList(this.#fields.map((f) => f.name))}`, { topic, field: key });
      }
      const problem = valueProblem(field.type, value, this.#integers);
      if (problem !== undefined) return new ReSimValidationError(problem.detail, { topic, field: `${key}${problem.suffix ?? ""}`, hint: problem.hint });
    }
    const missing = this.#fields.filter((field) => !Object.hasOwn(data, field.name)).map((field) => field.name);
    return new ReSimValidationError(`missing required field(s): ${quotedList(missing)}. Provided fields: ${quotedList(Object.keys(data))}`, { topic });
  }
}

/** The compiled checks of every topic of a config. */
export class TopicSchemas {
  readonly #topics: Readonly<Record<string, CompiledTopic>>;
  readonly #names: readonly string[];

  constructor(topics: Readonly<Record<string, TopicConfig>>, integers: IntegerRule) {
    const compiled = Object.create(null) as Record<string, CompiledTopic>;
    for (const [name, topic] of Object.entries(topics)) compiled[name] = new CompiledTopic(name, topic, integers);
    this.#topics = compiled;
    this.#names = Object.keys(topics);
  }

  /** Whether the config declares any topic; with none, nothing is checked. */
  get enabled(): boolean {
    return this.#names.length > 0;
  }

  /** The topic's checks, or `undefined` when the config does not declare it. */
  topic(name: string): CompiledTopic | undefined {
    return this.#topics[name];
  }

  /** The error for emitting to an undeclared topic (`forEvent`: through `emitEvent`). */
  unknownTopic(name: string, forEvent: boolean): ReSimValidationError {
    const available = quotedList(this.#names);
    return forEvent
      ? new ReSimValidationError(`topic '${name}' not found in configuration for emit_event. Available topics: ${available}`, { topic: name })
      : new ReSimValidationError(`topic '${name}' not found in configuration. Available topics: ${available}`);
  }
}

/** The error for an event emitted to a topic without `event: true`. */
export function notAnEventTopic(topic: string): ReSimValidationError {
  return new ReSimValidationError(`topic '${topic}' is not configured as an event topic`, {
    topic,
    hint: "Use emit() or emit_series() instead, or add 'event: true' to the topic configuration.",
  });
}

/** `'a', 'b'`, as the messages list names. */
export function quotedList(names: readonly string[]): string {
  return names.map((name) => `'${name}'`).join(", ");
}

/** A value's repr, cut to 50 characters (code points, as Python counts them) as the messages show it. */
export function shortRepr(value: unknown): string {
  const text = pythonRepr(value);
  if (text.length <= 50) return text;
  const chars = Array.from(text);
  return chars.length <= 50 ? text : `${chars.slice(0, 47).join("")}...`;
}

function isInteger(value: unknown, integers: IntegerRule): boolean {
  if (typeof value === "number") return integers === "exact" ? Number.isSafeInteger(value) : Number.isInteger(value);
  return typeof value === "bigint";
}

function acceptor(type: FieldType, integers: IntegerRule): (value: unknown) => boolean {
  switch (type) {
    case "int":
      return integers === "exact"
        ? (value) => (typeof value === "number" ? Number.isSafeInteger(value) : typeof value === "bigint")
        : (value) => (typeof value === "number" ? Number.isInteger(value) : typeof value === "bigint");
    case "float":
      return (value) => (typeof value === "number" ? Number.isFinite(value) : typeof value === "bigint");
    case "boolean":
      return (value) => typeof value === "boolean";
    case "string":
    case "image":
    case "video":
    case "status":
      return (value) => typeof value === "string";
    case "string[]":
      return (value) => Array.isArray(value) && value.every((item) => typeof item === "string");
    case "metric[]":
      // Contents are not checked, but must be JSON.
      return (value) => Array.isArray(value) && jsonValue(value) !== undefined;
  }
}

function writer(type: FieldType): (value: unknown, out: LineBuffer) => void {
  switch (type) {
    case "int":
    case "float":
      return (value, out) => (typeof value === "number" ? out.number(value) : out.text(String(value)));
    case "boolean":
      return (value, out) => out.text(value ? "true" : "false");
    case "string":
    case "image":
    case "video":
    case "status":
      return (value, out) => out.text(jsonString(value as string));
    case "string[]":
    case "metric[]":
      return (value, out) => out.text(jsonValue(value)!);
  }
}

interface ValueProblem {
  readonly detail: string;
  /** Appended to the field name, e.g. `[2]` for a list element. */
  readonly suffix?: string;
  readonly hint?: string;
}

const NON_FINITE_HINT = "JSON has no NaN or Infinity: leave the point out, or record the condition in another field.";

/**
 * Why `value` is not a `type`, in ReSim's wording, e.g. `expected type int,
 * got bool with value True`; `undefined` when it is.
 */
function valueProblem(type: FieldType, value: unknown, integers: IntegerRule): ValueProblem | undefined {
  const got = () => `got ${pythonTypeName(value)} with value ${shortRepr(value)}`;
  switch (type) {
    case "string[]": {
      if (!Array.isArray(value)) return { detail: `expected type list (string[]), ${got()}` };
      const index = value.findIndex((item) => typeof item !== "string");
      if (index < 0) return undefined;
      const item: unknown = value[index];
      return { detail: `expected type str, got ${pythonTypeName(item)} with value ${shortRepr(item)}`, suffix: `[${index}]` };
    }
    case "metric[]":
      if (!Array.isArray(value)) return { detail: `expected type list (metric[]), ${got()}` };
      return jsonValue(value) === undefined ? { detail: `expected JSON values in the list, ${got()}`, hint: NON_FINITE_HINT } : undefined;
    case "int":
      if (typeof value === "boolean") {
        return { detail: `expected type int, got bool with value ${value ? "True" : "False"}`, hint: "Use 1 or 0 instead of True or False for int fields." };
      }
      if (isInteger(value, integers)) return undefined;
      if (typeof value === "number" && Number.isInteger(value)) {
        return { detail: `expected type int, got an integer beyond 2^53 with value ${shortRepr(value)}`, hint: "Pass a bigint (e.g. 1234567890123456789n) so the value is written exactly." };
      }
      return { detail: `expected type int, ${got()}` };
    case "float":
      if (typeof value === "boolean") {
        return { detail: `expected type float, got bool with value ${value ? "True" : "False"}`, hint: "Use numeric values instead of True or False." };
      }
      if (typeof value === "bigint" || (typeof value === "number" && Number.isFinite(value))) return undefined;
      return typeof value === "number" ? { detail: `expected type float, ${got()}`, hint: NON_FINITE_HINT } : { detail: `expected type float, ${got()}` };
    case "boolean":
      return typeof value === "boolean" ? undefined : { detail: `expected type bool, ${got()}` };
    case "string":
    case "image":
    case "video":
    case "status":
      return typeof value === "string" ? undefined : { detail: `expected type str, ${got()}` };
  }
}
