/**
 * What a metrics script's handler receives: the mode, where the inputs and
 * outputs are, the parsed config, a writer for the metrics, helpers to read
 * inputs, and a logger. Each mode has its own context type, discriminated by
 * `mode`; new members (such as the batch's fetched job metrics) are added
 * beside the existing ones, so scripts written today keep working.
 * @module
 */

import { isAbsolute, join } from "node:path";
import type { BatchConfig, ModeInputs, ReportConfig } from "../modes/index.ts";
import { readInputBytes, readInputJson, readInputText } from "../modes/index.ts";
import type { MetricsWriter } from "../sdk/index.ts";
import type { Logger } from "./logger.ts";

/** What every mode's context has. */
export interface BaseContext {
  /** Absolute path of the inputs folder (`/tmp/resim/inputs` on the platform). */
  readonly inputsDir: string;
  /** Absolute path of the outputs folder; files placed here (images, logs) are uploaded with the metrics. */
  readonly outputsDir: string;
  /** Collects the metrics; the runner writes `metrics.binproto` from it after the handler returns. */
  readonly writer: MetricsWriter;
  /** Progress lines on stderr. */
  readonly log: Logger;
  /**
   * Parses a JSON input. `path` is relative to the inputs folder, or absolute.
   * @throws {InputError} `Cannot read "<path>": no such file`, or `Cannot parse "<path>": <problem>`
   */
  readJson<T = unknown>(path: string): Promise<T>;
  /** Reads a UTF-8 input (relative to the inputs folder, or absolute). */
  readText(path: string): Promise<string>;
  /** Reads a binary input (relative to the inputs folder, or absolute). */
  readBytes(path: string): Promise<Uint8Array>;
}

/** Test mode: the metrics of one test, from its experience and logs. */
export interface TestContext extends BaseContext {
  readonly mode: "test";
  /** Absolute path of `inputs/experience/`, what the test ran on. */
  readonly experienceDir: string;
  /** Absolute path of `inputs/logs/`, what the test produced. */
  readonly logsDir: string;
}

/** Batch mode: metrics over every test of a batch. */
export interface BatchContext extends BaseContext {
  readonly mode: "batch";
  /** The parsed `batch_metrics_config.json`; its token prints as `[redacted]`. */
  readonly config: BatchConfig;
}

/** Report mode: metrics of a test suite over time. */
export interface ReportContext extends BaseContext {
  readonly mode: "report";
  /** The parsed `report_config.json`; its token prints as `[redacted]`. */
  readonly config: ReportConfig;
}

/** The context of any mode; narrow it with `ctx.mode`. */
export type MetricsContext = TestContext | BatchContext | ReportContext;

/** The context for `inputs`, with the writer and logger of the run. */
export function createContext(inputs: ModeInputs, outputsDir: string, writer: MetricsWriter, log: Logger): MetricsContext {
  const { inputsDir } = inputs;
  const inInputs = (path: string) => (isAbsolute(path) ? path : join(inputsDir, path));
  const base: BaseContext = {
    inputsDir,
    outputsDir,
    writer,
    log,
    readJson: async <T>(path: string) => (await readInputJson(inInputs(path))) as T,
    readText: (path) => readInputText(inInputs(path)),
    readBytes: (path) => readInputBytes(inInputs(path)),
  };
  switch (inputs.mode) {
    case "test":
      return { ...base, mode: "test", experienceDir: inputs.experienceDir, logsDir: inputs.logsDir };
    case "batch":
      return { ...base, mode: "batch", config: inputs.config };
    case "report":
      return { ...base, mode: "report", config: inputs.config };
  }
}
