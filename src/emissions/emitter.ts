/**
 * The Emitter: writes emissions to an emissions file, checking each against
 * the topics of a metrics config when one is given. Lines are built whole and
 * buffered; the buffer is written synchronously when it fills, on `flush()`,
 * on `close()` and when the process exits, so no partial line is ever written.
 * @module
 */

import { closeSync, mkdirSync, openSync, writeSync } from "node:fs";
import { dirname, join } from "node:path";
import { ConfigError, mergeConfigFiles, readConfigFile, topicBlockers, type MergedConfig } from "../config/index.ts";
import { writeFailure } from "../files/index.ts";
import { defaultOutputsDir, emissionsFileName } from "../sdk/output_layout.ts";
import { checkTimestamp, isTimestamp, LINE_END, lineHead, seriesLength, seriesPoint, unvalidatedDataJson, type EmissionTimestamp, type EmissionTimestamps } from "./emission_line.ts";
import { LineBuffer } from "./line_buffer.ts";
import { notAnEventTopic, TopicSchemas, type EmissionData } from "./schema_check.ts";
import type { DefaultEventTopics, DefaultTopics, SeriesData } from "./topics.ts";
import { ReSimValidationError } from "./validation_error.ts";

/**
 * Where an Emitter writes unless told otherwise: the emissions file in the platform's outputs folder.
 *
 * @example
 * DEFAULT_EMISSIONS_PATH; // "/tmp/resim/outputs/emissions.resim.jsonl"
 */
export const DEFAULT_EMISSIONS_PATH = join(defaultOutputsDir, emissionsFileName);

/**
 * What an {@link Emitter} checks against and writes to.
 *
 * @example
 * const options: EmitterOptions = { config: ["base.resim.yml", "extra.resim.yml"], output: "out/emissions.resim.jsonl" };
 */
export interface EmitterOptions {
  /**
   * The metrics config file(s) whose topics emissions are checked against,
   * merged as `config check` merges them. Without one, nothing is checked.
   */
  readonly config?: string | readonly string[];
  /** The emissions file, appended to; its folder is created. Default {@link DEFAULT_EMISSIONS_PATH}. */
  readonly output?: string;
}

/** Buffered lines are written once they reach this many bytes. */
const FLUSH_AT = 1 << 16;

const open = new Set<Emitter<object, object>>();
let exitHookInstalled = false;

/** Writes what every open Emitter holds when the process exits. */
function flushAllOnExit(): void {
  if (exitHookInstalled) return;
  exitHookInstalled = true;
  process.on("exit", () => {
    for (const emitter of open) emitter.close();
  });
}

/**
 * Writes emissions to an emissions file, checked against the topics of a
 * metrics config. Each call writes whole lines or, when it throws, nothing.
 *
 * @example
 * import { Emitter } from "resim-metrics";
 *
 * using emitter = new Emitter({ config: ".resim/metrics/config.resim.yml", output: "out/emissions.resim.jsonl" });
 * emitter.emit("position", { x: 1.5, y: 2 }, 1_000_000_000);
 * emitter.emitSeries("position", { x: [1, 2], y: [3, 4] }, [2_000_000_000, 3_000_000_000]);
 * emitter.emitEvent("crashes", { name: "hit wall", description: "at 3 m/s", status: "FAIL_BLOCK", tags: [], metrics: [] }, 4_000_000_000n);
 */
export class Emitter<Topics extends object = DefaultTopics, Events extends object = DefaultEventTopics> implements Disposable {
  /** The emissions file written to. */
  readonly output: string;
  readonly #schemas: TopicSchemas | undefined;
  #fd: number | undefined;
  readonly #pending = new LineBuffer(2 * FLUSH_AT);

  /**
   * Reads the config (if any) and opens the output for appending.
   * @throws {ConfigReadError} a config file cannot be read
   * @throws {ConfigError} the config's YAML, its topics, or the merge of several files is invalid
   * @throws {Error} `Cannot write "<path>": <reason>` when the output cannot be opened
   */
  constructor(options: EmitterOptions = {}) {
    this.output = options.output ?? DEFAULT_EMISSIONS_PATH;
    const paths = options.config === undefined ? [] : typeof options.config === "string" ? [options.config] : options.config;
    const schemas = paths.length === 0 ? undefined : new TopicSchemas(loadTopics(paths).config.topics, "exact");
    this.#schemas = schemas?.enabled ? schemas : undefined;
    try {
      mkdirSync(dirname(this.output), { recursive: true });
      this.#fd = openSync(this.output, "a");
    } catch (error) {
      throw new Error(`Cannot write "${this.output}": ${writeFailure(error)}.`, { cause: error });
    }
    open.add(this);
    flushAllOnExit();
  }

  /** Whether emissions are checked against a config's topics. */
  get validating(): boolean {
    return this.#schemas !== undefined;
  }

  /**
   * Writes one data point, with a timestamp in nanoseconds when given.
   * A point whose fields are all lists is still one point.
   * @throws {ReSimValidationError} the topic is unknown, or the data does not match its schema, or the timestamp is not an integer
   */
  emit<K extends keyof Topics & string>(topic: K, data: Topics[K], timestamp?: EmissionTimestamp): void {
    const start = this.#pending.length;
    try {
      this.#line(topic, data as EmissionData, timestamp !== undefined, timestamp, false);
    } catch (error) {
      this.#pending.length = start;
      throw error;
    }
    this.#written(start);
  }

