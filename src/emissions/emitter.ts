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
import { emissionLine, seriesLength, seriesPoint, timestampText, unvalidatedDataJson, type EmissionTimestamp, type EmissionTimestamps } from "./emission_line.ts";
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

/** Buffered text is written once it reaches this many characters. */
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
  #pending = "";

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
    const json = this.#dataJson(topic, data as EmissionData);
    this.#append(emissionLine(topic, json, timestamp === undefined ? undefined : timestampText(topic, timestamp), false));
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
    let lines = "";
    for (let index = 0; index < count; index++) {
      let json: string;
      try {
        json = this.#dataJson(topic, seriesPoint(series, index));
      } catch (error) {
        if (!(error instanceof ReSimValidationError)) throw error;
        throw new ReSimValidationError(error.message, { topic, seriesIndex: index });
      }
      const time = timestamps === undefined ? undefined : timestampText(topic, timestamps[index], index);
      lines += emissionLine(topic, json, time, false);
    }
    this.#append(lines);
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
    const json = this.#dataJson(topic, data as EmissionData);
    if (timestamp === undefined) throw new ReSimValidationError("an event needs a timestamp", { topic });
    this.#append(emissionLine(topic, json, timestampText(topic, timestamp), true));
  }

  /** Writes what is buffered to the file now. */
  flush(): void {
    if (this.#pending.length === 0) return;
    if (this.#fd === undefined) throw this.#closedError();
    const text = this.#pending;
    this.#pending = "";
    writeAll(this.#fd, text, this.output);
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

  #dataJson(topic: string, data: EmissionData): string {
    const schemas = this.#schemas;
    if (schemas === undefined) return unvalidatedDataJson(topic, data);
    const checks = schemas.topic(topic);
    if (checks === undefined) throw schemas.unknownTopic(topic, false);
    const json = checks.encode(data);
    if (json === undefined) throw checks.problem(data);
    return json;
  }

  #append(lines: string): void {
    if (this.#fd === undefined) throw this.#closedError();
    this.#pending += lines;
    if (this.#pending.length >= FLUSH_AT) this.flush();
  }

  #closedError(): Error {
    return new Error(`This Emitter is closed: create a new one to write more to "${this.output}".`);
  }
}

/** Writes all of `text` (writeSync may write less than asked). */
function writeAll(fd: number, text: string, path: string): void {
  const bytes = Buffer.from(text, "utf8");
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