  /**
   * Writes one point per index of the lists in `data` (arrays or typed
   * arrays, all the same length), each with its timestamp when given.
   * Every point is checked before any is written.
   * @throws {ReSimValidationError} the lists are not lists or differ in length, or a point fails its checks (`seriesIndex` says which)
   */
  emitSeries<K extends keyof Topics & string>(topic: K, data: SeriesData<Topics[K]>, timestamps?: EmissionTimestamps): void {
    const series = data as Readonly<Record<string, unknown>>;
    const count = seriesLength(topic, series, timestamps);
    const start = this.#pending.length;
    try {
      for (let index = 0; index < count; index++) this.#line(topic, seriesPoint(series, index), timestamps !== undefined, timestamps?.[index], false, index);
    } catch (error) {
      this.#pending.length = start;
      throw error;
    }
    this.#written(start);
  }

  /**
   * Writes an event: one point at `timestamp`, marked `"event": true`, to a
   * topic the config declares with `event: true`.
   * @throws {ReSimValidationError} the topic is unknown or not an event topic, the data does not match, or the timestamp is missing or not an integer
   */
  emitEvent<K extends keyof Events & string>(topic: K, data: Events[K], timestamp: EmissionTimestamp): void {
    if (this.#schemas !== undefined) {
      const checks = this.#schemas.topic(topic);
      if (checks === undefined) throw this.#schemas.unknownTopic(topic, true);
      if (!checks.event) throw notAnEventTopic(topic);
    }
    const start = this.#pending.length;
    try {
      this.#line(topic, data as EmissionData, true, timestamp, true);
    } catch (error) {
      this.#pending.length = start;
      throw error;
    }
    this.#written(start);
  }

  /** Writes what is buffered to the file now. */
  flush(): void {
    if (this.#pending.length === 0) return;
    if (this.#fd === undefined) throw this.#closedError();
    const bytes = this.#pending.view();
    this.#pending.length = 0;
    writeAll(this.#fd, bytes, this.output);
  }

  /** Writes what is buffered and closes the file. Safe to call more than once. */
  close(): void {
    if (this.#fd === undefined) return;
    try {
      this.flush();
    } finally {
      closeSync(this.#fd);
      this.#fd = undefined;
      open.delete(this);
    }
  }

  /** Closes the file at the end of a `using` block. */
  [Symbol.dispose](): void {
    this.close();
  }

  /**
   * Appends one line to the buffer, or throws with part of it written (the
   * caller drops it). Problems come in the order the data's, then the
   * timestamp's; `index` (in a series) goes into the data's errors.
   */
  #line(topic: string, data: EmissionData, timed: boolean, timestamp: unknown, event: boolean, index?: number): void {
    const out = this.#pending;
    const exact = timed && isTimestamp(timestamp);
    lineHead(out, topic, exact ? timestamp : undefined, event);
    try {
      this.#data(topic, data);
    } catch (error) {
      if (index === undefined || !(error instanceof ReSimValidationError)) throw error;
      throw new ReSimValidationError(error.message, { topic, seriesIndex: index });
    }
    if (timed && !exact) {
      if (timestamp === undefined) throw new ReSimValidationError("an event needs a timestamp", { topic });
      checkTimestamp(topic, timestamp, index);
    }
    out.text(LINE_END);
  }

  /** Appends the JSON of `data`, checked against its topic when there is a config. */
  #data(topic: string, data: EmissionData): void {
    const schemas = this.#schemas;
    if (schemas === undefined) return this.#pending.text(unvalidatedDataJson(topic, data));
    const checks = schemas.topic(topic);
    if (checks === undefined) throw schemas.unknownTopic(topic, false);
    if (!checks.encode(data, this.#pending)) throw checks.problem(data);
  }

  /** After lines were appended from `start`: refuses them once closed, and writes the buffer when full. */
  #written(start: number): void {
    if (this.#fd === undefined) {
      this.#pending.length = start;
      throw this.#closedError();
    }
    if (this.#pending.length >= FLUSH_AT) this.flush();
  }

  #closedError(): Error {
    return new Error(`This Emitter is closed: create a new one to write more to "${this.output}".`);
  }
}

/** Writes all of `text` (writeSync may write less than asked). */
function writeAll(fd: number, bytes: Buffer, path: string): void {
  let offset = 0;
  try {
    while (offset < bytes.length) offset += writeSync(fd, bytes, offset);
  } catch (error) {
    throw new Error(`Cannot write "${path}": ${writeFailure(error)}.`, { cause: error });
  }
}

/** The merged config of `paths`, refused when its topics cannot be relied on. */
function loadTopics(paths: readonly string[]): MergedConfig {
  const merged = mergeConfigFiles(paths.map((path) => readConfigFile(path)));
  const blockers = topicBlockers(merged);
  if (blockers.length > 0) throw new ConfigError(blockers);
  return merged;
}
